/** What the app makes of a fault: a late spaces file, a map that stops, a value from a link. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshAddress } from '../../src/app/map-code.ts';
import { failedModuleUrl, faultOf } from '../../src/map/map-fault.ts';
import { validateSpacesDocument } from '../../src/spaces/validate-spaces.ts';
import { fetchSpaces, useSpacesData, type LoadResult } from '../../src/state/spaces-store.ts';
import { mapFailed, retryMap, takeReloadForMap, useMapWanted } from '../../src/state/map-wanted.ts';
import { ECHO_MAX, echoed } from '../../src/ui/echo.ts';
import { resetStores } from '../reset-stores.ts';
import { collection, validFeature } from './spaces-fixture.ts';

const good = validateSpacesDocument(collection(validFeature()));

/** A load the test answers when it likes. */
function pendingLoad() {
  let answer!: (result: LoadResult) => void;
  const load = () => new Promise<LoadResult>((resolve) => (answer = resolve));
  return { load, answer: (result: LoadResult) => answer(result) };
}

describe('a spaces file that is late', () => {
  beforeEach(() => {
    resetStores();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('says so after the timeout, and the file arriving later replaces the message', async () => {
    const { load, answer } = pendingLoad();
    const shown = fetchSpaces(load, 1000);
    expect(useSpacesData.getState().data.status).toBe('loading');
    await vi.advanceTimersByTimeAsync(1000);
    await shown;
    expect(useSpacesData.getState().data).toMatchObject({ status: 'error', reason: 'slow' });
    answer(good);
    await vi.waitFor(() => expect(useSpacesData.getState().data.status).toBe('ready'));
  });

  it('is fetched again on a retry, and the first to bring the spaces wins', async () => {
    const first = pendingLoad();
    void fetchSpaces(first.load, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    const second = pendingLoad();
    void fetchSpaces(second.load, 1000);
    expect(useSpacesData.getState().data.status).toBe('loading');
    second.answer(good);
    await vi.waitFor(() => expect(useSpacesData.getState().data.status).toBe('ready'));
    // The first attempt failing afterwards changes nothing.
    first.answer({ unreachable: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(useSpacesData.getState().data.status).toBe('ready');
  });

  it('takes a failure only from the latest attempt', async () => {
    const first = pendingLoad();
    void fetchSpaces(first.load, 1000);
    const second = pendingLoad();
    void fetchSpaces(second.load, 1000);
    first.answer({ unreachable: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(useSpacesData.getState().data.status).toBe('loading');
    second.answer({ unreachable: true });
    await vi.waitFor(() =>
      expect(useSpacesData.getState().data).toMatchObject({ reason: 'unreachable' }),
    );
  });

  it('is not called late when it answers in time', async () => {
    const { load, answer } = pendingLoad();
    const shown = fetchSpaces(load, 1000);
    answer(good);
    await shown;
    await vi.advanceTimersByTimeAsync(5000);
    expect(useSpacesData.getState().data.status).toBe('ready');
  });
});

describe('why the map stopped', () => {
  it('tells a browser without WebGL from code that did not arrive and from other errors', () => {
    const noWebgl = new Error('WebGL2 is required to display this map.');
    noWebgl.name = 'GPUInitializationError';
    expect(faultOf(noWebgl)).toBe('noWebgl');
    for (const message of [
      'Failed to fetch dynamically imported module: http://x/assets/space-map-1.js',
      'error loading dynamically imported module',
      'Importing a module script failed.',
      'Unable to preload CSS for /assets/space-map-1.css',
    ])
      expect(faultOf(new TypeError(message))).toBe('notLoaded');
    expect(faultOf(new RangeError('Invalid LngLat object'))).toBe('failed');
    expect(faultOf('something else')).toBe('failed');
  });
});

describe('a value echoed from a link', () => {
  it('is cut to a few dozen characters, whole characters only', () => {
    expect(echoed('space=via-inventata-1')).toBe('space=via-inventata-1');
    const long = echoed(`space=${'x'.repeat(2000)}`);
    expect(Array.from(long)).toHaveLength(ECHO_MAX + 1);
    expect(long.endsWith('…')).toBe(true);
    // An emoji (two UTF-16 units) is kept whole or left out, never cut in half.
    const emoji = echoed('😀'.repeat(50));
    expect(emoji).toBe(`${'😀'.repeat(ECHO_MAX)}…`);
  });

  it('loses the invisible characters that reorder or hide text', () => {
    expect(echoed('abc\u202Efed\u202C\u2066x\u2069\u200F\u0000\u0007y')).toBe('abcfedxy');
  });
});

describe("the map's code not arriving", () => {
  const CODE = 'https://example.org/mappa/assets/space-map-AbC1.js';
  const chromium = new TypeError(`Failed to fetch dynamically imported module: ${CODE}`);

  beforeEach(() => resetStores());

  it('names the address that failed, as Chromium and Firefox word it, and nothing otherwise', () => {
    expect(failedModuleUrl(chromium)).toBe(CODE);
    expect(
      failedModuleUrl(new TypeError(`error loading dynamically imported module: ${CODE}`)),
    ).toBe(CODE);
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedModuleUrl(new Error(`WebGL not supported at ${CODE}`))).toBeNull();
  });

  it('is asked for at another address on a retry, and the page is loaded again when that fails', () => {
    const reload = vi.fn();
    mapFailed('notLoaded', failedModuleUrl(chromium));
    retryMap(reload);
    expect(reload).not.toHaveBeenCalled();
    expect(useMapWanted.getState()).toMatchObject({ fault: null, wanted: true, attempt: 1 });
    const fresh = freshAddress(CODE, 1);
    expect(fresh).toBe(`${CODE}?attempt=1`);

    mapFailed(
      'notLoaded',
      failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${fresh}`)),
    );
    retryMap(reload);
    expect(reload).toHaveBeenCalledOnce();
    // The reloaded page wants the map at once, once.
    expect(takeReloadForMap()).toBe(true);
    expect(takeReloadForMap()).toBe(false);
  });

  it('loads the page again at once where the browser did not say which address failed', () => {
    const reload = vi.fn();
    mapFailed('notLoaded', failedModuleUrl(new TypeError('Importing a module script failed.')));
    retryMap(reload);
    expect(reload).toHaveBeenCalledOnce();
    expect(takeReloadForMap()).toBe(true);
  });

  it('keeps the failed address through a later fault of another kind', () => {
    mapFailed('notLoaded', CODE);
    retryMap(vi.fn());
    mapFailed('failed');
    expect(useMapWanted.getState().failedCode).toBe(CODE);
  });
});
