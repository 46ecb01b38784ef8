/**
 * Mirrors the store in the address bar (the page of the language and space, and the rest in the
 * search: url-state.ts): a new history entry for what a person chose (space, areas, language,
 * page, entering or leaving a presentation), a replaced one for map moves, tour steps and
 * corrections of a bad link; back and forward restore the state.
 */
import { preferredLanguage, type Language } from '../i18n/languages.ts';
import { appBase } from '../pages/page-paths.ts';
import { linkView, useAppStore, type AppState } from './app-store.ts';
import { onReset } from './reset.ts';
import { readySpaces } from './spaces-store.ts';
import { parseLocation, parseUrlState, toLocation, type UrlState } from './url-state.ts';

function urlStateOf(s: AppState): UrlState {
  return {
    space: s.selectedId,
    areas: s.areas,
    view: linkView(s),
    lang: s.lang,
    page: s.page,
    step: s.presentStep,
    embed: s.embedded,
    walk: s.walkLayer,
    compare: s.compare,
  };
}

/** A space the page could show: one the data has, in a shown area. */
function showable(id: string, areas: readonly number[]): boolean {
  const space = readySpaces().find((s) => s.id === id);
  return !!space && areas.includes(space.area);
}

/** True when the change is a step a person would expect Back to undo. */
function isChoice(state: AppState, previous: AppState): boolean {
  // Dropping a space the link named but the page never showed corrects the link: no step.
  const selectionChosen =
    state.selectedId !== previous.selectedId &&
    (previous.selectedId === null || showable(previous.selectedId, previous.areas));
  return (
    selectionChosen ||
    state.areas !== previous.areas ||
    state.lang !== previous.lang ||
    state.page !== previous.page ||
    state.walkLayer !== previous.walkLayer ||
    state.compare !== previous.compare ||
    (state.presentStep === null) !== (previous.presentStep === null)
  );
}

/**
 * The state of a prerendered page: its language and its space, and nothing else of a link. The
 * prerender sets it before rendering each page (scripts/prerender/render.tsx), and the browser
 * sets the same before hydrating the page (main.tsx); `startUrlSync` then reads the whole link.
 */
export function applyPageState(lang: Language, space: string | null): void {
  useAppStore.getState().applyUrlState({ ...parseUrlState('').state, lang, space }, [], {
    initial: true,
    browserLang: lang,
  });
}

/** Reads the URL into the store, then keeps both in step. Returns a function that stops it. */
export function startUrlSync(win: Window = window, base = appBase()): () => void {
  const read = () => parseLocation(win.location.pathname, win.location.search, base);
  const initial = read();
  // The language: the link's, else the browser's first one the app speaks, else Italian.
  const browserLang = preferredLanguage(win.navigator.languages ?? [win.navigator.language]);
  useAppStore
    .getState()
    .applyUrlState(initial.state, initial.problems, { initial: true, browserLang });

  let restoring = false;
  const write = (state: AppState, previous: AppState) => {
    if (restoring) return;
    const place = toLocation(urlStateOf(state), win.location.search, base, browserLang !== 'it');
    if (place === `${win.location.pathname}${win.location.search}`) return;
    const url = `${place}${win.location.hash}`;
    if (isChoice(state, previous)) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const unsubscribe = useAppStore.subscribe(write);

  const onPopState = () => {
    const { state, problems } = read();
    restoring = true;
    try {
      useAppStore.getState().applyUrlState(state, problems, { initial: false });
    } finally {
      restoring = false;
    }
  };
  win.addEventListener('popstate', onPopState);

  // The first state may differ from the URL (e.g. a bad parameter dropped): say it once.
  write(useAppStore.getState(), useAppStore.getState());

  const stop = () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
  onReset(stop);
  return stop;
}
