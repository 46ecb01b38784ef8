/** Links to the app itself: for an audience on paper or a projector, and the embedded form. */
import { useSyncExternalStore } from 'react';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { appBase, pagePath } from '../pages/page-paths.ts';
import { useAppStore } from './app-store.ts';
import { parseLocation, parseUrlState, toSearch } from './url-state.ts';

function withSearch(link: string, search: string): string {
  const url = new URL(link);
  url.search = search;
  return url.toString();
}

/**
 * The link to give people on paper, on a projector or in a chat: the page of the map (or of one
 * space) in the same language, without this screen's view, filter, presentation or embedding.
 */
export function audienceLink(link: string, spaceId: string | null, base = appBase()): string {
  const url = new URL(link);
  const { state } = parseLocation(url.pathname, url.search, base);
  url.pathname = `${base}${pagePath(state.lang ?? DEFAULT_LANGUAGE, spaceId)}`;
  url.search = '';
  url.hash = '';
  return url.toString();
}

/** The app's own link in its compact form for an iframe. */
export function embedUrl(link: string): string {
  const search = new URL(link).search;
  return withSearch(link, toSearch({ ...parseUrlState(search).state, embed: true }, search));
}

/** The full app's link for a page opened in embed mode. */
export function fullAppUrl(link: string): string {
  const search = new URL(link).search;
  return withSearch(link, toSearch({ ...parseUrlState(search).state, embed: false }, search));
}

/** Where the pages are prerendered: at the site's address when the build is told it. */
const PRERENDERED_AT = new URL(import.meta.env.VITE_SITE_URL || 'http://localhost/').origin;

const unchanging = () => () => {};

/**
 * This page's address, for a link a component writes from it. While the page is prerendered and
 * then hydrated, the address it was prerendered at, from the page's state (the same in both: the
 * markup must match); from then on the browser's, re-read at each render.
 */
export function usePageAddress(): string {
  const prerendered = useAppStore(
    (s) => new URL(`${appBase()}${pagePath(s.lang, s.selectedId)}`, PRERENDERED_AT).href,
  );
  return useSyncExternalStore(
    unchanging,
    () => window.location.href,
    () => prerendered,
  );
}
