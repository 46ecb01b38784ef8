/**
 * The spaces as CSV for spreadsheets (csv.ts: UTF-8, a header row, commas or semicolons, no cell
 * a spreadsheet would run), in the columns of the office's table (space-table.ts).
 */
import { csvText } from './csv.ts';
import { toProperties } from './space-record.ts';
import { TABLE_COLUMNS, tableRow } from './space-table.ts';
import type { Space } from './types.ts';

/**
 * One row per space in the table's columns (space-table.ts: a column per language where a field
 * has a text per language), a byte-order mark so that spreadsheets read UTF-8. `;` separates the
 * columns for a spreadsheet set to Italian (or French, Spanish…), which reads `,` as the decimal
 * comma and would open a comma-separated file as one column; its numbers have the decimal comma.
 */
export function spacesToCsv(spaces: readonly Space[], separator: ',' | ';' = ','): string {
  const rows = spaces.map((space) => tableRow(toProperties(space), [space.lon, space.lat]));
  return csvText(
    TABLE_COLUMNS.map((c) => c.key),
    rows,
    separator,
  );
}
