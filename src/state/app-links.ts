/** Links to the app itself: for an audience on paper or a projector, and the embedded form. */
import { parseUrlState, toSearch } from './url-state';

function withSearch(link: string, search: string): string {
  const url = new URL(link);
  url.search = search;
  return url.toString();
}

/**
 * The link to give people on paper or on a projector: the map (or one space) in the same
 * language, without this screen's view, filter, presentation or embedding.
 */
export function audienceLink(link: string, spaceId: string | null): string {
  const { state } = parseUrlState(new URL(link).search);
  const base = parseUrlState('').state;
  return withSearch(link, toSearch({ ...base, space: spaceId, lang: state.lang }));
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
