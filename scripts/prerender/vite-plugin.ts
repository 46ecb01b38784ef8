/**
 * Prerenders every page at build time (render.tsx): each language's home and each space's page in
 * each language (src/pages/page-paths.ts), each a file of its own with its stylesheet inline, so
 * that the first paint is the page itself (the list, the filters, the nearest-space form, the
 * first map view and, on a space's page, its panel) before any script has run, and a page is
 * complete without JavaScript. The app then hydrates it, as it is (src/main.tsx). Each
 * page's head speaks to the tools that read it (page-document.ts), and the build writes the
 * preview pictures (preview-image.ts) and the sitemap (sitemap.ts).
 *
 * The pages are rendered by the app's own modules, built for Node by Vite's SSR build (the same
 * mode, `.env` and aliases as the app's), with React's static renderer (react-dom/static), which
 * waits for every part still loading. Each page is then written into the built index.html as a
 * tree (parse5: page-document.ts), never by patterns over its text, and the pages' own scripts
 * (src/before-paint/) are built as the app's code is, then inlined.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { FeatureCollection } from 'geojson';
import type { OutputBundle } from 'rolldown';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { pagePath } from '../../src/pages/page-paths.ts';
import { openingHoursSpecification } from '../../src/pages/opening-hours-spec.ts';
import { jsonLdText, spaceStructuredData } from '../../src/pages/structured-data.ts';
import type { Language } from '../../src/i18n/languages.ts';
import type { Space } from '../../src/spaces/types.ts';
import { REACH_SUMMARY_FILE, type ReachSummary } from '../../src/reach/reach-format.ts';
import { REACH_OUT } from '../reach/vite-plugin.ts';
import {
  attributeOf,
  elementsIn,
  parseNodes,
  removeAttribute,
  setAttribute,
  type HtmlNode,
} from '../html/html-tree.ts';
import { nestedBuild } from '../nested-build.ts';
import { inlineCode } from '../security/policy.ts';
import {
  pageDocument,
  siteLink,
  type InlineScript,
  type PageFacts,
  type Site,
} from './page-document.ts';
import { pageFailure } from './page-failure.ts';
import { homePreviewSvg, PREVIEW, previewPath, spacePreviewSvg, toPng } from './preview-image.ts';
import type { RenderedPage } from './render.tsx';
import { robotsTxt, sitemapXml } from './sitemap.ts';

/** The app's entry (started by src/boot.ts once the page has painted). */
export const APP_ENTRY = 'src/main.tsx';

/**
 * The app's stylesheet goes into index.html: the first paint waits for no other request. (The
 * fonts and the lazily loaded parts' stylesheets stay files.) A disabled link to the same file,
 * which the browser does not fetch, tells Vite's loader that starting the app needs not fetch it.
 */
function inlineStylesheet(
  html: string,
  bundle: OutputBundle | undefined,
  base: string,
  pageRules: string,
): string {
  const entry = Object.values(bundle ?? {}).find(
    (chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith(APP_ENTRY),
  );
  if (entry?.type !== 'chunk') throw new Error(`No chunk for ${APP_ENTRY} in the build`);
  const files = [...(entry.viteMetadata?.importedCss ?? [])];
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
  // The app's stylesheet, the same on every page, then the page's own rules (one hash each in
  // the content security policy, shared by the pages whose rules are the same).
  const rules = pageRules ? `<style>${pageRules}</style>` : '';
  return html.replace(
    '</head>',
    () => `${fonts.join('')}<style>${css.join('')}</style>${rules}${links.join('')}</head>`,
  );
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

/** Who each space reaches on foot (scripts/reach/), which each space's panel shows. */
const REACH_SUMMARY = `${REACH_OUT}/${REACH_SUMMARY_FILE}`;

/** The city layer of the bundled map (scripts/open-data/), drawn in the preview pictures. */
const CITY_FILE = 'public/generated/basemap/city.json';

/**
 * `siteUrl`: `VITE_SITE_URL`, the address the site is published at. Without it the pages' links
 * are relative to the host, which search engines and chats cannot follow: the build says so.
 */
export function prerenderPlugin(
  spacesFile = 'data/spaces.geojson',
  siteUrl: string | undefined = undefined,
): Plugin {
  let base = '/';
  let production = true;
  let config: ResolvedConfig;
  const pages = new Map<string, string>();
  let previews = new Map<string, Buffer>();
  return {
    name: 'quartieri-connessi:prerender',
    apply: 'build',
    // After Vite's own HTML plugin: the pages are emitted once index.html has been written.
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
      base = config.base;
      production = config.mode === 'production';
      if (!base.startsWith('/'))
        throw new Error(
          `The pages live at several depths: base must be an absolute path ('/', '/mappa/'), not '${base}'`,
        );
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        const site: Site = { base, url: siteUrl ? new URL(base, siteUrl).href : null };
        if (!site.url && production) console.warn(NO_SITE_URL);
        const rendered = await renderAll(config, spacesFile);
        const redirect: InlineScript = {
          code: await beforePaintScript(config, 'redirect-entry.ts'),
          data: {
            base,
            spaces: rendered
              .flatMap((page) => (page.lang === 'it' && page.space ? [page.space.id] : []))
              .join(' '),
          },
        };
        const spread: InlineScript = { code: await beforePaintScript(config, 'spread-entry.ts') };
        pages.clear();
        for (const page of rendered) {
          const root = page.lang === 'it' && !page.space;
          pages.set(
            `${pagePath(page.lang, page.space?.id ?? null)}index.html`,
            pageFile(page, site, (rules) => inlineStylesheet(html, bundle, base, rules), {
              body: spread,
              ...(root ? { head: redirect } : {}),
            }),
          );
        }
        const home = pages.get('index.html');
        if (!home) throw new Error('The Italian home was not prerendered');
        pages.delete('index.html');
        // No sitemap without the site's address: it must hold absolute addresses.
        pages.set('sitemap.xml', site.url ? sitemapXml(site, rendered.map(idOf)) : '');
        pages.set('robots.txt', robotsTxt(site));
        previews = previewsOf(rendered);
        return home;
      },
    },
    generateBundle() {
      for (const [fileName, source] of pages)
        if (source) this.emitFile({ type: 'asset', fileName, source });
      for (const [fileName, source] of previews) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

/**
 * A rendered page's file: the built index.html (`template`, given the page's own rules) with the
 * page in it. A page that holds what the content security policy refuses (a text of the data
 * read as markup) is refused, naming the space and the fields it comes from.
 */
export function pageFile(
  page: RenderedPage,
  site: Site,
  template: (pageRules: string) => string,
  scripts: { head?: InlineScript; body?: InlineScript } = {},
): string {
  const body = parseNodes(page.body);
  const rules = styleAttributesToRules(body);
  const facts = pageFacts(page, body, site);
  facts.headScript = scripts.head;
  facts.bodyScript = scripts.body;
  const document = pageDocument(template(rules), facts, site);
  const refused = inlineCode(document);
  if (refused.length > 0)
    throw pageFailure(
      { path: pagePath(page.lang, page.space?.id ?? null), space: page.space },
      `it holds what the content security policy refuses: ${refused.join(', ')}`,
      // A refused tag runs to the next `>`, far past the text that opened it.
      refused.map((code) => [...code].slice(0, 40).join('')).join(' '),
    );
  return document;
}

/** What a rendered page's head says (page-document.ts). */
function pageFacts(page: RenderedPage, body: HtmlNode[], site: Site): PageFacts {
  const spaceId = page.space?.id ?? null;
  return {
    lang: page.lang,
    spaceId,
    body,
    spacesVersion: page.spacesVersion,
    reachVersion: page.reachVersion,
    title: page.title,
    description: page.description,
    feedTitle: page.feedTitle,
    noScript: page.noScript,
    image: { path: previewPath(spaceId), alt: page.imageAlt, ...PREVIEW },
    jsonLd: page.space
      ? jsonLdText(structuredData(page.space, page.description, site, page.lang))
      : null,
  };
}

function structuredData(space: Space, description: string, site: Site, lang: Language) {
  const photo = space.photos[0];
  return spaceStructuredData(
    space,
    {
      name: space.address,
      description,
      url: siteLink(site, pagePath(lang, space.id)),
      image: photo ? siteLink(site, `photos/${photo.file}`) : null,
    },
    // The regular week from the day of the build (a build follows each change of the data).
    space.openingHours ? openingHoursSpecification(space.openingHours, new Date()) : [],
  );
}

const NO_SITE_URL = [
  '',
  "!!! VITE_SITE_URL is not set: the pages' canonical, alternate and preview addresses are",
  '!!! relative to the host, which search engines and chat previews cannot follow, and no',
  '!!! sitemap.xml is written. Set it to the address the site is published at, e.g.',
  '!!! VITE_SITE_URL=https://www.comune.milano.it/quartieri-connessi/mappa/ (docs/deploying.md).',
  '',
].join('\n');

const idOf = (page: RenderedPage) => ({ lang: page.lang, spaceId: page.space?.id ?? null });

/** A picture per space and one for the homes. */
function previewsOf(rendered: RenderedPage[]): Map<string, Buffer> {
  const city = JSON.parse(readFileSync(CITY_FILE, 'utf8')) as FeatureCollection;
  const spaces = rendered.filter((p) => p.lang === 'it').flatMap((p) => (p.space ? [p.space] : []));
  return new Map([
    [previewPath(null), toPng(homePreviewSvg(spaces, city))],
    ...spaces.map((space) => [previewPath(space.id), toPng(spacePreviewSvg(space, city))] as const),
  ]);
}

/** What the app's page renderer (render.tsx), built for Node, offers the build. */
interface PageRenderer {
  renderPages: (spacesText: string, reach: ReachSummary) => Promise<RenderedPage[]>;
}

/**
 * Every page, rendered by the app's own modules: built for Node by Vite's SSR build, with the
 * same mode, `.env` and aliases as the app's build, into a folder of its own that is removed
 * once the pages are rendered.
 */
async function renderAll(config: ResolvedConfig, spacesFile: string) {
  const cache = resolve(config.root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(resolve(cache, 'prerender-'));
  try {
    await build({
      ...nestedBuild(config),
      plugins: [react()],
      build: {
        ssr: resolve(config.root, 'scripts/prerender/render.tsx'),
        outDir,
        emptyOutDir: true,
        minify: false,
        sourcemap: false,
        rollupOptions: { output: { entryFileNames: 'render.mjs' } },
      },
    });
    const { renderPages } = (await import(
      pathToFileURL(resolve(outDir, 'render.mjs')).href
    )) as PageRenderer;
    // Computed from the same spaces file when the build started (scripts/reach/vite-plugin.ts).
    const reach = JSON.parse(readFileSync(REACH_SUMMARY, 'utf8')) as ReachSummary;
    return await renderPages(readFileSync(spacesFile, 'utf8'), reach);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * A script of the pages themselves (src/before-paint/), built as the app's code is (bundled,
 * minified, for the same mode) into one classic script's text, which the pages hold inline and
 * the content security policy allows by its hash.
 */
async function beforePaintScript(config: ResolvedConfig, entry: string): Promise<string> {
  const built = await build({
    ...nestedBuild(config),
    build: {
      write: false,
      minify: true,
      target: config.build.target,
      lib: {
        entry: resolve(config.root, 'src/before-paint', entry),
        formats: ['iife'],
        name: 'beforePaint',
      },
    },
  });
  const [output] = Array.isArray(built) ? built : [built];
  if (!output || !('output' in output)) throw new Error(`${entry} was not built`);
  return output.output[0].code.trim();
}
