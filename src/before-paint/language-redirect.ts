/**
 * The root page's first words: before anything is painted, a browser that prefers one of the
 * other five languages goes to that language's home (an older link's `?lang=` and `?space=` are
 * taken to their page too), so that nobody sees the Italian page first and nothing mirrors
 * afterwards. A language named in the link wins over the browser's (`?lang=it` stays Italian),
 * and a link the page cannot place (an unknown space, an unknown language) is left to the app,
 * which says what it did not understand.
 *
 * It acts only on the root page, at the root's address: the same document may answer another
 * address (a service worker's or a server's fallback), whose path already names its page. And it
 * never sends a browser to the address it is on, which would load the same page again, for ever.
 *
 * Built by the build into a script in the page itself (redirect-entry.ts, scripts/prerender/),
 * allowed by its hash in the content security policy: a script file would cost every visitor a
 * request before the first paint. The page's script element says the app's base (`data-base`)
 * and its spaces (`data-spaces`, their ids).
 */
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage } from '../i18n/languages.ts';
import { pagePath } from '../pages/page-paths.ts';

interface Browser {
  location: Pick<Location, 'pathname' | 'search' | 'hash' | 'replace'>;
  navigator: Pick<Navigator, 'languages' | 'language'>;
  document: { documentElement: Pick<Element, 'setAttribute'> };
}

/** The page's script element's data: the app's base and its spaces' ids. */
export interface RedirectData {
  base?: string;
  spaces?: string;
}

export function redirectToLanguage(data: RedirectData, { location, navigator, document }: Browser) {
  const base = data.base ?? '/';
  const spaces = (data.spaces ?? '').split(' ').filter(Boolean);
  const at = location.pathname;
  if (at !== base && `${at}/` !== base && at !== `${base}index.html`) return;
  const params = new URLSearchParams(location.search);
  let lang = params.get('lang');
  if (lang === null) {
    const tags = navigator.languages?.length ? navigator.languages : [navigator.language];
    lang =
      tags
        .map(
          (tag) =>
            String(tag || '')
              .toLowerCase()
              .split('-')[0]!,
        )
        .find((primary) => (LANGUAGES as readonly string[]).includes(primary)) ?? null;
  }
  if (lang === null || !isLanguage(lang)) return;
  const space = params.get('space');
  if (space !== null && !spaces.includes(space)) return;
  if (lang === DEFAULT_LANGUAGE && space === null) return;
  params.delete('lang');
  params.delete('space');
  const rest = params.toString();
  const target = `${base}${pagePath(lang, space)}${rest ? `?${rest}` : ''}${location.hash}`;
  if (target === location.pathname + location.search + location.hash) return;
  document.documentElement.setAttribute('data-leaving', '');
  location.replace(target);
}
