/** The root page's language: where a browser that prefers another language is sent, before paint. */
import { describe, expect, it } from 'vitest';
import { redirectToLanguage } from '../../src/before-paint/language-redirect.ts';
import { allPages, pagePath } from '../../src/pages/page-paths.ts';

const SPACES = ['omero-15', 'zoia-105'];

/** Runs the root page's script for a browser and a link; the address it goes to, or null. */
function landing(languages: string[], search = '', base = '/', pathname = base): string | null {
  let went: string | null = null;
  const location = { pathname, search, hash: '', replace: (to: string) => (went = to) };
  const navigator = { languages, language: languages[0] ?? '' };
  const attributes = new Map<string, string>();
  const document = {
    documentElement: { setAttribute: (n: string, v: string) => attributes.set(n, v) },
  };
  redirectToLanguage({ base, spaces: SPACES.join(' ') }, { location, navigator, document });
  // Nothing of the page is painted on its way.
  expect(attributes.has('data-leaving')).toBe(went !== null);
  return went;
}

describe('the root page, before it is painted', () => {
  it('sends a browser that prefers another of the languages to its home', () => {
    expect(landing(['ar-EG', 'en'])).toBe('/ar/');
    expect(landing(['fr-FR', 'fr'])).toBe('/fr/');
    expect(landing(['de-DE', 'zh-CN'])).toBe('/zh/');
    expect(landing(['en'], '?areas=1%2C3&present=1', '/mappa/')).toBe(
      '/mappa/en/?areas=1%2C3&present=1',
    );
  });

  it('stays for Italian, for languages the app does not speak, and for a language chosen', () => {
    expect(landing(['it-IT', 'en'])).toBeNull();
    expect(landing(['de-DE', 'pl'])).toBeNull();
    expect(landing(['fr-FR'], '?lang=it')).toBeNull();
  });

  it('takes an older link to its page, in the link’s language over the browser’s', () => {
    expect(landing(['fr-FR'], '?space=omero-15&lang=en&areas=1')).toBe(
      '/en/spaces/omero-15/?areas=1',
    );
    expect(landing(['it-IT'], '?space=zoia-105')).toBe('/spazi/zoia-105/');
    expect(landing(['es'], '?space=omero-15')).toBe('/es/espacios/omero-15/');
    expect(landing(['en'], '?lang=fr')).toBe('/fr/');
  });

  it('leaves to the app what it cannot place, which says what it did not understand', () => {
    expect(landing(['fr-FR'], '?space=via-inventata-99')).toBeNull();
    expect(landing(['fr-FR'], '?lang=klingon')).toBeNull();
  });
});

describe('the root page answering another address', () => {
  it('acts only at the root: a page that is not the root already names its language', () => {
    // The document a service worker or a server answered `/fr/?areas=1` with, were it the root's.
    expect(landing(['fr-FR'], '?areas=1', '/', '/fr/')).toBeNull();
    expect(landing(['fr-FR'], '?space=omero-15', '/', '/en/')).toBeNull();
    expect(landing(['ar'], '', '/mappa/', '/mappa/spazi/omero-15/')).toBeNull();
    expect(landing(['ar'], '', '/mappa/', '/')).toBeNull();
    expect(landing(['ar'], '', '/mappa/', '/mappa/index.html')).toBe('/mappa/ar/');
    expect(landing(['ar'], '', '/mappa/', '/mappa')).toBe('/mappa/ar/');
  });

  it('never sends a browser to the address it is on, wherever its document answers', () => {
    const pages = allPages(SPACES).map(({ lang, space }) => pagePath(lang, space));
    for (const base of ['/', '/mappa/'])
      for (const path of ['index.html', ...pages])
        for (const languages of [['fr-FR'], ['ar'], ['en'], ['it'], ['zh-CN'], ['de']])
          for (const search of ['', '?areas=1', '?present=1&step=5', '?lang=fr', '?space=zoia-105'])
            expect(landing(languages, search, base, base + path)).not.toBe(base + path + search);
  });
});
