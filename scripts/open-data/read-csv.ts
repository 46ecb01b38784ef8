/** Reads the Comune's CSV files: `;`-separated, quoted strings, CRLF, decimal commas (papaparse). */
import { readFileSync } from 'node:fs';
import { csvRows } from '../../src/spaces/csv.ts';

export class CsvError extends Error {}

/** The file's text: UTF-8 if it is valid UTF-8, else Latin-1 (older exports). */
export function readText(path: string): string {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

export interface CsvTable {
  header: string[];
  /** Each row keyed by column name, with its 1-based line number. */
  rows: { line: number; values: Record<string, string> }[];
  /** Rows of the wrong width. */
  malformed: { line: number; reason: string }[];
}

/** Parses a whole file, requiring the named columns; fails clearly when they are not there. */
export function readCsv(path: string, required: string[]): CsvTable {
  const [head = [], ...records] = csvRows(readText(path), ';');
  const header = head.map((h) => h.trim());
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    const found = header.slice(0, 8).join(', ') + (header.length > 8 ? ', ...' : '');
    throw new CsvError(
      `${path}: not the expected file: missing column(s) ${missing.join(', ')} (found: ${found})`,
    );
  }
  const table: CsvTable = { header, rows: [], malformed: [] };
  records.forEach((fields, index) => {
    // The record's number, the header's being 1 (a line, unless a quoted field spans lines).
    const line = index + 2;
    if (fields.every((field) => field.trim() === '')) return;
    if (fields.length !== header.length) {
      table.malformed.push({ line, reason: `${fields.length} fields instead of ${header.length}` });
      return;
    }
    table.rows.push({ line, values: Object.fromEntries(header.map((h, i) => [h, fields[i]!])) });
  });
  return table;
}

/** "45,4648" -> 45.4648; NaN when it is not a number. */
export function decimal(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return NaN;
  return Number(text.trim().replace(',', '.'));
}
