/** A page per language and space: the paths the app writes and reads, old links, and what a page says of its space to search engines. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { openingHoursSpecification } from '../../src/pages/opening-hours-spec.ts';
import { allPages, pagePath, readPagePath } from '../../src/pages/page-paths.ts';
import { jsonLdText, spaceStructuredData } from '../../src/pages/structured-data.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { parseLocation, toLocation } from '../../src/state/url-state.ts';

describe('the pages’ paths', () => {
  it('puts Italian at the base and the other languages under their code', () => {
    expect(pagePath('it', null)).toBe('');
    expect(pagePath('it', 'omero-15')).toBe('spazi/omero-15/');
    expect(pagePath('en', null)).toBe('en/');
    expect(pagePath('en', 'omero-15')).toBe('en/spaces/omero-15/');
    expect(pagePath('fr', 'omero-15')).toBe('fr/espaces/omero-15/');
  });

  it('reads back every path it writes, at the root and under a sub-path', () => {
    for (const base of ['/', '/quartieri-connessi/mappa/'])
      for (const { lang, space } of allPages(['omero-15', 'zoia-105'])) {
        const path = `${base}${pagePath(lang, space)}`;
        const expected = lang === 'it' && !space ? { lang: null, space: null } : { lang, space };
        expect(readPagePath(path, base)).toEqual(expected);
        expect(readPagePath(`${path}index.html`, base)).toEqual(expected);
      }
  });

  it('reads a path it did not write as the home', () => {
    for (const path of ['/spazi/', '/en/spazi/omero-15/', '/xx/', '/spazi/Omero 15/', '/a/b/c/d/'])
      expect(readPagePath(path, '/')).toEqual({ lang: null, space: null });
    expect(readPagePath('/altro/spazi/omero-15/', '/mappa/')).toEqual({ lang: null, space: null });
  });

  it('makes a home and a page per space in each of the six languages', () => {
    expect(allPages(['omero-15'])).toHaveLength(LANGUAGES.length * 2);
  });
});

describe('the address of a view', () => {
  const base = '/mappa/';

  it('reads the language and the space from the page, the rest from the search', () => {
    const { state, problems } = parseLocation('/mappa/en/spaces/omero-15/', '?areas=1,3', base);
    expect(problems).toEqual([]);
    expect(state).toMatchObject({ lang: 'en', space: 'omero-15', areas: [1, 3] });
  });

  it('keeps links written before the pages working, their search winning', () => {
    expect(parseLocation('/mappa/', '?space=omero-15&lang=en', base).state).toMatchObject({
      lang: 'en',
      space: 'omero-15',
    });
    expect(parseLocation('/mappa/spazi/omero-15/', '?lang=fr', base).state).toMatchObject({
      lang: 'fr',
      space: 'omero-15',
    });
  });

  it('writes the page of the language and the space, and the rest in the search', () => {
    const state = parseLocation('/mappa/', '?space=omero-15&lang=fr&areas=1', base).state;
    expect(toLocation(state, '', base, false)).toBe('/mappa/fr/espaces/omero-15/?areas=1');
    const home = { ...state, space: null, lang: 'it' as const, areas: [1, 2, 3] as const };
    expect(toLocation({ ...home, areas: [...home.areas] }, '', base, false)).toBe('/mappa/');
    // A person whose browser prefers another language chose Italian: the link says so.
    expect(toLocation({ ...home, areas: [...home.areas] }, '', base, true)).toBe('/mappa/?lang=it');
    // Parameters the app does not own stay.
    expect(toLocation({ ...home, areas: [...home.areas] }, '?utm=x', base, false)).toBe(
      '/mappa/?utm=x',
    );
  });
});

describe('a space’s hours for search engines', () => {
  it('are the regular week, a holiday week skipped, times on conditions left out', () => {
    // Monday 7 December 2026: Tuesday is Immacolata (8 December), a public holiday.
    const from = new Date('2026-12-07T08:00:00Z');
    const spec = openingHoursSpecification(
      'Mo-Fr 09:00-12:30,14:00-18:00; Sa 10:00-13:00; PH off',
      from,
    );
    const day = (name: string) =>
      spec
        .filter((s) => s.dayOfWeek === `https://schema.org/${name}`)
        .map((s) => [s.opens, s.closes]);
    expect(day('Tuesday')).toEqual([
      ['09:00', '12:30'],
      ['14:00', '18:00'],
    ]);
    expect(day('Saturday')).toEqual([['10:00', '13:00']]);
    expect(day('Sunday')).toEqual([]);
    expect(spec).toHaveLength(11);
    expect(openingHoursSpecification('Mo 10:00-12:00 "su appuntamento"', from)).toEqual([]);
    expect(openingHoursSpecification('not hours', from)).toEqual([]);
  });
});

describe('a space in schema.org terms', () => {
  const complete = validateSpacesText(
    readFileSync('tests/fixtures/spaces-complete.geojson', 'utf8'),
  );
  const space = complete.spaces.find((s) => s.id === 'omero-15')!;
  const words = {
    name: space.address,
    description: 'd',
    url: 'https://example.org/spazi/omero-15/',
    image: null,
  };

  it('says the facts the data knows, and its hours once they are known', () => {
    const hours = openingHoursSpecification(space.openingHours!, new Date('2026-12-14T08:00:00Z'));
    const data = spaceStructuredData(space, words, hours) as unknown as Record<string, unknown>;
    expect(data).toMatchObject({
      '@type': 'CivicStructure',
      name: 'viale Omero 15',
      geo: { latitude: space.lat, longitude: space.lon },
      address: { streetAddress: 'viale Omero 15', addressLocality: 'Milano' },
      provider: { name: space.organisation },
    });
    expect(data.openingHoursSpecification).toEqual(hours);
    expect(hours.length).toBeGreaterThan(0);
  });

  it('says nothing of hours, operator or telephone the data does not know', () => {
    const bare = {
      ...space,
      openingHours: null,
      organisation: null,
      contacts: { ...space.contacts, phone: null },
    };
    const data = spaceStructuredData(bare, words) as unknown as Record<string, unknown>;
    expect(data).not.toHaveProperty('openingHoursSpecification');
    expect(data).not.toHaveProperty('provider');
    expect(data).not.toHaveProperty('telephone');
  });

  it('cannot end its script early', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
