/**
 * Which document the service worker answers a navigation with (sw.ts): a page the app writes
 * (scripts/prerender/) is answered with that page, in the language its path names, whatever its
 * query; anything else is left to the network. Plain TypeScript, so that the tests read it too.
 */
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages.ts';
import { pagePath, readPagePath } from '../pages/page-paths.ts';

export type Navigation =
  /** A language's home (the root is Italian's): its document is stored with the app. */
  | { kind: 'home'; lang: Language; document: string }
  /**
   * A space's page: from the network, else as last stored; one never stored is its language's
   * home (`home`), where the app opens the space its path names.
   */
  | { kind: 'space'; lang: Language; space: string; home: string }
  /** Not a page of the app (a feed, the desk, a file, a typo): the network's to answer. */
  | { kind: 'other' };

/**
 * What a navigation to `pathname` (under the app's `base`, with its last slash) is. The path
 * alone decides, never the query: `/fr/?areas=1` is the French home.
 */
export function navigationOf(pathname: string, base: string): Navigation {
  const place = readPagePath(pathname, base);
  const lang = place.lang ?? DEFAULT_LANGUAGE;
  // readPagePath reads a path it did not write as the home: only the path the app writes counts.
  const written = base + pagePath(lang, place.space);
  if (pathname !== written && pathname !== `${written}index.html` && `${pathname}/` !== written)
    return { kind: 'other' };
  const home = `${pagePath(lang, null)}index.html`;
  if (place.space === null) return { kind: 'home', lang, document: home };
  return { kind: 'space', lang, space: place.space, home };
}
