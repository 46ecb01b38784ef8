/**
 * Property-based tests (fast-check): what a link, a data file or a typed address can hold is
 * endless, so each reader is fed generated input, hostile and plausible, and held to its promise.
 * A failure prints the smallest input found; `seed` and `path` in the report replay it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { MAX_SUGGESTIONS, search } from '../../src/nearest/address-search.ts';
import { validateSpacesDocument, validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { AREA_IDS, type AreaId } from '../../src/spaces/types.ts';
import {
  APP_PAGES,
  formatView,
  parseUrlState,
  toSearch,
  type UrlState,
} from '../../src/state/url-state.ts';
import { searchableIndex } from './address-index-fixture.ts';
import { collection, validFeature } from './spaces-fixture.ts';

/** Text of every kind: ASCII, any Unicode (right-to-left overrides, emoji), URL-escaped bytes. */
const anyText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('', ' ', '%', '%E2%80%AE', '&', '=', '#', '?', '+', '..', 'null', 'NaN', '1e999'),
);

const spaceId = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,3}$/);
const areas = fc.subarray([...AREA_IDS]).map((a) => [...a].sort() as AreaId[]);
const view = fc.record({
  zoom: fc.integer({ min: 0, max: 2200 }).map((z) => z / 100),
  lat: fc.integer({ min: -8_500_000, max: 8_500_000 }).map((v) => v / 100_000),
  lon: fc.integer({ min: -18_000_000, max: 18_000_000 }).map((v) => v / 100_000),
});

/** A value for each parameter: often a good one, often anything. */
const params = fc.record(
  {
    space: fc.oneof(spaceId, anyText),
    areas: fc.oneof(
      areas.map((a) => a.join(',')),
      anyText,
    ),
    map: fc.oneof(view.map(formatView), anyText),
    lang: fc.oneof(fc.constantFrom(...LANGUAGES), anyText),
    page: fc.oneof(fc.constantFrom(...APP_PAGES), anyText),
    present: fc.constantFrom('1', '0', ''),
    step: fc.oneof(fc.integer({ min: -3, max: 40 }).map(String), anyText),
    embed: fc.constantFrom('1', '0', 'yes'),
    other: anyText,
  },
  { requiredKeys: [] },
);

describe('the link reader and writer', () => {
  it('never throws, whatever the search string', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ maxLength: 400 })), (search) => {
        const { state, problems } = parseUrlState(search);
        expect(Array.isArray(problems)).toBe(true);
        expect(() => toSearch(state, search)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('reports every value it does not apply, and applies every value it does not report', () => {
    fc.assert(
      fc.property(params, (given) => {
        const search = `?${new URLSearchParams(given as Record<string, string>)}`;
        const { state, problems } = parseUrlState(search);
        const reported = (param: string) =>
          problems.some(
            (p) => p.param === param && p.value === (given as Record<string, string>)[param],
          );
        expect(new Set(problems.map((p) => p.param)).size).toBe(problems.length);
        if (given.space !== undefined)
          expect(reported('space') ? state.space === null : state.space === given.space).toBe(true);
        if (given.lang !== undefined)
          expect(reported('lang') ? state.lang === null : state.lang === given.lang).toBe(true);
        if (given.page !== undefined)
          expect(reported('page') ? state.page === null : state.page === given.page).toBe(true);
        if (given.map !== undefined) {
          if (reported('map')) expect(state.view).toBeNull();
          else
            expect(given.map.split('/').map(Number)).toEqual([
              state.view!.zoom,
              state.view!.lat,
              state.view!.lon,
            ]);
        }
        if (given.areas !== undefined) {
          if (reported('areas')) expect(state.areas).toEqual([...AREA_IDS]);
          else
            expect(state.areas).toEqual(
              [
                ...new Set(
                  given.areas
                    .split(',')
                    .filter((a) => a.trim() !== '')
                    .map(Number),
                ),
              ].sort(),
            );
        }
        if (given.present === '1') {
          if (reported('step') || given.step === undefined) expect(state.step).toBe(1);
          else expect(state.step).toBe(Number(given.step));
        } else {
          expect(state.step).toBeNull();
          expect(problems.some((p) => p.param === 'step')).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back exactly what it wrote, with no problem, keeping parameters it does not own', () => {
    const state: fc.Arbitrary<UrlState> = fc.record({
      space: fc.option(spaceId, { nil: null }),
      areas,
      view: fc.option(view, { nil: null }),
      lang: fc.option(fc.constantFrom(...LANGUAGES), { nil: null }),
      page: fc.option(fc.constantFrom(...APP_PAGES), { nil: null }),
      step: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
      embed: fc.boolean(),
      walk: fc.boolean(),
      compare: fc.uniqueArray(spaceId, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(state, anyText, (written, other) => {
        const search = toSearch(written, `?utm=${encodeURIComponent(other)}`);
        const read = parseUrlState(search);
        expect(read.problems).toEqual([]);
        expect(read.state).toEqual(written);
        expect(new URLSearchParams(search).get('utm')).toBe(other);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the data validator', () => {
  /** Each feature is accepted as a space, or named in an error; never both, never neither. */
  function expectEveryFeatureAccounted(document: unknown) {
    const result = validateSpacesDocument(document);
    if (result.fatal) {
      expect(result.spaces).toEqual([]);
      expect(result.problems.length).toBeGreaterThan(0);
      return;
    }
    const list = (document as { features: unknown[] }).features;
    const rejected = new Set(
      result.problems.filter((p) => p.severity === 'error' && p.feature).map((p) => p.feature),
    );
    for (const position of rejected) expect(position).toBeGreaterThanOrEqual(1);
    expect(Math.max(0, ...[...rejected].map(Number))).toBeLessThanOrEqual(list.length);
    const accepted = list
      .map((feature, i) => ({ feature, position: i + 1 }))
      .filter(({ position }) => !rejected.has(position));
    expect(result.spaces.map((s) => s.id)).toEqual(
      accepted.map(({ feature }) => (feature as { properties: { id: string } }).properties.id),
    );
  }

  it('never throws on any JSON, and accounts for every feature', () => {
    const anyJson = fc.jsonValue({ maxDepth: 4 });
    const document = fc.oneof(
      anyJson,
      fc.record({
        type: fc.constant('FeatureCollection'),
        features: fc.array(anyJson, { maxLength: 6 }),
      }),
    );
    fc.assert(
      fc.property(document, (doc) => {
        expect(() => validateSpacesText(JSON.stringify(doc) ?? 'undefined')).not.toThrow();
        expectEveryFeatureAccounted(doc);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on good features with any field replaced by any value, and accounts for each', () => {
    const good = (n: number) =>
      validFeature({ id: `spazio-${n}`, number: n }, [9.15 + n / 1000, 45.46 + n / 1000]) as {
        type: string;
        properties: Record<string, unknown>;
        geometry: unknown;
      };
    const names = Object.keys(good(1).properties);
    const mutation = fc.record({
      feature: fc.integer({ min: 0, max: 3 }),
      field: fc.constantFrom(...names, 'geometry', 'type', 'properties'),
      value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), anyText, fc.constant(undefined)),
    });
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 5 }), (mutations) => {
        const features = [1, 2, 3, 4].map(good) as Record<string, unknown>[];
        for (const { feature, field, value } of mutations) {
          const target = features[feature]!;
          if (field === 'geometry' || field === 'type' || field === 'properties')
            target[field] = value;
          else if (typeof target.properties === 'object' && target.properties !== null)
            (target.properties as Record<string, unknown>)[field] = value;
        }
        const document = JSON.parse(JSON.stringify(collection(...features)));
        expect(() => validateSpacesDocument(document)).not.toThrow();
        expectEveryFeatureAccounted(document);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the address search', () => {
  const { places, numbersOf } = searchableIndex('data/register');
  const typed = fc.oneof(
    anyText,
    fc.string({ maxLength: 300 }),
    // Plausible typing: Milan's street words and numbers in any order and case.
    fc
      .array(
        fc.oneof(
          fc.constantFrom(
            'via',
            'viale',
            'v.le',
            'p.za',
            'corso',
            'omero',
            'sant',
            "dell'",
            'porta',
          ),
          fc.integer({ min: 0, max: 300 }).map(String),
          fc.constantFrom('a', 'b', '/', '-', ',', '(', ')'),
        ),
        { maxLength: 12 },
      )
      .map((words) => words.join(' ')),
  );

  it('answers any text without throwing, with at most 8 suggestions and 3 files of numbers asked', async () => {
    await fc.assert(
      fc.asyncProperty(typed, async (text) => {
        let filesAsked = 0;
        const result = await search(places, text, async (street) => {
          filesAsked += 1;
          return numbersOf(street);
        });
        expect(['suggestions', 'no-street', 'missing-number']).toContain(result.kind);
        if (result.kind === 'suggestions')
          expect(result.suggestions.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
        // The budget of a keystroke: the numbers of at most three streets (each a file to fetch).
        expect(filesAsked).toBeLessThanOrEqual(3);
      }),
      { numRuns: 500 },
    );
  });
});
