/**
 * Mirrors the store in the address bar: a new history entry for what a person chose (space,
 * areas, language), a replaced one for map moves; back and forward restore the state.
 */
import { preferredLanguage } from '../i18n/languages';
import { useAppStore, type AppState } from './app-store';
import { parseUrlState, toSearch, type UrlState } from './url-state';

function urlStateOf(s: AppState): UrlState {
  return {
    space: s.selectedId,
    areas: s.areas,
    view: s.view,
    lang: s.lang,
    page: s.page,
    step: s.presentStep,
  };
}

/** Reads the URL into the store, then keeps both in step. Returns a function that stops it. */
export function startUrlSync(win: Window = window): () => void {
  const initial = parseUrlState(win.location.search);
  // The language: the link's, else the browser's first one the app speaks, else Italian.
  const browserLang = preferredLanguage(win.navigator.languages ?? [win.navigator.language]);
  useAppStore
    .getState()
    .applyUrlState(initial.state, initial.problems, { initial: true, browserLang });

  let restoring = false;
  const write = (state: AppState, previous: AppState) => {
    if (restoring) return;
    const search = toSearch(urlStateOf(state), win.location.search);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    const chosen =
      state.selectedId !== previous.selectedId ||
      state.areas !== previous.areas ||
      state.lang !== previous.lang ||
      state.page !== previous.page ||
      // Entering or leaving presentation mode is a history step; moving through it is not.
      (state.presentStep === null) !== (previous.presentStep === null);
    if (chosen) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const unsubscribe = useAppStore.subscribe(write);

  const onPopState = () => {
    const { state, problems } = parseUrlState(win.location.search);
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

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
