import { beforeEach, describe, expect, it, vi } from 'vitest';
import { validateSpacesDocument } from '../../src/spaces/validate-spaces.ts';
import { useNearest } from '../../src/nearest/nearest-store.ts';
import { useAppStore } from '../../src/state/app-store.ts';
import { useCamera } from '../../src/state/camera-store.ts';
import { useMessages } from '../../src/state/messages-store.ts';
import { setDataResult, useSpacesData } from '../../src/state/spaces-store.ts';
import { parseUrlState } from '../../src/state/url-state.ts';
import { startUrlSync } from '../../src/state/url-sync.ts';
import { resetStores } from '../reset-stores.ts';
import { collection, validFeature } from './spaces-fixture.ts';

const data = validateSpacesDocument(
  collection(
    validFeature(),
    validFeature(
      { id: 'faenza-25', number: 4, area: 2, address: 'viale Faenza 25' },
      [9.148211, 45.435888],
    ),
  ),
);

let browserLanguages = ['it-IT'];
vi.spyOn(window.navigator, 'languages', 'get').mockImplementation(() => browserLanguages);

beforeEach(() => {
  browserLanguages = ['it-IT'];
  resetStores();
  window.history.replaceState(null, '', '/');
});

/** Opens the page at a link, as a person following it would. */
function follow(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return startUrlSync(window);
}

/** The page's address as the address bar shows it, less the host. */
const address = () => `${window.location.pathname}${window.location.search}`;

/** Goes back in history and waits for the page to hear of it. */
async function back(): Promise<void> {
  const popped = new Promise((resolve) =>
    window.addEventListener('popstate', resolve, { once: true }),
  );
  window.history.back();
  await popped;
}

describe('the app state', () => {
  it('closes the open space when its area is hidden', () => {
    setDataResult(data);
    useAppStore.getState().selectSpace('faenza-25');
    useAppStore.getState().toggleArea(2);
    expect(useAppStore.getState()).toMatchObject({ selectedId: null, areas: [1, 3] });
  });

  it('keeps the open space when another area is hidden', () => {
    setDataResult(data);
    useAppStore.getState().selectSpace('faenza-25');
    useAppStore.getState().toggleArea(1);
    expect(useAppStore.getState().selectedId).toBe('faenza-25');
  });

  it('drops an unknown space named in a link once the data arrives, and says why', () => {
    const { state, problems } = parseUrlState('?space=via-inventata-1');
    useAppStore.getState().applyUrlState(state, problems, { initial: true });
    setDataResult(data);
    expect(useAppStore.getState().selectedId).toBeNull();
    expect(useMessages.getState().notices).toEqual([
      { key: 'unknownSpace', params: {}, echo: 'via-inventata-1' },
    ]);
  });

  it('counts the skipped features of a partly broken file in a notice', () => {
    setDataResult(validateSpacesDocument(collection(validFeature(), validFeature({ area: 5 }))));
    expect(useMessages.getState().notices).toEqual([
      { key: 'skippedSpaces', params: { count: 1 } },
    ]);
  });

  it('treats a file with no usable space as an error', () => {
    setDataResult(validateSpacesDocument(collection(validFeature({ area: 5 }))));
    expect(useSpacesData.getState().data).toMatchObject({ status: 'error', reason: 'invalid' });
  });

  it('knows a person’s choice from a link’s, so that only the first moves the focus', () => {
    setDataResult(data);
    const { state } = parseUrlState('?space=faenza-25');
    useAppStore.getState().applyUrlState(state, [], { initial: true });
    expect(useAppStore.getState().by).toBe('link');
    const button = document.createElement('button');
    useAppStore.getState().selectSpace('omero-15', button);
    expect(useAppStore.getState()).toMatchObject({ by: 'person', opener: button });
  });

  it('starts, moves through and ends a presentation, each by its own name', () => {
    setDataResult(data);
    useAppStore.getState().selectSpace('faenza-25');
    useAppStore.getState().startPresentation();
    expect(useAppStore.getState()).toMatchObject({ presentStep: 1, selectedId: null });
    useAppStore.getState().goToStep(3);
    expect(useAppStore.getState().presentStep).toBe(3);
    useAppStore.getState().endPresentation();
    expect(useAppStore.getState().presentStep).toBeNull();
  });
});

describe('the address bar', () => {
  it('gets a new history entry for each choice, and Back restores the one before', async () => {
    setDataResult(data);
    const stop = follow('');
    const start = window.history.length;
    useAppStore.getState().selectSpace('faenza-25');
    expect(address()).toBe('/spazi/faenza-25/');
    useAppStore.getState().toggleArea(1);
    expect(address()).toBe('/spazi/faenza-25/?areas=2,3');
    expect(window.history.length).toBe(start + 2);

    await back();
    expect(address()).toBe('/spazi/faenza-25/');
    expect(useAppStore.getState()).toMatchObject({ selectedId: 'faenza-25', areas: [1, 2, 3] });
    await back();
    expect(useAppStore.getState().selectedId).toBeNull();
    stop();
  });

  it('replaces the entry (no new history) when only the map moves', () => {
    const stop = follow('');
    const before = window.history.length;
    useAppStore.getState().setView({ lat: 45.46, lon: 9.19, zoom: 12 });
    expect(address()).toBe('/?map=12/45.46/9.19');
    expect(window.history.length).toBe(before);
    stop();
  });

  it('drops the view once a starting point is set, until the map reaches a public target', () => {
    const stop = follow('?map=13/45.46/9.19');
    const origin = { lat: 45.47, lon: 9.2, source: 'location' } as const;
    useNearest.getState().setOrigin(origin, [origin]);
    expect(address()).toBe('/');
    // Moves that are not exactly where a space or a link sent the map stay out of the link.
    useAppStore.getState().setView({ lat: 45.465, lon: 9.195, zoom: 14 });
    expect(address()).toBe('/');
    expect(useCamera.getState().request).toMatchObject({ kind: 'origin' });
    // The map reached a space's camera: the view is public again.
    useAppStore.getState().setView({ lat: 45.4347, lon: 9.2247, zoom: 15 }, true);
    expect(address()).toBe('/?map=15/45.4347/9.2247');
    stop();
  });

  it.each([
    ['an unknown space', '?space=via-inventata-1', 'unknownSpace'],
    ['a space in a hidden area', '?space=faenza-25&areas=1', 'hiddenSpace'],
  ])('corrects a link to %s in place, so that Back does not return to it', (_case, search, key) => {
    const stop = follow(search);
    const before = window.history.length;
    setDataResult(data);
    expect(useAppStore.getState().selectedId).toBeNull();
    expect(window.location.search).not.toContain('space=');
    expect(window.history.length).toBe(before);
    expect(useMessages.getState().notices.map((n) => n.key)).toEqual([key]);
    stop();
  });

  it('says that a presentation step beyond the tour is not understood, and starts at the first', () => {
    const stop = follow('?present=1&step=99');
    setDataResult(data);
    expect(useAppStore.getState().presentStep).toBe(1);
    expect(window.location.search).toContain('step=1');
    expect(useMessages.getState().notices).toEqual([
      { key: 'badParam', params: {}, echo: 'step=99' },
    ]);
    stop();
  });

  it('speaks the browser’s language when the link names none', () => {
    browserLanguages = ['ar-EG', 'en-US'];
    const stop = follow('');
    expect(useAppStore.getState().lang).toBe('ar');
    expect(address()).toBe('/ar/');
    stop();
  });

  it('speaks the link’s language over the browser’s', () => {
    browserLanguages = ['ar-EG'];
    const stop = follow('?lang=fr');
    expect(useAppStore.getState().lang).toBe('fr');
    stop();
  });

  it('keeps Italian in the link when a person whose browser prefers another chose it', () => {
    browserLanguages = ['fr-FR'];
    const stop = follow('?lang=it');
    expect(useAppStore.getState().lang).toBe('it');
    expect(address()).toBe('/?lang=it');
    useAppStore.getState().selectSpace('faenza-25');
    expect(address()).toBe('/spazi/faenza-25/');
    stop();
  });

  it('falls back to Italian when the browser speaks none of the languages', () => {
    browserLanguages = ['de-DE', 'pl'];
    const stop = follow('');
    expect(useAppStore.getState().lang).toBe('it');
    stop();
  });

  it('cleans a bad parameter out of the address and reports it', () => {
    const stop = follow('?areas=7&lang=en');
    expect(address()).toBe('/en/');
    expect(useMessages.getState().notices).toEqual([
      { key: 'badParam', params: {}, echo: 'areas=7' },
    ]);
    stop();
  });
});
