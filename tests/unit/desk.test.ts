/** The officials' desk's logic: hours form <-> value, files written as the project's, drafts. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import i18next from 'i18next';
import * as prettier from 'prettier';
import { beforeAll, describe, expect, it } from 'vitest';
import { readHoursForm, WEEKDAYS, writeHours, type HoursForm } from '../../src/desk/hours-form.ts';
import { hoursReading } from '../../src/desk/hours-reading.ts';
import { photoFileName, photoSize, photoType } from '../../src/desk/photo-file.ts';
import { jsonFileText } from '../../src/desk/json-file.ts';
import deskWords from '../../src/desk/locales/it.json';
import { FORM_SECTIONS } from '../../src/desk/form-sections.ts';
import {
  changesBetween,
  openSpacesText,
  withStatus,
  withValues,
  type SpacesDocument,
} from '../../src/desk/spaces-draft.ts';
import { draftUpdates } from '../../src/desk/update-draft.ts';
import { hoursValueProblems } from '../../src/hours/check-hours.ts';
import { readHours } from '../../src/hours/opening-hours.ts';
import { initItalian } from '../../src/i18n/i18n.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { FIELD_DICTIONARY } from '../../src/spaces/field-dictionary.ts';
import { FIELD_NAMES } from '../../src/spaces/space-fields.ts';
import { LIST_FIELDS, PER_LANGUAGE_FIELDS } from '../../src/spaces/space-table.ts';
import { validateSpacesDocument } from '../../src/spaces/validate-spaces.ts';

const SITE = readFileSync('data/spaces.geojson', 'utf8');
const site = () => JSON.parse(SITE) as SpacesDocument;

beforeAll(async () => {
  await initItalian();
  i18next.addResourceBundle('it', 'desk', deskWords);
});

const time = fc
  .tuple(fc.integer({ min: 6, max: 22 }), fc.constantFrom('00', '15', '30', '45'))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${m}`);
const day = fc.oneof(
  fc.constant({ mode: 'closed' as const, times: [] }),
  fc
    .tuple(
      fc.constantFrom('open' as const, 'appointment' as const),
      fc.uniqueArray(time, { maxLength: 4 }),
    )
    .map(([mode, times]) => {
      const sorted = [...times].sort();
      const ranges = [];
      for (let i = 0; i + 1 < sorted.length; i += 2)
        ranges.push({ from: sorted[i]!, to: sorted[i + 1]! });
      return {
        mode,
        times: mode === 'open' && ranges.length === 0 ? [{ from: '09:00', to: '12:00' }] : ranges,
      };
    }),
);
const isoDay = fc
  .date({ min: new Date('2027-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const form: fc.Arbitrary<HoursForm> = fc.record({
  days: fc
    .tuple(...WEEKDAYS.map(() => day))
    .map((days) => Object.fromEntries(WEEKDAYS.map((d, i) => [d, days[i]])) as HoursForm['days']),
  holidaysClosed: fc.boolean(),
  santAmbrogioClosed: fc.boolean(),
  closures: fc.array(
    fc.tuple(isoDay, isoDay).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
    { maxLength: 2 },
  ),
});

describe('the desk’s opening-hours form', () => {
  it('writes a value that reads back into the same form, and that the library reads', () => {
    fc.assert(
      fc.property(form, (f) => {
        const value = writeHours(f);
        if (value === null) return;
        expect(readHoursForm(value)).toEqual(f);
        expect(readHours(value)).not.toHaveProperty('error');
      }),
      { numRuns: 200 },
    );
  });

  it('writes values that check:data can work out for the whole coming year', () => {
    // check:data's own check, a year of weeks each: fewer samples, it is slow on a busy machine.
    for (const f of fc.sample(form, { numRuns: 12, seed: 22 })) {
      const value = writeHours(f);
      if (value === null) continue;
      const errors = hoursValueProblems(value, new Date('2026-12-06T10:00:00Z')).filter(
        (p) => p.severity === 'error',
      );
      expect(errors, value).toEqual([]);
    }
  }, 60_000);

  it('writes a programme’s week as OpenStreetMap does, and says it in plain Italian', () => {
    const f = readHoursForm(null)!;
    for (const d of ['Mo', 'Tu', 'We', 'Th', 'Fr'] as const)
      f.days[d] = {
        mode: 'open',
        times: [
          { from: '09:00', to: '12:30' },
          { from: '14:00', to: '18:00' },
        ],
      };
    f.days.Sa = { mode: 'appointment', times: [] };
    f.closures = [{ from: '2027-08-01', to: '2027-08-11' }];
    expect(writeHours(f)).toBe(
      'Mo-Fr 09:00-12:30,14:00-18:00; Sa unknown "su appuntamento"; PH off; Dec 07 off; 2027 Aug 01-2027 Aug 11 off',
    );
    expect(hoursReading(i18next.t, f)).toEqual([
      'da lunedì a venerdì: 9:00–12:30 e 14:00–18:00',
      'sabato: su appuntamento',
      'Chiuso: domenica',
      'Chiuso nei giorni festivi.',
      "Chiuso il 7 dicembre, Sant'Ambrogio.",
      "Chiuso dall'1 agosto 2027 all'11 agosto 2027.",
    ]);
  });

  it('leaves a value it cannot show to be edited as text', () => {
    expect(readHoursForm('Mo-Fr 09:00-18:00; Sa[1] 10:00-12:00')).toBeNull();
    expect(readHoursForm('24/7')).toBeNull();
  });
});

describe('files the desk writes', () => {
  it('are byte for byte as the project’s own files', async () => {
    for (const path of [
      'data/spaces.geojson',
      'data/updates.json',
      'tests/fixtures/spaces-complete.geojson',
    ]) {
      const text = readFileSync(path, 'utf8');
      expect(await jsonFileText(JSON.parse(text))).toBe(text);
    }
  });

  /** The complete fixture with `texts` in every text field of its first space, lists included. */
  function withTexts(texts: string[]): unknown {
    const file = JSON.parse(readFileSync('tests/fixtures/spaces-complete.geojson', 'utf8'));
    const properties = file.features[0].properties;
    const [first = 'x'] = texts;
    const each = <T>(value: T) => Object.fromEntries(LANGUAGES.map((lang) => [lang, value]));
    for (const field of ['address', 'neighbourhood', 'organisation', 'project_name', 'call_title'])
      properties[field] = first;
    properties.access_note = each(first);
    properties.opening_hours_note = each(texts.join(' '));
    properties.services = each(texts);
    properties.photos[0].alt = each(first);
    return file;
  }

  it('pass prettier --check whatever the texts: wide characters (♿, CJK), emoji, Arabic, in every field', async () => {
    const wide = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
      fc.constantFrom(
        '♿',
        '♿ accessibile',
        '中文',
        '👩🏽‍🦯',
        'مرحبا بكم في الحي',
        '한국어',
        'ｆｕｌｌ',
      ),
    );
    const path = 'data/spaces.geojson';
    const options = { ...(await prettier.resolveConfig(path)), filepath: path };
    const saved: string[] = [];
    // A list of wheelchair signs of every length around the line's width: Prettier counts each
    // as two columns, and puts the list on one line only if it fits.
    const atTheEdge = Array.from({ length: 24 }, (_, n) => [Array<string>(10 + n).fill('♿')]);
    await fc.assert(
      fc.asyncProperty(fc.array(wide, { minLength: 1, maxLength: 8 }), async (texts) => {
        const text = await jsonFileText(withTexts(texts));
        saved.push(text);
        expect(await prettier.check(text, options)).toBe(true);
        expect(JSON.parse(text)).toEqual(withTexts(texts));
      }),
      { numRuns: 60, examples: atTheEdge },
    );
    // And the command the web team runs, on the files as saved.
    const folder = mkdtempSync(join(tmpdir(), 'desk-files-'));
    saved.forEach((text, i) => writeFileSync(join(folder, `spaces-${i}.geojson`), text));
    execFileSync('npx', ['prettier', '--check', '--config', '.prettierrc.json', folder], {
      stdio: 'pipe',
    });
  }, 120_000);
});

describe('the desk’s draft of the spaces file', () => {
  it('opens the site’s file, and refuses what it cannot offer to edit', () => {
    expect('document' in openSpacesText(SITE)).toBe(true);
    expect(openSpacesText('{"type": "Feat')).toMatchObject({ refused: { reason: 'notJson' } });
    expect(openSpacesText('{"type":"FeatureCollection","features":[]}')).toEqual({
      refused: { reason: 'noSpaces' },
    });
    const many = {
      type: 'FeatureCollection',
      features: Array.from({ length: 1000 }, (_, i) => ({
        type: 'Feature',
        properties: { id: `s${i}` },
      })),
    };
    expect(openSpacesText(JSON.stringify(many))).toEqual({
      refused: { reason: 'tooMany', count: 1000, max: 999 },
    });
    expect(openSpacesText(' '.repeat(11 * 1024 * 1024))).toMatchObject({
      refused: { reason: 'tooLarge' },
    });
  });

  it('records a new status in the history, and the file still passes the checks', () => {
    const before = withValues(site(), 'omero-15', { status_date: '2025-01-10' });
    const after = withStatus(before, 'omero-15', {
      status: 'open',
      date: '2026-12-01',
      source: 'Prova',
      sourceUrl: null,
    });
    const omero = after.features[0]!.properties;
    expect(omero.status_history).toEqual([
      {
        date: '2025-01-10',
        status: 'seeking-operator',
        source: expect.stringContaining('Comune di Milano'),
        source_url: null,
      },
      { date: '2026-12-01', status: 'open', source: 'Prova', source_url: null },
    ]);
    expect(validateSpacesDocument(after).problems).toEqual([]);
    expect(changesBetween(before, after).map((c) => c.field)).toEqual([
      'status',
      'status_date',
      'status_source',
      'status_history',
    ]);
    const drafted = draftUpdates(before, after, '2026-12-06', {
      opening: (a) => `${a}: apre`,
      status: (a) => a,
      operator: (a) => a,
    });
    expect(drafted).toEqual([
      {
        key: 'omero-15:opening',
        entry: expect.objectContaining({
          id: '2026-12-01-omero-15-apertura',
          kind: 'opening',
          spaces: ['omero-15'],
          title: { it: 'viale Omero 15: apre' },
        }),
      },
    ]);
  });

  it('and the spreadsheets’ columns per language are the fields the desk asks in six languages', () => {
    const perLanguage = FIELD_NAMES.filter((n) =>
      ['texts', 'lists'].includes(FIELD_DICTIONARY[n].input),
    );
    expect([...PER_LANGUAGE_FIELDS].sort()).toEqual(perLanguage.sort());
    expect(LIST_FIELDS).toEqual(FIELD_NAMES.filter((n) => FIELD_DICTIONARY[n].input === 'lists'));
  });

  it('asks for every field of the table in one section of the form', () => {
    expect(FORM_SECTIONS.flatMap(([, fields]) => fields).sort()).toEqual([...FIELD_NAMES].sort());
  });
});

describe('a photo added on the desk', () => {
  it('is known by its bytes, not its name', () => {
    expect(
      photoType(new Uint8Array(readFileSync('tests/fixtures/photos/prova-ingresso.png'))),
    ).toBe('png');
    expect(photoType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(photoType(new TextEncoder().encode('RIFF1234WEBPVP8 '))).toBe('webp');
    expect(photoType(new TextEncoder().encode('<script>alert(1)</script>'))).toBeNull();
  });

  it('is made 1200 px wide when wider, keeping its proportions, and named after the space', () => {
    expect(photoSize(4000, 3000)).toEqual({ width: 1200, height: 900 });
    expect(photoSize(1000, 800)).toEqual({ width: 1000, height: 800 });
    expect(photoFileName('omero-15', ['omero-15-foto-1.jpg'], 'jpg')).toBe('omero-15-foto-2.jpg');
  });
});
