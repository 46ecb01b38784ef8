/**
 * The service worker (built by vite-plugin-pwa's injectManifest into sw.js): what a second visit
 * and an offline one are answered with.
 *
 * - A page of the app (navigation.ts) is answered with that page in the language its path names,
 *   whatever its query: a language's home from the app stored at install, a space's page from
 *   the network, else as last stored, else its language's home (which opens the space).
 * - The app's files come from what was stored at install (the precache); the rest as below.
 * - A new version waits until the person asks for it (update-prompt.tsx sends SKIP_WAITING), so
 *   that a page and the files it asks for always come from one build.
 */
/// <reference lib="webworker" />
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { BASEMAP_STYLE_URL } from '../map/basemap-config.ts';
import { navigationOf } from './navigation.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (PrecacheEntry | string)[];
};

const BASE = import.meta.env.BASE_URL || '/';
const MANIFEST = self.__WB_MANIFEST;

/** This build, named by what it stores: a space's page is kept only with the build that made it. */
const BUILD = buildName(MANIFEST);
const SPACE_PAGES = 'space-pages-';

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  // A space's page stored by an older build asks for files this build no longer has.
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(
        names
          // ("space-pages", without a build, was the generated worker's before this one.)
          .filter((name) => name.startsWith('space-pages') && name !== SPACE_PAGES + BUILD)
          .map((name) => caches.delete(name)),
      ),
    ),
  );
});

// A space's page from the network when it answers within 5 s, stored by its path alone (a link's
// query changes nothing in the document).
const spacePages = new NetworkFirst({
  cacheName: SPACE_PAGES + BUILD,
  networkTimeoutSeconds: 5,
  plugins: [
    new ExpirationPlugin({ maxEntries: 100 }),
    { cacheKeyWillBeUsed: async ({ request }) => withoutQuery(request.url) },
  ],
});

// Every navigation to a page of the app, before the precache's own route (which would miss a
// page asked for with a query).
registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' &&
    url.origin === self.location.origin &&
    navigationOf(url.pathname, BASE).kind !== 'other',
  async ({ request, url, event }) => {
    const navigation = navigationOf(url.pathname, BASE);
    if (navigation.kind === 'home')
      return (await matchPrecache(navigation.document)) ?? fetch(request);
    if (navigation.kind === 'space') {
      try {
        return await spacePages.handle({ request, event });
      } catch {
        const home = await matchPrecache(navigation.home);
        if (home) return home;
        throw new Error(`Neither ${url.pathname} nor its language's home is stored`);
      }
    }
    return fetch(request);
  },
);

precacheAndRoute(MANIFEST);
cleanupOutdatedCaches();

// A spaces file served from elsewhere (VITE_SPACES_URL) is the deployment's to change at any
// time: asked for at every visit, and the last one seen kept for offline use.
const spacesUrl = import.meta.env.VITE_SPACES_URL;
if (spacesUrl) {
  // By its end, as the page may have resolved a relative address against its own.
  registerRoute(
    ({ url }) => url.href.endsWith(spacesUrl),
    new NetworkFirst({
      cacheName: 'spaces-file',
      networkTimeoutSeconds: 10,
      plugins: [
        new ExpirationPlugin({ maxEntries: 2 }),
        new CacheableResponsePlugin({ statuses: [0, 200] }),
      ],
    }),
  );
}

// The officials' desk (scripts/desk/, its DESK_FOLDER): never stored for residents, kept for the staff once
// opened, so that it opens offline too.
registerRoute(
  ({ url }) => url.pathname.includes('/modifica/'),
  new NetworkFirst({
    cacheName: 'desk',
    networkTimeoutSeconds: 5,
    plugins: [new ExpirationPlugin({ maxEntries: 60 })],
  }),
);

// The opening-hours library, kept once fetched, for the next time offline.
registerRoute(
  ({ url }) => /\/assets\/opening-hours-[^/]*\.js$/.test(url.pathname),
  new CacheFirst({
    cacheName: 'opening-hours',
    plugins: [new ExpirationPlugin({ maxEntries: 2 })],
  }),
);

// The address index: fetched when a person first types an address, then stored whole for
// offline use (ADDRESS_CACHE, src/nearest/address-index.ts) and refreshed as it is used.
registerRoute(
  ({ url }) => url.pathname.includes('/generated/addresses/'),
  new StaleWhileRevalidate({ cacheName: 'address-index' }),
);

// The walking layer's squares, kept once fetched for the next time offline.
registerRoute(
  ({ url }) => url.pathname.endsWith('/generated/reach/walk-grid.json'),
  new StaleWhileRevalidate({
    cacheName: 'walk-grid',
    plugins: [new ExpirationPlugin({ maxEntries: 2 })],
  }),
);

// The bundled basemap's street tiles: kept as they are seen, for the next time offline (its city
// view, city.json, is stored with the app), and refreshed after a new build brings new data.
registerRoute(
  ({ url }) => url.pathname.includes('/generated/basemap/tiles/'),
  new StaleWhileRevalidate({
    cacheName: 'bundled-basemap',
    plugins: [new ExpirationPlugin({ maxEntries: 300 })],
  }),
);

// Only the basemap tiles the person has already seen, in a bounded cache: nothing is downloaded
// ahead from the tile servers.
if (BASEMAP_STYLE_URL.startsWith('http')) {
  const basemapOrigin = new URL(BASEMAP_STYLE_URL).origin;
  registerRoute(
    ({ url }) => url.origin === basemapOrigin,
    new StaleWhileRevalidate({
      cacheName: 'basemap',
      plugins: [
        new ExpirationPlugin({ maxEntries: 1000, maxAgeSeconds: 30 * 24 * 3600 }),
        new CacheableResponsePlugin({ statuses: [0, 200] }),
      ],
    }),
  );
}

function withoutQuery(href: string): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return url.href;
}

/** A short name for the list of files a build stores (FNV-1a over their names and revisions). */
function buildName(entries: readonly (PrecacheEntry | string)[]): string {
  let hash = 0x811c9dc5;
  for (const entry of entries) {
    const text = typeof entry === 'string' ? entry : `${entry.url} ${entry.revision ?? ''}`;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
