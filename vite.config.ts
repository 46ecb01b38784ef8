/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { defineConfig, loadEnv } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { deskPlugin, DESK_FOLDER } from './scripts/desk/vite-plugin.ts';
import { updatesFeedPlugin } from './scripts/feed/vite-plugin.ts';
import { openDataPlugin } from './scripts/open-data/vite-plugin.ts';
import { prerenderPlugin } from './scripts/prerender/vite-plugin.ts';
import { reachPlugin } from './scripts/reach/vite-plugin.ts';
import { SPACES_FOLDER } from './src/pages/page-paths.ts';
import { previewHeadersPlugin, securityPlugin } from './scripts/security/vite-plugin.ts';

const DEFAULT_BASEMAP = 'https://tiles.openfreemap.org/styles/positron';

/** A space's page (src/pages/page-paths.ts), in any language, under any base. */
const SPACE_PAGE = new RegExp(
  `/(${[...new Set(Object.values(SPACES_FOLDER))].join('|')})/[a-z0-9-]+/(index\\.html)?(\\?.*)?$`,
);

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd());
  // The address the site is published at: the pages' links, previews and sitemap name it, and its
  // path is the app's base unless `--base` says otherwise (README, "Deploying").
  const siteUrl = env.VITE_SITE_URL || undefined;
  // The spaces file the app is built with: data/spaces.geojson, or another (SPACES_FILE, e.g. the
  // office's, to see it built before it replaces that one).
  const spacesFile = process.env.SPACES_FILE || 'data/spaces.geojson';
  const basemap = env.VITE_BASEMAP_STYLE_URL || DEFAULT_BASEMAP;
  // The basemap's own origin: its style, tiles, glyphs and sprites are cached as they are seen.
  const basemapOrigin = basemap.startsWith('http') ? new URL(basemap).origin : null;
  // A spaces file served from elsewhere (VITE_SPACES_URL) is fetched from its origin too.
  const spacesOrigin = env.VITE_SPACES_URL?.startsWith('http')
    ? new URL(env.VITE_SPACES_URL).origin
    : null;
  // That file is the deployment's to change at any time: asked for at every visit, and the last
  // one seen kept for offline use. (A RegExp: workbox writes it into the service worker as is.)
  const spacesUrl = env.VITE_SPACES_URL
    ? new RegExp(`${env.VITE_SPACES_URL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
    : null;

  return {
    plugins: [
      openDataPlugin(),
      reachPlugin(spacesFile),
      react(),
      prerenderPlugin(spacesFile, siteUrl),
      securityPlugin(
        [basemapOrigin, spacesOrigin, ...(env.VITE_CSP_EXTRA_ORIGINS ?? '').split(/\s+/)].filter(
          (origin): origin is string => !!origin,
        ),
      ),
      previewHeadersPlugin(),
      updatesFeedPlugin(),
      deskPlugin(),
      VitePWA({
        // A new version is offered to the person, never swapped under them (see update-prompt.tsx).
        registerType: 'prompt',
        injectRegister: false,
        includeAssets: ['favicon.svg', 'icons/*.png'],
        manifest: {
          name: 'Quartieri Connessi: la mappa degli spazi',
          short_name: 'Quartieri Connessi',
          description:
            'La mappa dei nove spazi del programma Quartieri Connessi del Comune di Milano.',
          lang: 'it',
          start_url: '.',
          scope: '.',
          display: 'standalone',
          theme_color: '#0066cc',
          background_color: '#ffffff',
          icons: [
            { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
            {
              src: 'icons/icon-maskable-512.png',
              sizes: '512x512',
              type: 'image/png',
              purpose: 'maskable',
            },
          ],
        },
        workbox: {
          // What a visit needs: the app shell, the spaces, the fonts, the locales, the first map
          // view, the map library and its worker, and the bundled map's city view. The address
          // index and the opening-hours library are cached at runtime, once needed (below).
          globPatterns: ['**/*.{js,mjs,css,html,svg,png,woff2,geojson,json,txt,webmanifest}'],
          // The opening-hours library (about 120 KB compressed) only once a space with hours is
          // shown: today's data has none, and then no visitor downloads it.
          // Nor the preview pictures, which only chats and search engines ask for, nor the spaces'
          // pages (54 of them, changed by most builds): a page is kept once visited (below).
          globIgnores: [
            'generated/addresses/**',
            // "A piedi dagli spazi": fetched when the layer is turned on, then kept (below).
            'generated/reach/walk-grid.json',
            'assets/opening-hours-*.js',
            'previews/**',
            `${DESK_FOLDER}/**`,
            ...Object.values(SPACES_FOLDER).flatMap((folder) => [`${folder}/**`, `*/${folder}/**`]),
          ],
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
          navigateFallback: 'index.html',
          // The updates feeds are documents of their own: opening one is never the app.
          navigateFallbackDenylist: [/\.atom$/, SPACE_PAGE, new RegExp(`/${DESK_FOLDER}/`)],
          runtimeCaching: [
            ...(spacesUrl
              ? [
                  {
                    urlPattern: spacesUrl,
                    handler: 'NetworkFirst' as const,
                    options: {
                      cacheName: 'spaces-file',
                      networkTimeoutSeconds: 10,
                      expiration: { maxEntries: 2 },
                      cacheableResponse: { statuses: [0, 200] },
                    },
                  },
                ]
              : []),
            {
              // The officials' desk (scripts/desk/): never stored for residents, kept for the
              // staff once opened, so that it opens offline too.
              // A literal: workbox writes this function into the service worker, where no import is.
              urlPattern: ({ url }) => url.pathname.includes('/modifica/'),
              handler: 'NetworkFirst',
              options: {
                cacheName: 'desk',
                networkTimeoutSeconds: 5,
                expiration: { maxEntries: 60 },
              },
            },
            {
              // A space's page: from the network when it answers, else as last stored; one never
              // visited is the app's home, which opens the page's space in its language offline.
              urlPattern: SPACE_PAGE,
              handler: 'NetworkFirst',
              options: {
                cacheName: 'space-pages',
                networkTimeoutSeconds: 5,
                expiration: { maxEntries: 100 },
                precacheFallback: { fallbackURL: 'index.html' },
              },
            },
            {
              // The opening-hours library, kept once fetched, for the next time offline.
              urlPattern: ({ url }) => /\/assets\/opening-hours-[^/]*\.js$/.test(url.pathname),
              handler: 'CacheFirst',
              options: { cacheName: 'opening-hours', expiration: { maxEntries: 2 } },
            },
            {
              // The address index: fetched when a person first types an address, then stored
              // whole for offline use (ADDRESS_CACHE, src/nearest/address-index.ts) and refreshed
              // as it is used.
              urlPattern: ({ url }) => url.pathname.includes('/generated/addresses/'),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: 'address-index' },
            },
            {
              // The walking layer's squares, kept once fetched for the next time offline.
              urlPattern: ({ url }) => url.pathname.endsWith('/generated/reach/walk-grid.json'),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: 'walk-grid', expiration: { maxEntries: 2 } },
            },
            {
              // The bundled basemap's street tiles: kept as they are seen, for the next time
              // offline (its city view, city.json, is precached with the app), and refreshed
              // after a new build brings new data.
              urlPattern: ({ url }) => url.pathname.includes('/generated/basemap/tiles/'),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: 'bundled-basemap', expiration: { maxEntries: 300 } },
            },
            ...(basemapOrigin
              ? [
                  {
                    // Only the basemap tiles the person has already seen, in a bounded cache:
                    // nothing is downloaded ahead from the tile servers.
                    urlPattern: ({ url }: { url: URL }) => url.origin === basemapOrigin,
                    handler: 'StaleWhileRevalidate' as const,
                    options: {
                      cacheName: 'basemap',
                      expiration: { maxEntries: 1000, maxAgeSeconds: 30 * 24 * 3600 },
                      cacheableResponse: { statuses: [0, 200] },
                    },
                  },
                ]
              : []),
          ],
        },
      }),
    ],
    resolve: {
      alias: [
        {
          find: /^.*\/data\/spaces\.geojson\?url$/,
          replacement: `${resolve(spacesFile)}?url`,
        },
      ],
    },
    ...(siteUrl ? { base: new URL(siteUrl).pathname.replace(/\/?$/, '/') } : {}),
    build: {
      manifest: true,
      sourcemap: true,
    },
    preview: { port: 4173, strictPort: true },
    server: { port: 5173 },
    test: {
      environment: 'jsdom',
      include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
      setupFiles: ['tests/setup.ts'],
      // CI shares its machine: a property test's hundred runs may take several seconds there.
      testTimeout: 30_000,
      // Two files at a time even on two cores (Vitest's default is one fewer than the cores):
      // most of a file's time is waiting on jsdom and imports, and it halves the wait (98 s to 60 s).
      maxWorkers: Math.max(2, availableParallelism() - 1),
      css: false,
    },
  };
});
