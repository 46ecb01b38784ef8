/**
 * The desk's workbook: downloaded, changed in the workbook library as a person would in a
 * spreadsheet, read back: exactly those changes are listed; bad cells are named by row and column.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCsv } from '../../src/desk/csv-read.ts';
import type { SpacesDocument } from '../../src/desk/spaces-draft.ts';
import { columnLetter } from '../../src/desk/table-read.ts';
import { checkZip } from '../../src/desk/zip-check.ts';
import {
  MAX_SHEET_BYTES,
  readWorkbook,
  SHEET_NAME,
  spacesWorkbook,
} from '../../src/desk/workbook.ts';
import { csvRows } from '../../src/spaces/csv.ts';
import { MAX_SPACES } from '../../src/spaces/space-fields.ts';
import { spacesToCsv } from '../../src/spaces/export-spaces-csv.ts';
import { TABLE_COLUMNS } from '../../src/spaces/space-table.ts';
import { validateSpacesDocument, validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { zipOf } from '../zip-of.ts';

const SITE = readFileSync('data/spaces.geojson', 'utf8');
const site = () => JSON.parse(SITE) as SpacesDocument;
const TODAY = '2026-12-06';
const col = (key: string) => TABLE_COLUMNS.findIndex((c) => c.key === key) + 1;

async function edited(change: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await spacesWorkbook(site()));
  change(workbook.getWorksheet(SHEET_NAME)!);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the desk’s workbook', () => {
  it('has a row per space, a column per field and language, the meanings, drop-downs and locks', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await spacesWorkbook(site()));
    const sheet = workbook.getWorksheet(SHEET_NAME)!;
    expect(sheet.rowCount).toBe(2 + 9);
    expect(sheet.getRow(1).getCell(col('access_note_zh')).value).toBe('access_note_zh');
    expect(String(sheet.getRow(2).getCell(col('opening_hours')).value)).toMatch(
      /^Orari di apertura: /,
    );
    expect(sheet.getRow(3).getCell(col('id')).value).toBe('omero-15');
    expect(sheet.getRow(3).getCell(col('id')).protection?.locked).not.toBe(false);
    expect(sheet.getRow(3).getCell(col('organisation')).protection?.locked).toBe(false);
    expect(sheet.getRow(3).getCell(col('status')).dataValidation).toMatchObject({
      type: 'list',
      formulae: [expect.stringContaining('seeking-operator,call-open')],
    });
    expect(sheet.getRow(3).getCell(col('latitude')).value).toBe(45.434732);
  });

  it('reads back exactly the cells changed, a new status into the history', async () => {
    const bytes = await edited((sheet) => {
      const omero = sheet.getRow(3);
      omero.getCell(col('organisation')).value = 'Associazione di prova';
      omero.getCell(col('access_note_it')).value = 'Ingresso dal cortile';
      omero.getCell(col('access_note_en')).value = 'Entrance from the courtyard';
      omero.getCell(col('services_it')).value = 'Sportello\nLaboratorio';
      omero.getCell(col('access_toilet')).value = true;
      omero.getCell(col('status')).value = 'co-design';
      omero.getCell(col('status_date')).value = new Date(Date.UTC(2026, 10, 30));
    });
    const reading = await readWorkbook(bytes, site(), TODAY);
    if ('refused' in reading) throw new Error(reading.refused.reason);
    expect(reading.problems).toEqual([]);
    expect(reading.changes.map((c) => [c.id, c.field, c.after])).toEqual([
      ['omero-15', 'status', 'co-design'],
      ['omero-15', 'status_date', '2026-11-30'],
      [
        'omero-15',
        'status_history',
        [{ date: '2026-11-30', status: 'co-design', source: expect.any(String), source_url: null }],
      ],
      ['omero-15', 'organisation', 'Associazione di prova'],
      ['omero-15', 'access_toilet', true],
      [
        'omero-15',
        'access_note',
        { it: 'Ingresso dal cortile', en: 'Entrance from the courtyard' },
      ],
      ['omero-15', 'services', { it: ['Sportello', 'Laboratorio'] }],
    ]);
    expect(validateSpacesDocument(reading.next).problems).toEqual([]);
  });

  it('names each bad cell by row and column, refuses a row it cannot match, and applies none of them', async () => {
    const bytes = await edited((sheet) => {
      sheet.getRow(4).getCell(col('contact_email')).value = 'non-una-mail';
      sheet.getRow(5).getCell(col('website')).value = {
        formula: 'HYPERLINK("https://example.org")',
      } as never;
      sheet.getRow(6).getCell(col('address')).value = 'via Inventata 1';
      sheet.getRow(7).getCell(col('project_name')).value = 'Progetto <script>alert(1)</script>';
      sheet.getRow(8).getCell(col('access_note_it')).value = 'Ingresso dal cortile';
      sheet.getRow(8).getCell(col('access_note_ar')).value = 'مدخل \u202Eمن الفناء';
      sheet.getRow(11).getCell(col('id')).value = 'nessuno-99';
    });
    const reading = await readWorkbook(bytes, site(), TODAY);
    if ('refused' in reading) throw new Error(reading.refused.reason);
    expect(reading.problems.map((p) => [p.row, p.column, p.problem])).toEqual([
      [4, 'contact_email', 'rule'],
      [5, 'website', 'formula'],
      [6, 'address', 'fixed'],
      [7, 'project_name', 'rule'],
      [8, 'access_note_ar', 'rule'],
      [11, null, 'unknownId'],
    ]);
    expect(reading.changes).toEqual([]);
    // Each named by the column's letter in the file.
    expect(reading.problems.map((p) => (p.at === null ? null : columnLetter(p.at)))).toEqual([
      ...['contact_email', 'website', 'address', 'project_name', 'access_note_ar'].map((key) =>
        columnLetter(col(key) - 1),
      ),
      null,
    ]);
    expect(columnLetter(col('contact_email') - 1)).toBe('S');
  });

  it('names a bad cell by its column in the file as the person sees it: reordered, or an older table', () => {
    const spaces = validateSpacesText(SITE).spaces;
    const [header, ...rows] = csvRows(spacesToCsv(spaces, ';'), ';');
    // The e-mail moved to the second column, and the Chinese note gone (an older table).
    const keep = header!.map((_, i) => i).filter((i) => header![i] !== 'access_note_zh');
    const email = header!.indexOf('contact_email');
    const order = [0, email, ...keep.filter((i) => i !== 0 && i !== email)];
    const table = [header!, ...rows].map((row) => order.map((i) => row[i] ?? ''));
    table[1]![1] = 'non-una-mail';
    const reading = readCsv(table.map((row) => row.join(';')).join('\r\n'), site(), TODAY);
    if ('refused' in reading) throw new Error(reading.refused.reason);
    expect(reading.problems).toEqual([
      { row: 2, column: 'contact_email', at: 1, problem: 'rule', detail: expect.any(String) },
    ]);
    expect(columnLetter(1)).toBe('B');
  });

  it.each([
    ['a broken file', new TextEncoder().encode('PK\u0003\u0004 non è uno zip'), 'notWorkbook'],
    [
      'a password-protected workbook',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'encrypted',
    ],
    ['a text file', new TextEncoder().encode('id,address'), 'notWorkbook'],
    ['a huge file', new Uint8Array(6 * 1024 * 1024), 'tooLarge'],
  ])('refuses %s, saying why', async (_what, bytes, reason) => {
    expect(await readWorkbook(bytes, site(), TODAY)).toEqual({
      refused: expect.objectContaining({ reason }),
    });
  });

  it('refuses a small workbook that would inflate to 64 MB, before parsing it, even when its directory says 1 KB', async () => {
    const bomb = zipOf([
      ['[Content_Types].xml', Buffer.from('<Types/>')],
      ['xl/worksheets/sheet1.xml', Buffer.alloc(64 * 1024 * 1024, ' '), 1024],
    ]);
    expect(bomb.length).toBeLessThan(MAX_SHEET_BYTES);
    const parsed = vi.spyOn(ExcelJS.Workbook.prototype, 'xlsx', 'get');
    expect(await readWorkbook(bomb, site(), TODAY)).toEqual({
      refused: { reason: 'inflatesTooMuch' },
    });
    expect(parsed).not.toHaveBeenCalled();
    // (The desk's own workbook is parsed.)
    await readWorkbook(new Uint8Array(await spacesWorkbook(site())), site(), TODAY);
    expect(parsed).toHaveBeenCalled();
  });

  it('refuses a sheet of far more rows than the data rules allow spaces, before parsing it', async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"/></row>`,
    );
    const sheet = zipOf([
      [
        'xl/worksheets/sheet1.xml',
        Buffer.from(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`),
      ],
    ]);
    const parsed = vi.spyOn(ExcelJS.Workbook.prototype, 'xlsx', 'get');
    expect(await readWorkbook(sheet, site(), TODAY)).toEqual({
      refused: { reason: 'tooManyRows', max: MAX_SPACES },
    });
    expect(parsed).not.toHaveBeenCalled();
  });

  it('takes as many spaces as the data rules allow (999), and refuses one more, in a CSV', () => {
    const [header, first] = csvRows(spacesToCsv(validateSpacesText(SITE).spaces), ',');
    const many = (count: number) =>
      [header, ...Array.from({ length: count }, () => first)].map((r) => r!.join(',')).join('\r\n');
    const allowed = readCsv(many(MAX_SPACES), site(), TODAY);
    expect('refused' in allowed).toBe(false);
    expect(readCsv(many(MAX_SPACES + 1), site(), TODAY)).toEqual({
      refused: { reason: 'tooManyRows', max: MAX_SPACES },
    });
  });

  it('reads the site’s CSV, with commas or semicolons, as no change at all', () => {
    const spaces = validateSpacesText(SITE).spaces;
    for (const separator of [',', ';'] as const) {
      const reading = readCsv(spacesToCsv(spaces, separator), site(), TODAY);
      if ('refused' in reading) throw new Error(reading.refused.reason);
      expect(reading.problems).toEqual([]);
      expect(reading.changes).toEqual([]);
    }
  });

  it('reads a CSV cell changed, and names a formula in one', () => {
    const spaces = validateSpacesText(SITE).spaces;
    const lines = spacesToCsv(spaces, ';').split('\r\n');
    lines[1] = lines[1]!.replace('quartiericonnessi@comune.milano.it', '=1+1');
    lines[2] = lines[2]!.replace(';seeking-operator;', ';call-open;');
    const reading = readCsv(lines.join('\r\n'), site(), TODAY);
    if ('refused' in reading) throw new Error(reading.refused.reason);
    expect(reading.problems).toEqual([
      {
        row: 2,
        column: 'contact_email',
        at: col('contact_email') - 1,
        problem: 'formula',
        detail: '=1+1',
      },
    ]);
    expect(reading.changes.map((c) => [c.id, c.field])).toEqual([
      ['zoia-105', 'status'],
      ['zoia-105', 'status_date'],
      ['zoia-105', 'status_history'],
    ]);
  });

  it('keeps the texts of a language the table has no column for', () => {
    const withChinese = site();
    withChinese.features[0]!.properties.access_note = { it: 'Dal cortile', zh: '从院子进入' };
    const lines = spacesToCsv(validateSpacesDocument(withChinese).spaces, ';').split('\r\n');
    // An older table, without the Chinese column: the Italian text changed.
    const header = lines[0]!.replace(/^\uFEFF/, '').split(';');
    const drop = header.indexOf('access_note_zh');
    const table = lines.filter(Boolean).map((line) =>
      line
        .replace(/^\uFEFF/, '')
        .split(';')
        .filter((_, i) => i !== drop),
    );
    table[1]![header.indexOf('access_note_it')] = 'Dal cortile, seconda porta';
    const reading = readCsv(table.map((r) => r.join(';')).join('\r\n'), withChinese, TODAY);
    if ('refused' in reading) throw new Error(reading.refused.reason);
    expect(reading.changes.map((c) => c.after)).toEqual([
      { it: 'Dal cortile, seconda porta', zh: '从院子进入' },
    ]);
  });
});

describe('a workbook looked into before it is parsed', () => {
  it('says what it finds, or that it is broken, whatever its bytes are cut or changed to: it never throws', async () => {
    const whole = zipOf([
      ['xl/worksheets/sheet1.xml', Buffer.from('<worksheet><row/></worksheet>')],
    ]);
    expect(await checkZip(whole, { bytes: 1024, rows: 10 })).toEqual({
      ok: true,
      bytes: 29,
      rows: 1,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: whole.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        fc.boolean(),
        async (at, byte, cut) => {
          const changed = cut ? whole.slice(0, at) : whole.slice();
          if (!cut) changed[at] = byte;
          const found = await checkZip(changed, { bytes: 1024, rows: 10 });
          expect(found.ok ? 'ok' : found.reason).toMatch(/^(ok|broken|tooBig|tooManyRows)$/);
        },
      ),
    );
  });
});
