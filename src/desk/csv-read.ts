/**
 * A CSV of the spaces (the site's download, with commas or semicolons, or one saved from a
 * spreadsheet) read back like the workbook (table-read.ts).
 */
import { cellText, csvRows } from '../spaces/csv.ts';
import { MAX_SPACES } from '../spaces/space-fields.ts';
import type { SpacesDocument } from './spaces-draft.ts';
import { readTable, type ReadCell, type TableReading } from './table-read.ts';
import { MAX_SHEET_BYTES, type SheetRefusal } from './workbook.ts';

/** Reads a CSV against the document; the separator is the header's (`;` or `,`). */
export function readCsv(
  text: string,
  document: SpacesDocument,
  today: string,
): TableReading | { refused: SheetRefusal } {
  if (text.length > MAX_SHEET_BYTES) return { refused: { reason: 'tooLarge' } };
  // Without the byte-order mark a spreadsheet may write first.
  const withoutMark = text.replace(/^\uFEFF/, '');
  const firstLine = withoutMark.slice(0, withoutMark.search(/\r?\n|$/));
  const separator = firstLine.includes(';') ? ';' : ',';
  const [header = [], ...rows] = csvRows(withoutMark, separator);
  if (!header.includes('id')) return { refused: { reason: 'noIdColumn' } };
  if (rows.length > MAX_SPACES) return { refused: { reason: 'tooManyRows', max: MAX_SPACES } };
  const coordinates = new Set(['latitude', 'longitude'].map((key) => header.indexOf(key)));
  const cells = rows.map((row) =>
    row.map((written, c): ReadCell => {
      // What a spreadsheet would run rather than show ("+39 02…" is a number, not a formula);
      // a text the site wrote after a `'`, so that no spreadsheet runs it, is that text.
      if (/^[=@]|^[+-][A-Za-z(]/.test(written)) return { formula: written };
      const value = cellText(written);
      if (value === '') return null;
      // Coordinates have a decimal comma where semicolons separate.
      if (coordinates.has(c) && /^-?\d+([.,]\d+)?$/.test(value))
        return Number(value.replace(',', '.'));
      return value;
    }),
  );
  return readTable(document, header, cells, 2, today);
}
