/**
 * CSV both ways, as every file of the app writes and reads it (papaparse): RFC 4180 quoting, a
 * header row, CRLF lines, a byte-order mark so that spreadsheets read UTF-8.
 *
 * A spreadsheet runs a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return as a
 * formula (OWASP, "CSV injection"): `+39 02 1234 5678` would show as an error, and
 * `+cmd|' /C calc'!A0` would ask to run a program. Such a text is written after a `'`, which
 * spreadsheets take as "this is text"; a number (`-9,5`) is written as it is. A text that already
 * begins with `'` before one of them gets one more, so that reading takes exactly one away.
 */
import Papa from 'papaparse';
import type { Cell } from './space-table.ts';

/**
 * A text a spreadsheet would run, or one that reading back would take a `'` from: any text that
 * begins so, a lone `-` or a text that looks like a number (`-9`) too. A number is told apart by
 * its type, not by its look. (Papaparse's own pattern, `/^[=+\-@\t\r].*$/`, misses a text with a
 * line break.)
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A text cell as it was before it was written (the `'` the writer added taken away). */
export function cellText(written: string): string {
  return written.startsWith("'") && FORMULA_START.test(written.slice(1))
    ? written.slice(1)
    : written;
}

/** A CSV file of `rows` under `header`; where `;` separates, numbers have the decimal comma. */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  separator: ',' | ';',
): string {
  const cells = rows.map((row) =>
    row.map((value) => {
      if (typeof value === 'number')
        return separator === ';' ? String(value).replace('.', ',') : value;
      return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
    }),
  );
  const text = Papa.unparse([[...header], ...cells], { delimiter: separator, newline: '\r\n' });
  return `\uFEFF${text}\r\n`;
}

/**
 * The rows of a CSV file's text (its byte-order mark left out), each a list of its cells as
 * written. An empty line is a row of one empty cell, so that rows keep the numbers a spreadsheet
 * gives them; the line end after the last row makes none.
 */
export function csvRows(text: string, separator: ',' | ';'): string[][] {
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: separator });
  const last = data.at(-1);
  return last?.length === 1 && last[0] === '' ? data.slice(0, -1) : data;
}
