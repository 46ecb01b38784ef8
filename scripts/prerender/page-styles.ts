/**
 * A page's styles: the app's stylesheet inline in every page, and the page's own style
 * attributes made rules of its own stylesheet, as a strict content security policy requires.
 */
import type { OutputBundle, OutputChunk } from 'rolldown';
import {
  appendNodes,
  attributeOf,
  elementsIn,
  parseHtml,
  parseNodes,
  removeAttribute,
  serializeHtml,
  setAttribute,
  theElement,
  type HtmlNode,
} from '../html/html-tree.ts';

/** The app's entry (started by src/boot.ts once the page has painted). */
export const APP_ENTRY = 'src/main.tsx';

/**
 * The app's stylesheet goes into index.html: the first paint waits for no other request. (The
 * fonts and the lazily loaded parts' stylesheets stay files.) A disabled link to the same file,
 * which the browser does not fetch, tells Vite's loader that starting the app needs not fetch it.
 */
export function inlineStylesheet(
  html: string,
  bundle: OutputBundle | undefined,
  base: string,
): string {
  const entry = Object.values(bundle ?? {}).find(
    (chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith(APP_ENTRY),
  );
  if (entry?.type !== 'chunk') throw new Error(`No chunk for ${APP_ENTRY} in the build`);
  const files = staticCss(entry, bundle!);
  const css = files.map((file) => {
    const asset = bundle![file];
    if (asset?.type !== 'asset') throw new Error(`${file} is not in the build`);
    return String(asset.source);
  });
  const links = files.map((file) => `<link rel="stylesheet" href="${base}${file}" disabled>`);
  // The latin faces of the font, for the first paint (src/styles/fonts.css).
  const fonts = Object.keys(bundle!)
    .filter((file) => /\/titillium-web-latin-\d00-normal-[^/]*\.woff2$/.test(file))
    .map(
      (file) =>
        `<link rel="preload" href="${base}${file}" as="font" type="font/woff2" crossorigin>`,
    );
  // The app's stylesheet, the same on every page (one hash in the content security policy).
  const page = parseHtml(html);
  appendNodes(
    theElement(page, 'head'),
    parseNodes(`${fonts.join('')}<style>${css.join('')}</style>${links.join('')}`),
  );
  return serializeHtml(page);
}

/**
 * The stylesheets of a chunk and of every chunk it imports statically, in import order: the app
 * starts with all of them (a feature's styles can sit in a chunk the app shares with a lazy part).
 */
function staticCss(entry: OutputChunk, bundle: OutputBundle): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const name of chunk.imports) {
      const imported = bundle[name];
      if (imported?.type === 'chunk') visit(imported);
    }
    for (const file of chunk.viteMetadata?.importedCss ?? []) files.add(file);
  };
  visit(entry);
  return [...files];
}

/**
 * The page's style attributes (the first map view's frame and markers are placed by them) become
 * rules of the inline stylesheet, which the content security policy allows by its hash
 * (scripts/security/): a strict policy applies no style attribute. Each element keeps a
 * `data-prerender-style` naming its rule; `!important` keeps the attribute's precedence. The app
 * gives each element its style back before it hydrates the page (src/early-input.ts).
 */
export function styleAttributesToRules(nodes: readonly HtmlNode[]): string {
  const styles = new Map<string, number>();
  for (const node of nodes) {
    if (!('tagName' in node)) continue;
    for (const element of [node, ...elementsIn(node)]) {
      const value = attributeOf(element, 'style');
      if (value === null) continue;
      if (!styles.has(value)) styles.set(value, styles.size);
      removeAttribute(element, 'style');
      setAttribute(element, 'data-prerender-style', String(styles.get(value)));
    }
  }
  return [...styles]
    .map(([value, n]) => {
      const declarations = value
        .split(';')
        .map((declaration) => declaration.trim())
        .filter(Boolean)
        .map((declaration) => `${declaration} !important`);
      return `[data-prerender-style="${n}"]{${declarations.join(';')}}`;
    })
    .join('');
}
