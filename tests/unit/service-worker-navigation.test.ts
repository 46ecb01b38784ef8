/** What the service worker answers a returning visitor's navigation with (src/service-worker/). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allPages, pagePath } from '../../src/pages/page-paths.ts';
import { navigationOf } from '../../src/service-worker/navigation.ts';
import { SPACE_ID_PATTERN } from '../../src/spaces/field-checks.ts';

describe('a navigation on a second visit', () => {
  it('to a language’s home gets that language’s home, whatever the query', () => {
    expect(navigationOf('/', '/')).toEqual({ kind: 'home', lang: 'it', document: 'index.html' });
    expect(navigationOf('/index.html', '/')).toMatchObject({ document: 'index.html' });
    expect(navigationOf('/fr/', '/')).toEqual({
      kind: 'home',
      lang: 'fr',
      document: 'fr/index.html',
    });
    expect(navigationOf('/ar', '/')).toMatchObject({ document: 'ar/index.html' });
    expect(navigationOf('/mappa/zh/index.html', '/mappa/')).toMatchObject({
      document: 'zh/index.html',
    });
  });

  it('to a space’s page gets that page, and its language’s home when it is not stored', () => {
    expect(navigationOf('/en/spaces/omero-15/', '/')).toEqual({
      kind: 'space',
      lang: 'en',
      space: 'omero-15',
      home: 'en/index.html',
    });
    expect(navigationOf('/spazi/omero-15/index.html', '/')).toMatchObject({
      lang: 'it',
      home: 'index.html',
    });
    expect(navigationOf('/mappa/espaces/omero-15/', '/mappa/')).toEqual({ kind: 'other' });
  });

  it('answers every page the build makes with a document of the page’s own language', () => {
    for (const base of ['/', '/mappa/'])
      for (const { lang, space } of allPages(['omero-15', 'zoia-105'])) {
        const navigation = navigationOf(base + pagePath(lang, space), base);
        expect(navigation).toMatchObject({ lang });
        const home =
          navigation.kind === 'home'
            ? navigation.document
            : navigation.kind === 'space'
              ? navigation.home
              : '';
        expect(home).toBe(`${pagePath(lang, null)}index.html`);
      }
  });

  it('leaves to the network what is not a page of the app', () => {
    for (const path of [
      '/updates-fr.atom',
      '/modifica/',
      '/sitemap.xml',
      '/it/',
      '/de/',
      '/fr/spazi/omero-15/',
      '/spaces/omero-15/',
      '/en/spaces/',
      '/en/spaces/omero-15/extra/',
      '/generated/reach/summary.json',
    ])
      expect(navigationOf(path, '/'), path).toEqual({ kind: 'other' });
  });

  it('answers an address of any text, percent-encoded or not, only with a page the app writes', () => {
    // The service worker knows no list of spaces: a page is any space id's (the file's rule).
    const awkward = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'grapheme' }).map(encodeURI),
      // Pieces of real pages, so that pages and near-pages come up too.
      fc.constantFrom('fr', 'en', 'it', 'spazi', 'espaces', 'spaces', 'omero-15', 'index.html', ''),
      fc.constantFrom('<!--', '%E0%A4%A', '%66r', '..%2F', '+1', '-x', '%00', 'OMERO-15'),
    );
    let pagesFound = 0;
    fc.assert(
      fc.property(fc.array(awkward, { maxLength: 4 }), (parts) => {
        const path = `/${parts.join('/')}`;
        const navigation = navigationOf(path, '/');
        if (navigation.kind === 'other') return;
        pagesFound += 1;
        const space = navigation.kind === 'space' ? navigation.space : null;
        if (space !== null) expect(SPACE_ID_PATTERN.test(space), path).toBe(true);
        const written = `/${pagePath(navigation.lang, space)}`;
        expect([written, `${written}index.html`, written.replace(/\/$/, '')], path).toContain(path);
        expect(allPages(space ? [space] : [])).toContainEqual({ lang: navigation.lang, space });
      }),
      { numRuns: 1000 },
    );
    // Not vacuous: pages come up among the addresses tried.
    expect(pagesFound).toBeGreaterThan(0);
    expect(navigationOf('/%66r/', '/')).toEqual({ kind: 'other' });
    expect(navigationOf('/en/spaces/omero-15%2F..%2F/', '/')).toEqual({ kind: 'other' });
  });
});
