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

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd());
  // The address the site is published at: the pages' links, previews and sitemap name it, and its
  // path is the app's base unless `--base` says otherwise (docs/deploying.md).
  const siteUrl = env.VITE_SITE_URL || undefined;
  // The spaces file the app is built with: data/spaces.geojson, or another (SPACES_FILE, e.g. the
  // office's, to see it built before it replaces that one).
  const spacesFile = process.env.SPACES_FILE || 'data/spaces.geojson';
  // Source maps are published only when asked for (SOURCE_MAPS=true): they would show anyone the
  // code's sources, the desk's among them, and double what a deployment copies.
  const sourcemap = process.env.SOURCE_MAPS === 'true';
  const basemap = env.VITE_BASEMAP_STYLE_URL || DEFAULT_BASEMAP;
  const basemapOrigin = basemap.startsWith('http') ? new URL(basemap).origin : null;
  // A spaces file served from elsewhere (VITE_SPACES_URL) is fetched from its origin too.
  const spacesOrigin = env.VITE_SPACES_URL?.startsWith('http')
    ? new URL(env.VITE_SPACES_URL).origin
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
        // Our own service worker (src/service-worker/sw.ts): it answers each page of the app in
        // its own language, whatever the link's query (navigation.ts).
        strategies: 'injectManifest',
        srcDir: 'src/service-worker',
        filename: 'sw.ts',
        injectManifest: {
          // What a visit needs: the app shell, the spaces, the fonts, the locales, the first map
          // view, the map library and its worker, and the bundled map's city view. The address
          // index and the opening-hours library are stored at runtime, once needed (sw.ts).
          globPatterns: ['**/*.{js,mjs,css,html,svg,png,woff2,geojson,json,txt,webmanifest}'],
          // The opening-hours library (about 120 KB compressed) only once a space with hours is
          // shown: today's data has none, and then no visitor downloads it.
          // Nor the preview pictures, which only chats and search engines ask for, nor the spaces'
          // pages (54 of them, changed by most builds): a page is kept once visited (sw.ts).
          globIgnores: [
            'generated/addresses/**',
            // "A piedi dagli spazi": fetched when the layer is turned on, then kept (sw.ts).
            'generated/reach/walk-grid.json',
            'assets/opening-hours-*.js',
            'previews/**',
            // A space's streets, for its page's still map: fetched with the page, one per space.
            'streets/**',
            `${DESK_FOLDER}/**`,
            ...Object.values(SPACES_FOLDER).flatMap((folder) => [`${folder}/**`, `*/${folder}/**`]),
          ],
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
          // A classic script, as the page registers it.
          rollupFormat: 'iife',
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
      sourcemap,
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
      // most of a file's time is spent waiting on jsdom and imports.
      maxWorkers: Math.max(2, availableParallelism() - 1),
      css: false,
    },
  };
});
