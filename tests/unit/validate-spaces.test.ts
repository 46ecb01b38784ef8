import { describe, expect, it } from 'vitest';
import {
  describeProblem,
  validateSpacesDocument,
  validateSpacesText,
} from '../../src/spaces/validate-spaces.ts';
import { collection, validFeature } from './spaces-fixture.ts';

function withoutProperty(name: string) {
  const feature = validFeature();
  const properties = Object.fromEntries(
    Object.entries(feature.properties).filter(([key]) => key !== name),
  );
  return { ...feature, properties };
}

describe('validating the spaces file', () => {
  it('turns a valid feature into a space with every fact', () => {
    const { spaces, problems, fatal } = validateSpacesDocument(collection(validFeature()));
    expect(fatal).toBe(false);
    expect(problems).toEqual([]);
    expect(spaces).toEqual([
      expect.objectContaining({
        id: 'omero-15',
        area: 1,
        lat: 45.434732,
        lon: 9.224696,
        nil: { id: 35, name: 'Lodi - Corvetto' },
        call: expect.objectContaining({ date: null, urlKind: 'programme' }),
        organisation: null,
      }),
    ]);
  });

  it.each([
    ['a script', 'viale Omero 15<script>alert(1)</script>', /HTML tags/],
    ['a bidirectional override', 'viale Omero \u202E51', /bidirectional control/],
    ['a control character', 'viale Omero\u0007 15', /control characters/],
    ['a formula', '=HYPERLINK("https://example.org","clic")', /formula/],
  ])('refuses a text with %s, naming the field', (_what, address, message) => {
    const feature = validFeature();
    const { spaces, problems } = validateSpacesDocument(
      collection({ ...feature, properties: { ...feature.properties, address } }),
    );
    expect(spaces).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ field: 'address', message: expect.stringMatching(message) }),
    ]);
  });

  it('reports a file that is not JSON as fatal, saying so', () => {
    const result = validateSpacesText('{"type": "FeatureCollection", "features": [');
    expect(result.fatal).toBe(true);
    expect(result.spaces).toEqual([]);
    expect(describeProblem(result.problems[0]!)).toMatch(/not valid JSON/);
  });

  it('reports a document that is not a FeatureCollection as fatal', () => {
    expect(validateSpacesDocument({ type: 'Feature' }).fatal).toBe(true);
    expect(validateSpacesDocument({ type: 'FeatureCollection' }).problems[0]!.message).toMatch(
      /features/,
    );
  });

  const broken: [string, unknown, string, RegExp][] = [
    [
      'a line instead of a point',
      {
        ...validFeature(),
        geometry: {
          type: 'LineString',
          coordinates: [
            [9.2, 45.4],
            [9.21, 45.41],
          ],
        },
      },
      'geometry',
      /must be a Point/,
    ],
    [
      'coordinates outside Milan (Rome)',
      validFeature({}, [12.4964, 41.9028]),
      'geometry',
      /outside Milan/,
    ],
    [
      'latitude and longitude swapped',
      validFeature({}, [45.434732, 9.224696]),
      'geometry',
      /swapped/,
    ],
    ['an unknown area', validFeature({ area: 4 }), 'area', /must be 1, 2 or 3, got 4/],
    ['the area as text', validFeature({ area: '1' }), 'area', /got "1"/],
    ['a missing address', withoutProperty('address'), 'address', /is missing/],
    ['an empty neighbourhood', validFeature({ neighbourhood: '  ' }), 'neighbourhood', /non-empty/],
    [
      'a non-https call link',
      validFeature({ call_url: 'http://example.org/bando' }),
      'call_url',
      /https/,
    ],
    [
      'a link that is not a URL',
      validFeature({ website: 'quartieri connessi' }),
      'website',
      /not a valid link/,
    ],
    [
      'an impossible date',
      validFeature({ status_date: '2020-02-30' }),
      'status_date',
      /not a real date/,
    ],
    [
      'a date written the Italian way',
      validFeature({ call_date: '16/12/2020' }),
      'call_date',
      /YYYY-MM-DD/,
    ],
    ['an unknown status', validFeature({ status: 'aperto' }), 'status', /must be one of/],
    ['an id with spaces', validFeature({ id: 'Omero 15' }), 'id', /lower-case/],
    ['a Municipio that does not exist', validFeature({ municipio: 10 }), 'municipio', /1 to 9/],
    [
      'a bad e-mail',
      validFeature({ contact_email: 'quartiericonnessi' }),
      'contact_email',
      /e-mail/,
    ],
    [
      'an unknown value left empty instead of null',
      validFeature({ opening_hours: '' }),
      'opening_hours',
      /or null/,
    ],
  ];

  it.each(broken)(
    'skips a feature with %s and names the field',
    (_case, feature, field, message) => {
      const { spaces, problems, fatal } = validateSpacesDocument(collection(feature));
      expect(fatal).toBe(false);
      expect(spaces).toEqual([]);
      const problem = problems.find((p) => p.severity === 'error');
      expect(problem).toMatchObject({ feature: 1, field });
      expect(problem!.message).toMatch(message);
    },
  );

  it('keeps the good features when one is broken', () => {
    const good = validFeature({ id: 'faenza-25', number: 4, area: 2 }, [9.148211, 45.435888]);
    const { spaces, problems } = validateSpacesDocument(
      collection(validFeature({ area: 9 }), good),
    );
    expect(spaces.map((s) => s.id)).toEqual(['faenza-25']);
    expect(describeProblem(problems[0]!)).toBe(
      'feature 1 (omero-15), field "area": must be 1, 2 or 3, got 9',
    );
  });

  it('rejects a duplicate id, keeping the first', () => {
    const twin = validFeature({ number: 2 }, [9.10984, 45.470018]);
    const { spaces, problems } = validateSpacesDocument(collection(validFeature(), twin));
    expect(spaces).toHaveLength(1);
    expect(describeProblem(problems[0]!)).toMatch(
      /feature 2 \(omero-15\), field "id": duplicate id, already used by feature 1/,
    );
  });

  it('warns about an unknown property (a typo) without skipping the space', () => {
    const { spaces, problems } = validateSpacesDocument(collection(validFeature({ adress: 'x' })));
    expect(spaces).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ field: 'adress', severity: 'warning' })]);
  });

  it('says so when the collection is empty', () => {
    expect(validateSpacesDocument(collection()).problems[0]!.message).toMatch(/no features/);
  });
});
