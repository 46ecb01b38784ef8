/**
 * Prerenders the page into index.html at build time (render.tsx), with its stylesheet inline, so
 * that the first paint is the page itself (the list, the filters, the nearest-space form and the
 * first map view) before any script has run. The app then renders the same page over it
 * (src/main.tsx).
 *
 * The app's own modules render it, loaded through Vite's SSR loader (CSS, `?url` and
 * `import.meta.glob` work as in the app) into a jsdom page whose globals are set only for the
 * time of the render.
 */
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { JSDOM } from 'jsdom';
import type { OutputBundle } from 'rolldown';
import { createServer, type Plugin } from 'vite';

const ROOT = '<div id="root"></div>';

/** What the app's code reads from the browser's globals. */
const GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'Node',
  'Element',
  'HTMLElement',
  'getComputedStyle',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'matchMedia',
  'MutationObserver',
] as const;

async function withBrowserGlobals<T>(base: string, work: () => Promise<T>): Promise<T> {
  const dom = new JSDOM(`<!doctype html><html lang="it"><body>${ROOT}</body></html>`, {
    url: `http://localhost${base}`,
    pretendToBeVisual: true,
  });
  const win = dom.window as unknown as Record<string, unknown>;
  win.matchMedia ??= () => ({
    matches: false,
    addEventListener() {},
    removeEventListener() {},
  });
  const saved = GLOBALS.map(
    (name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const,
  );
  for (const name of GLOBALS) {
    const value = name === 'window' ? win : win[name];
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  try {
    return await work();
  } finally {
    for (const [name, descriptor] of saved) {
      // Globals Node lacks are left undefined: nothing after the render reads them.
      Object.defineProperty(
        globalThis,
        name,
        descriptor ?? { value: undefined, configurable: true, writable: true },
      );
    }
    dom.window.close();
  }
}

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
  return html.replace(
    '</head>',
    () => `${fonts.join('')}<style>${css.join('')}${pageRules}</style>${links.join('')}</head>`,
  );
}

/**
 * The page's style attributes (the first map view's frame and markers are placed by them) become
 * rules of the inline stylesheet, which the content security policy allows by its hash
 * (scripts/security/): a strict policy applies no style attribute. Each element keeps a
 * `data-prerender-style` naming its rule; `!important` keeps the attribute's precedence.
 */
export function styleAttributesToRules(page: string): { page: string; rules: string } {
  const styles = new Map<string, number>();
  const moved = page.replace(/\sstyle="([^"]*)"/g, (_attribute, value: string) => {
    if (!styles.has(value)) styles.set(value, styles.size);
    return ` data-prerender-style="${styles.get(value)}"`;
  });
  const rules = [...styles].map(([value, n]) => {
    const declarations = unescapeAttribute(value)
      .split(';')
      .map((declaration) => declaration.trim())
      .filter(Boolean)
      .map((declaration) => `${declaration} !important`);
    return `[data-prerender-style="${n}"]{${declarations.join(';')}}`;
  });
  return { page: moved, rules: rules.join('') };
}

function unescapeAttribute(value: string): string {
  return value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

export function prerenderPlugin(spacesFile = 'data/spaces.geojson'): Plugin {
  let base = '/';
  return {
    name: 'quartieri-connessi:prerender',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        if (!html.includes(ROOT)) throw new Error(`index.html has no ${ROOT} to prerender into`);
        const server = await createServer({
          configFile: false,
          base,
          logLevel: 'error',
          plugins: [react()],
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
        });
        try {
          const page = await withBrowserGlobals(base, async () => {
            const { render } = (await server.ssrLoadModule('/scripts/prerender/render.tsx')) as {
              render: (spacesText: string) => Promise<string>;
            };
            return render(readFileSync(spacesFile, 'utf8'));
          });
          const { page: styled, rules } = styleAttributesToRules(page);
          return inlineStylesheet(html, bundle, base, rules).replace(
            ROOT,
            `<div id="root">${styled}</div>`,
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}
