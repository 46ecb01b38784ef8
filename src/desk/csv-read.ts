/**
 * A CSV of the spaces (the site's download, with commas or semicolons, or one saved from a
 * spreadsheet) read back like the workbook (table-read.ts).
 */
import type { SpacesDocument } from './spaces-draft';
import { readTable, type ReadCell, type TableReading } from './table-read';
import { MAX_SHEET_BYTES, type SheetRefusal } from './workbook';

/** RFC 4180 rows: quoted fields may hold the separator, quotes (doubled) and line breaks. */
export function csvRows(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Reads a CSV against the document; the separator is the header's (`;` or `,`). */
export function readCsv(
  text: string,
  document: SpacesDocument,
  today: string,
): TableReading | { refused: SheetRefusal } {
  if (text.length > MAX_SHEET_BYTES) return { refused: { reason: 'tooLarge' } };
  const plain = text.replace(/^\uFEFF/, '');
  const firstLine = plain.slice(0, plain.search(/\r?\n|$/));
  const separator = firstLine.includes(';') ? ';' : ',';
  const [header = [], ...rows] = csvRows(plain, separator);
  if (!header.includes('id')) return { refused: { reason: 'noIdColumn' } };
  if (rows.length > 101) return { refused: { reason: 'tooManyRows', rows: rows.length + 1 } };
  const coordinates = new Set(['latitude', 'longitude'].map((key) => header.indexOf(key)));
  const cells = rows.map((row) =>
    row.map((value, c): ReadCell => {
      // What a spreadsheet would run rather than show ("+39 02…" is a number, not a formula).
      if (/^[=@]|^[+-][A-Za-z(]/.test(value)) return { formula: value };
      if (value === '') return null;
      // Coordinates have a decimal comma where semicolons separate.
      if (coordinates.has(c) && /^-?\d+([.,]\d+)?$/.test(value))
        return Number(value.replace(',', '.'));
      return value;
    }),
  );
  return readTable(document, header, cells, 2, today);
}
