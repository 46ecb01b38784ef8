/** The root page's language: where a browser that prefers another language is sent, before paint. */
import { describe, expect, it } from 'vitest';
import { languageRedirectScript } from '../../scripts/prerender/language-redirect';

const SPACES = ['omero-15', 'zoia-105'];

/** Runs the root page's script for a browser and a link; the address it goes to, or null. */
function landing(languages: string[], search = '', base = '/'): string | null {
  let went: string | null = null;
  const location = { search, hash: '', replace: (to: string) => (went = to) };
  const navigator = { languages, language: languages[0] };
  const attributes = new Map<string, string>();
  const document = {
    documentElement: { setAttribute: (n: string, v: string) => attributes.set(n, v) },
  };
  new Function('location', 'navigator', 'document', languageRedirectScript(base, SPACES))(
    location,
    navigator,
    document,
  );
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
