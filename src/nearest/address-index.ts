/**
 * Loads the offline address index (built from data/register at `npm start` / `npm run build`)
 * only when the person starts typing: the street list first, then each street's numbers file when
 * a number is typed.
 */
import {
  ADDRESS_INDEX_VERSION,
  shardOf,
  type AddressIndexManifest,
  type NumbersFile,
  type StreetsFile,
} from './address-index-format.ts';
import {
  prepareNeighbourhoods,
  prepareStreets,
  type NumbersOf,
  type SearchIndex,
} from './address-search.ts';
import { onReset } from '../state/reset.ts';

export const ADDRESS_INDEX_URL = `${import.meta.env.BASE_URL}generated/addresses/`;

export type AddressIndex =
  | { status: 'ready'; places: SearchIndex; numbersOf: NumbersOf; manifest: AddressIndexManifest }
  /** This installation has no index (it was never built): address search is not set up. */
  | { status: 'not-built' }
  /** The index exists but could not be fetched now (offline, server error). */
  | { status: 'unreachable' };

async function fetchJson<T>(url: string, fetchImpl: typeof fetch): Promise<T | 'missing'> {
  const response = await fetchImpl(url);
  if (response.status === 404) return 'missing';
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  // A single-page server may answer any path with the app's HTML: that is a missing index too.
  if (!(response.headers.get('content-type') ?? '').includes('json')) return 'missing';
  return (await response.json()) as T;
}

export async function loadAddressIndex(
  base = ADDRESS_INDEX_URL,
  fetchImpl: typeof fetch = fetch,
): Promise<AddressIndex> {
  try {
    const manifest = await fetchJson<AddressIndexManifest>(`${base}manifest.json`, fetchImpl);
    if (manifest === 'missing' || manifest.version !== ADDRESS_INDEX_VERSION)
      return { status: 'not-built' };
    const file = await fetchJson<StreetsFile>(`${base}streets.json`, fetchImpl);
    if (file === 'missing') return { status: 'not-built' };

    const shards = new Map<number, Promise<NumbersFile>>();
    const numbersOf: NumbersOf = async (street) => {
      const shard = shardOf(street.code, manifest.shardCount);
      if (!shards.has(shard)) {
        const request = fetchJson<NumbersFile>(`${base}numbers-${shard}.json`, fetchImpl).then(
          (f) => (f === 'missing' ? {} : f),
        );
        // A failed request is forgotten, so that the next keystroke tries again.
        request.catch(() => shards.delete(shard));
        shards.set(shard, request);
      }
      return (await shards.get(shard)!)[street.code] ?? [];
    };
    const places = { streets: prepareStreets(file), neighbourhoods: prepareNeighbourhoods(file) };
    return { status: 'ready', places, numbersOf, manifest };
  } catch {
    return { status: 'unreachable' };
  }
}

let shared: Promise<AddressIndex> | null = null;
onReset(() => (shared = null));

/** The app's one copy of the index, fetched on first use; a failed fetch is retried next time. */
export function addressIndex(): Promise<AddressIndex> {
  shared ??= loadAddressIndex().then((index) => {
    if (index.status === 'unreachable') shared = null;
    if (index.status === 'ready') keepForOffline(index.manifest.shardCount);
    return index;
  });
  return shared;
}

/** The service worker's runtime cache for the index (vite.config.ts names it too). */
export const ADDRESS_CACHE = 'address-index';

/**
 * Once a person has used the address field, the whole index is kept for the next time offline, in
 * the cache the service worker answers the index from: the house numbers' files are stored one by
 * one while the page is idle. A visit that never types downloads none of it.
 */
function keepForOffline(shardCount: number, base = ADDRESS_INDEX_URL): void {
  if (!('caches' in window) || !navigator.serviceWorker) return;
  const idle = (next: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(next) : setTimeout(next, 200);
  const files = [
    'manifest.json',
    'streets.json',
    ...Array.from({ length: shardCount }, (_, shard) => `numbers-${shard}.json`),
  ].map((name) => new URL(`${base}${name}`, window.location.href).href);
  void navigator.serviceWorker.getRegistration().then(async (registration) => {
    // Without a service worker (not installed, or blocked) a cache would serve nobody.
    if (!registration) return;
    const cache = await caches.open(ADDRESS_CACHE);
    const store = (i: number) => {
      if (i >= files.length) return;
      cache
        .add(files[i]!)
        .then(() => idle(() => store(i + 1)))
        // Offline or failing: the next use of the field tries again.
        .catch(() => {});
    };
    idle(() => store(0));
  });
}
