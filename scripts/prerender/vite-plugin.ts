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
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { Plugin, ResolvedConfig } from 'vite';
import { pagePath } from '../../src/pages/page-paths.ts';
import type { InlineScript, Site } from './page-document.ts';
import { pageFile } from './page-file.ts';
import { inlineStylesheet } from './page-styles.ts';
import { homePreviewSvg, previewPath, spacePreviewSvg, toPng } from './preview-image.ts';
import { streetPictures } from './street-picture.ts';
import type { RenderedPage } from './render.tsx';
import { beforePaintScript, renderAll } from './renderer-build.ts';
import { robotsTxt, sitemapXml } from './sitemap.ts';

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
        const template = inlineStylesheet(html, bundle, base);
        pages.clear();
        for (const page of rendered) {
          const root = page.lang === 'it' && !page.space;
          pages.set(
            `${pagePath(page.lang, page.space?.id ?? null)}index.html`,
            pageFile(page, site, template, {
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
        for (const [fileName, svg] of streetPictures(spacesOf(rendered))) pages.set(fileName, svg);
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

const NO_SITE_URL = [
  '',
  "!!! VITE_SITE_URL is not set: the pages' canonical, alternate and preview addresses are",
  '!!! relative to the host, which search engines and chat previews cannot follow, and no',
  '!!! sitemap.xml is written. Set it to the address the site is published at, e.g.',
  '!!! VITE_SITE_URL=https://www.comune.milano.it/quartieri-connessi/mappa/ (docs/deploying.md).',
  '',
].join('\n');

const idOf = (page: RenderedPage) => ({ lang: page.lang, spaceId: page.space?.id ?? null });

/** The spaces the pages were rendered for. */
const spacesOf = (rendered: RenderedPage[]) =>
  rendered.filter((p) => p.lang === 'it').flatMap((p) => (p.space ? [p.space] : []));

/** A picture per space and one for the homes. */
function previewsOf(rendered: RenderedPage[]): Map<string, Buffer> {
  const city = JSON.parse(readFileSync(CITY_FILE, 'utf8')) as FeatureCollection;
  const spaces = spacesOf(rendered);
  return new Map([
    [previewPath(null), toPng(homePreviewSvg(spaces, city))],
    ...spaces.map((space) => [previewPath(space.id), toPng(spacePreviewSvg(space, city))] as const),
  ]);
}
