/**
 * The spaces as an Excel workbook (.xlsx) for the office, and an edited one (or a CSV in the same
 * columns) read back. The workbook: one row per space, one column per field and language, a second
 * header row with each column's meaning, drop-down lists for the fields with fixed values, and the
 * columns a spreadsheet must not change (id, address, place, coordinates) locked.
 *
 * exceljs writes and reads the workbook: maintained, MIT, on the npm registry, and it writes data
 * validation and sheet protection, which a CSV cannot hold. It is loaded when a workbook is asked
 * for, so the desk opens without it.
 */
import { LANGUAGE_NAMES } from '../i18n/languages.ts';
import { FIELD_DICTIONARY } from '../spaces/field-dictionary.ts';
import { SPACE_STATUSES } from '../spaces/types.ts';
import { MAX_SPACES } from '../spaces/space-fields.ts';
import { TABLE_COLUMNS, tableRow, type Cell, type TableColumn } from '../spaces/space-table.ts';
import { cellText } from '../spaces/csv.ts';
import type { SpacesDocument } from './spaces-draft.ts';
import { isEditable, readTable, type ReadCell, type TableReading } from './table-read.ts';
import { checkZip } from './zip-check.ts';

export const SHEET_NAME = 'Spazi';

/** A spreadsheet an office edits is far smaller; a larger file is not the one the desk wrote. */
export const MAX_SHEET_BYTES = 5 * 1024 * 1024;

/**
 * What a workbook may inflate to: eight times the desk's own workbook of 999 spaces with every
 * field filled in (2 MB). A file that would inflate further is refused before it is parsed.
 */
export const MAX_INFLATED_BYTES = 16 * 1024 * 1024;

/** The rows a table of the spaces can have: one per space, under its one or two header rows. */
export const MAX_TABLE_ROWS = MAX_SPACES + 2;

/** The values a column may take, for its drop-down list. */
function choices(column: TableColumn): string[] | null {
  if (column.field === 'status') return [...SPACE_STATUSES];
  if (column.field === 'latitude' || column.field === 'longitude') return null;
  return FIELD_DICTIONARY[column.field].input === 'choice'
    ? (FIELD_DICTIONARY[column.field].choices ?? []).map(([value]) => String(value))
    : null;
}

/** The second header row: the column's label and help, and its values' meanings. */
export function columnMeaning(column: TableColumn): string {
  if (column.field === 'latitude') return 'Latitudine (WGS84). Non si cambia dal foglio.';
  if (column.field === 'longitude') return 'Longitudine (WGS84). Non si cambia dal foglio.';
  const words = FIELD_DICTIONARY[column.field];
  const lang = column.lang ? ` (${LANGUAGE_NAMES[column.lang]})` : '';
  const values = words.choices
    ? ` Valori: ${words.choices.map(([v, label]) => `${String(v)} = ${label}`).join('; ')}.`
    : column.field === 'status'
      ? ` Valori: ${SPACE_STATUSES.join(', ')}.`
      : '';
  const locked = isEditable(column) ? '' : ' Non si cambia dal foglio.';
  return `${words.label}${lang}: ${words.help}${values}${locked}`;
}

const loadExcel = () => import('exceljs').then((module) => module.default);

/** The workbook's bytes. */
export async function spacesWorkbook(document: SpacesDocument): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Quartieri Connessi, scrivania dei dati';
  const sheet = workbook.addWorksheet(SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }],
  });
  sheet.columns = TABLE_COLUMNS.map((column) => ({
    header: column.key,
    key: column.key,
    width: isEditable(column) ? 28 : 16,
  }));
  sheet.addRow(TABLE_COLUMNS.map(columnMeaning));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(2).alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(2).font = { italic: true };
  for (const feature of document.features) {
    const coordinates = (feature.geometry as { coordinates: [number, number] }).coordinates;
    const row = sheet.addRow(tableRow(feature.properties, coordinates));
    TABLE_COLUMNS.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      // Text stays text: a date, a telephone number or "1-999" is not turned into a number.
      if (typeof cell.value === 'string' || cell.value === null) cell.numFmt = '@';
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (!isEditable(column)) return;
      cell.protection = { locked: false };
      const list = choices(column);
      if (list)
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${list.join(',')}"`],
          showErrorMessage: true,
          errorTitle: 'Valore non previsto',
          error: `Scegli uno di: ${list.join(', ')}`,
        };
    });
  }
  // No password: the lock keeps a slip from changing an id; reading back checks every cell anyway.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** Why a spreadsheet file cannot be read (keys of `desk:sheet.refused.*`). */
export type SheetRefusal =
  | { reason: 'tooLarge' }
  | { reason: 'encrypted' }
  | { reason: 'notWorkbook' }
  | { reason: 'noSheet' }
  | { reason: 'noIdColumn' }
  | { reason: 'inflatesTooMuch' }
  | { reason: 'tooManyRows'; max: number }
  | { reason: 'unreadable' };

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((byte, i) => bytes[i] === byte);

/** Reads an edited workbook against the document. */
export async function readWorkbook(
  bytes: Uint8Array,
  document: SpacesDocument,
  today: string,
): Promise<TableReading | { refused: SheetRefusal }> {
  if (bytes.length > MAX_SHEET_BYTES) return { refused: { reason: 'tooLarge' } };
  // A workbook with a password to open is an encrypted OLE file, not a zip.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { refused: { reason: 'encrypted' } };
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { refused: { reason: 'notWorkbook' } };
  // Before exceljs inflates and models the whole workbook: what it would inflate to, and its rows
  // (counted with room to spare: a spreadsheet writes rows that only hold a format).
  const zip = await checkZip(bytes, { bytes: MAX_INFLATED_BYTES, rows: 10 * MAX_TABLE_ROWS });
  if (!zip.ok)
    return {
      refused:
        zip.reason === 'broken'
          ? { reason: 'notWorkbook' }
          : zip.reason === 'tooBig'
            ? { reason: 'inflatesTooMuch' }
            : { reason: 'tooManyRows', max: MAX_SPACES },
    };
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
    );
  } catch {
    return { refused: { reason: 'notWorkbook' } };
  }
  const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) return { refused: { reason: 'noSheet' } };
  if (sheet.rowCount > MAX_TABLE_ROWS)
    return { refused: { reason: 'tooManyRows', max: MAX_SPACES } };
  const width = sheet.columnCount;
  const cellsOf = (r: number): ReadCell[] =>
    Array.from({ length: width }, (_, c) => readCell(sheet.getRow(r).getCell(c + 1).value));
  const header = cellsOf(1).map((cell) => (typeof cell === 'string' ? cell.trim() : ''));
  if (!header.includes('id')) return { refused: { reason: 'noIdColumn' } };
  // The second row says what each column means when it is the desk's own.
  const meaningRow = cellsOf(2)[header.indexOf('id')] === columnMeaning(TABLE_COLUMNS[0]!);
  const first = meaningRow ? 3 : 2;
  const rows = Array.from({ length: Math.max(0, sheet.rowCount - first + 1) }, (_, i) =>
    cellsOf(first + i),
  );
  return readTable(document, header, rows, first, today);
}

/** An exceljs cell value as a plain cell; rich text is its text, a formula says so. */
function readCell(value: unknown): ReadCell {
  if (value === null || value === undefined) return null;
  // A text the site's CSV wrote after a `'` (csv.ts), opened and saved by a spreadsheet.
  if (typeof value === 'string') return cellText(value);
  if (value instanceof Date || typeof value !== 'object') return value as Cell | Date;
  const v = value as Record<string, unknown>;
  if ('formula' in v || 'sharedFormula' in v)
    return { formula: String(v.formula ?? v.sharedFormula) };
  if (Array.isArray(v.richText))
    return (v.richText as { text: string }[]).map((part) => part.text).join('');
  if ('text' in v) return String(v.text);
  if ('error' in v) return String(v.error);
  return JSON.stringify(v);
}
