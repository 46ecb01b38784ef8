/**
 * The facts a space gets once it opens (operator, hours, access, contacts, services, photos, the
 * day they were checked, the status history): read, checked, exported; and never invented.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { photoProblems } from '../../scripts/check-photos.ts';
import { hoursProblems } from '../../src/hours/check-hours.ts';
import { spacesToGeoJSON } from '../../src/spaces/export-spaces.ts';
import { spacesToCsv } from '../../src/spaces/export-spaces-csv.ts';
import { statusSince } from '../../src/spaces/status-history.ts';
import {
  describeProblem,
  validateSpacesDocument,
  validateSpacesText,
} from '../../src/spaces/validate-spaces.ts';
import {
  collection,
  COMPLETE_PHOTOS_FOLDER,
  COMPLETE_SPACES_FILE,
  validFeature,
} from './spaces-fixture.ts';

const completeText = readFileSync(COMPLETE_SPACES_FILE, 'utf8');
const complete = validateSpacesText(completeText);
const real = validateSpacesText(readFileSync('data/spaces.geojson', 'utf8'));
const positions = new Map(complete.spaces.map((s, i) => [s.id, i + 1]));

/** The messages for one feature with `overrides`. */
function problemsWith(overrides: Record<string, unknown>): string[] {
  return validateSpacesDocument(collection(validFeature(overrides))).problems.map(describeProblem);
}

describe('the fixture with every field filled', () => {
  it('passes every check: fields, hours and photos', () => {
    expect(complete.problems).toEqual([]);
    expect(complete.spaces).toHaveLength(9);
    expect(hoursProblems(complete.spaces, positions, new Date('2026-12-01T10:00:00Z'))).toEqual([]);
    expect(photoProblems(complete.spaces, positions, COMPLETE_PHOTOS_FOLDER)).toEqual([]);
  });

  it('reads every new field into the space', () => {
    const omero = complete.spaces[0]!;
    expect(omero).toMatchObject({
      organisation: 'Associazione di prova 1 (ente fittizio)',
      organisationUrl: 'https://example.org/ente-1',
      organisationSince: '2026-09-15',
      openingHours: 'Mo-Fr 09:00-12:30,14:00-18:00; Sa 10:00-13:00; PH off',
      contacts: { phone: '+39 02 0000 0001', email: 'spazio-1@example.org' },
      access: { stepFree: 'yes', toilet: true },
      checkedDate: '2026-11-20',
    });
    expect(omero.hoursNote?.ar).toContain('ملاحظة تجريبية');
    expect(omero.access.note?.zh).toBe('从院子进入，第二扇门（测试说明）。');
    expect(omero.services?.fr).toEqual(['Guichet de test', 'Atelier de test']);
    expect(omero.photos).toEqual([
      expect.objectContaining({
        file: 'prova-ingresso.png',
        author: 'Autore di prova',
        licence: 'CC0 1.0',
      }),
    ]);
    expect(omero.statusHistory.map((e) => e.status)).toEqual([
      'seeking-operator',
      'co-design',
      'open',
    ]);
    expect(omero.statusHistory[1]!.sourceUrl).toBe('https://example.org/prova/coprogettazione');
  });

  it('says since when the current status holds, from the history', () => {
    expect(statusSince(complete.spaces[0]!)).toBe('2026-09-15');
    const repeated = {
      ...complete.spaces[0]!,
      statusHistory: [
        { date: '2020-12-16', status: 'co-design', source: 'x', sourceUrl: null },
        { date: '2021-01-10', status: 'open', source: 'x', sourceUrl: null },
        { date: '2021-06-01', status: 'open', source: 'y', sourceUrl: null },
      ] as const,
    };
    expect(statusSince({ ...repeated, statusHistory: [...repeated.statusHistory] })).toBe(
      '2021-01-10',
    );
    expect(statusSince(real.spaces[0]!)).toBeNull();
  });

  it('downloads as GeoJSON that reads back to the same spaces, and as CSV with a column per language', () => {
    const again = validateSpacesText(spacesToGeoJSON(complete.spaces));
    expect(again.problems).toEqual([]);
    expect(again.spaces).toEqual(complete.spaces);

    const [header, first] = spacesToCsv(complete.spaces).slice(1).split('\r\n');
    const columns = header!.split(',');
    for (const name of [
      'opening_hours',
      'access_step_free',
      'services_it',
      'services_zh',
      'access_note_en',
      'photos',
      'checked_date',
      'status_history',
      'phone',
      'organisation_since',
    ])
      expect(columns).toContain(name);
    expect(first).toContain('"Mo-Fr 09:00-12:30,14:00-18:00; Sa 10:00-13:00; PH off"');
    expect(first).toContain(',yes,true,');
    expect(columns).not.toContain('services');
    const cells = first!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    expect(cells[columns.indexOf('services_it')]).toBe(
      '"Sportello di prova\nLaboratorio di prova"',
    );
    expect(first).not.toContain('{""it""');
  });
});

describe('the real data', () => {
  it('leaves every new field unknown: nothing is invented', () => {
    for (const space of real.spaces) {
      expect(space).toMatchObject({
        organisationUrl: null,
        organisationSince: null,
        openingHours: null,
        hoursNote: null,
        access: { stepFree: null, toilet: null, note: null },
        services: null,
        photos: [],
        checkedDate: null,
        statusHistory: [],
        contacts: { phone: null },
      });
    }
  });

  it('exports the new fields as null', () => {
    const feature = JSON.parse(spacesToGeoJSON(real.spaces)).features[0];
    expect(feature.properties).toMatchObject({
      opening_hours_note: null,
      access_step_free: null,
      photos: null,
      status_history: null,
      checked_date: null,
    });
  });
});

describe('a broken new field is named precisely', () => {
  it.each([
    [
      { access_step_free: 'maybe' },
      'field "access_step_free": must be one of "yes", "no", "with-help", got "maybe"',
    ],
    [
      { access_toilet: 'yes' },
      'field "access_toilet": must be true or false (no quotes), got "yes"',
    ],
    [
      { access_note: { en: 'Courtyard' } },
      'field "access_note": must have an Italian value ("it")',
    ],
    [
      { access_note: { it: 'Cortile', de: 'Hof' } },
      'field "access_note": "de" is not one of the app\'s languages',
    ],
    [{ access_note: 'Cortile' }, 'field "access_note": must be one value per language'],
    [
      { services: { it: ['Sportello', ''] } },
      'field "services": "it": item 2: must be a non-empty text',
    ],
    [{ phone: '02-1234' }, 'field "phone": must be a telephone number of digits and spaces'],
    [
      { organisation_since: '2026-02-30' },
      'field "organisation_since": 2026-02-30 is not a real date',
    ],
    [{ checked_date: '20/11/2026' }, 'field "checked_date": must be a date written YYYY-MM-DD'],
    [
      { photos: [{ file: 'Ingresso.JPG', alt: { it: 'x' }, author: 'a', licence: 'CC0' }] },
      'field "photos": item 1: "file" must be the name of a file in public/photos',
    ],
    [
      { photos: [{ file: 'ingresso.jpg', author: 'a', licence: 'CC0' }] },
      'field "photos": item 1: "alt" is missing',
    ],
    [
      {
        status_history: [
          { date: '2020-12-16', status: 'seeking-operator', source: 'x', sourceUrl: null },
        ],
      },
      'field "status_history": item 1: has an unknown key "sourceUrl" (a typo?)',
    ],
    [
      {
        status_history: [
          { date: '2021-01-01', status: 'co-design', source: 'x' },
          { date: '2020-12-16', status: 'seeking-operator', source: 'x' },
        ],
      },
      'field "status_history": item 2 is older than the one before it',
    ],
    [
      { status_history: [{ date: '2020-12-16', status: 'co-design', source: 'x' }] },
      'field "status_history": its last item says "co-design" but "status" says "seeking-operator"',
    ],
  ])('%j', (overrides, message) => {
    expect(problemsWith(overrides)).toEqual([expect.stringContaining(message)]);
  });

  it('accepts a file written before the new fields existed', () => {
    // validFeature() has the first edition's fields only.
    expect(Object.keys(validFeature().properties)).not.toContain('opening_hours_note');
    expect(problemsWith({})).toEqual([]);
  });
});

describe('check:data on the hours and photos', () => {
  const space = complete.spaces[0]!;
  const at = new Date('2026-12-01T10:00:00Z');

  it("names a value the library cannot read, with the library's message", () => {
    const problems = hoursProblems(
      [{ ...space, openingHours: 'Mo-Fx 09:00-18:00' }],
      positions,
      at,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        feature: 1,
        field: 'opening_hours',
        message: expect.stringMatching(/^cannot be read: .*Unexpected token/),
      }),
    ]);
  });

  it('names school holidays, for which the library has no dates here', () => {
    const problems = hoursProblems(
      [{ ...space, openingHours: 'Mo-Fr 09:00-18:00; SH off' }],
      positions,
      at,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining('School holiday'),
      }),
    ]);
  });

  it("passes on the library's warnings", () => {
    const problems = hoursProblems(
      [{ ...space, openingHours: 'Mo-Fr 09.00-18.00' }],
      positions,
      at,
    );
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', expect.stringContaining('Please use ":" as hour/minute-separator')],
      ['warning', expect.stringContaining('Please use ":" as hour/minute-separator')],
    ]);
  });

  it('names a photo whose file is not there', () => {
    const problems = photoProblems(
      [{ ...space, photos: [{ ...space.photos[0]!, file: 'manca.jpg' }] }],
      positions,
      COMPLETE_PHOTOS_FOLDER,
    );
    expect(problems.map(describeProblem)).toEqual([
      'feature 1 (omero-15), field "photos": item 1: there is no file tests/fixtures/photos/manca.jpg (put the photo there)',
    ]);
  });
});
