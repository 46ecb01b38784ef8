import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../src/state/app-store';
import { parseUrlState } from '../../src/state/url-state';
import { startUrlSync } from '../../src/state/url-sync';
import { validateSpacesDocument } from '../../src/spaces/validate-spaces';
import { collection, validFeature } from './spaces-fixture';

const initial = useAppStore.getState();
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
  useAppStore.setState(initial, true);
  window.history.replaceState(null, '', '/');
});

describe('the app state', () => {
  it('closes the open space when its area is hidden', () => {
    const store = useAppStore.getState();
    store.setDataResult(data);
    store.selectSpace('faenza-25');
    store.toggleArea(2);
    expect(useAppStore.getState()).toMatchObject({ selectedId: null, areas: [1, 3] });
  });

  it('keeps the open space when another area is hidden', () => {
    const store = useAppStore.getState();
    store.setDataResult(data);
    store.selectSpace('faenza-25');
    store.toggleArea(1);
    expect(useAppStore.getState().selectedId).toBe('faenza-25');
  });

  it('drops an unknown space named in a link once the data arrives, and says why', () => {
    const { state, problems } = parseUrlState('?space=via-inventata-1');
    useAppStore.getState().applyUrlState(state, problems, { initial: true });
    useAppStore.getState().setDataResult(data);
    expect(useAppStore.getState()).toMatchObject({
      selectedId: null,
      notices: [{ key: 'unknownSpace', params: { value: 'via-inventata-1' } }],
    });
  });

  it('counts the skipped features of a partly broken file in a notice', () => {
    useAppStore
      .getState()
      .setDataResult(validateSpacesDocument(collection(validFeature(), validFeature({ area: 5 }))));
    expect(useAppStore.getState().notices).toEqual([
      { key: 'skippedSpaces', params: { count: 1 } },
    ]);
  });

  it('treats a file with no usable space as an error', () => {
    useAppStore
      .getState()
      .setDataResult(validateSpacesDocument(collection(validFeature({ area: 5 }))));
    expect(useAppStore.getState().data).toMatchObject({ status: 'error', reason: 'invalid' });
  });
});

describe('the address bar', () => {
  it('gets a new history entry for a choice and restores it on back', () => {
    const stop = startUrlSync(window);
    useAppStore.getState().setDataResult(data);
    useAppStore.getState().selectSpace('faenza-25');
    expect(window.location.search).toBe('?space=faenza-25&lang=it');
    useAppStore.getState().toggleArea(1);
    expect(window.location.search).toBe('?space=faenza-25&areas=2,3&lang=it');

    window.history.replaceState(null, '', '/?space=faenza-25');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useAppStore.getState()).toMatchObject({ selectedId: 'faenza-25', areas: [1, 2, 3] });
    stop();
  });

  it('replaces the entry (no new history) when only the map moves', () => {
    const stop = startUrlSync(window);
    const before = window.history.length;
    useAppStore.getState().setView({ lat: 45.46, lon: 9.19, zoom: 12 });
    expect(window.location.search).toBe('?map=12/45.46/9.19&lang=it');
    expect(window.history.length).toBe(before);
    stop();
  });

  it('speaks the browser’s language when the link names none', () => {
    browserLanguages = ['ar-EG', 'en-US'];
    const stop = startUrlSync(window);
    expect(useAppStore.getState().lang).toBe('ar');
    expect(window.location.search).toBe('?lang=ar');
    stop();
  });

  it('speaks the link’s language over the browser’s', () => {
    browserLanguages = ['ar-EG'];
    window.history.replaceState(null, '', '/?lang=fr');
    const stop = startUrlSync(window);
    expect(useAppStore.getState().lang).toBe('fr');
    stop();
  });

  it('falls back to Italian when the browser speaks none of the languages', () => {
    browserLanguages = ['de-DE', 'pl'];
    const stop = startUrlSync(window);
    expect(useAppStore.getState().lang).toBe('it');
    stop();
  });

  it('cleans a bad parameter out of the address and reports it', () => {
    window.history.replaceState(null, '', '/?areas=7&lang=en');
    const stop = startUrlSync(window);
    expect(window.location.search).toBe('?lang=en');
    expect(useAppStore.getState().notices).toEqual([
      { key: 'badParam', params: { param: 'areas', value: '7' } },
    ]);
    stop();
  });
});
