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
 * A script in the page itself, allowed by its hash in the content security policy: a script file
 * would cost every visitor a request before the first paint.
 */
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../src/i18n/languages.ts';
import { SPACES_FOLDER } from '../../src/pages/page-paths.ts';

export function languageRedirectScript(base: string, spaceIds: readonly string[]): string {
  const config = {
    base,
    languages: LANGUAGES,
    italian: DEFAULT_LANGUAGE,
    folders: SPACES_FOLDER,
    spaces: spaceIds,
  };
  return `(function (c) {
  var at = location.pathname;
  if (at !== c.base && at + '/' !== c.base && at !== c.base + 'index.html') return;
  var params = new URLSearchParams(location.search);
  var lang = params.get('lang');
  if (lang === null) {
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < tags.length && lang === null; i++) {
      var primary = String(tags[i] || '').toLowerCase().split('-')[0];
      if (c.languages.indexOf(primary) >= 0) lang = primary;
    }
  }
  if (lang === null || c.languages.indexOf(lang) < 0) return;
  var space = params.get('space');
  if (space !== null && c.spaces.indexOf(space) < 0) return;
  if (lang === c.italian && space === null) return;
  params.delete('lang');
  params.delete('space');
  var rest = params.toString();
  var path = (lang === c.italian ? '' : lang + '/') + (space === null ? '' : c.folders[lang] + '/' + space + '/');
  var target = c.base + path + (rest ? '?' + rest : '') + location.hash;
  if (target === location.pathname + location.search + location.hash) return;
  document.documentElement.setAttribute('data-leaving', '');
  location.replace(target);
})(${JSON.stringify(config)});`;
}
