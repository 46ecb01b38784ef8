/**
 * The spaces as files people can take into their own tools: GeoJSON in the same schema as
 * data/spaces.geojson (so it passes the same validation), and CSV (UTF-8, header row, with commas
 * or semicolons).
 */
import { toProperties } from './space-record';
import { TABLE_COLUMNS, tableRow, type Cell } from './space-table';
import type { Space } from './types';

export function spacesToGeoJSON(spaces: readonly Space[]): string {
  const collection = {
    type: 'FeatureCollection',
    features: spaces.map((space) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [space.lon, space.lat] },
      properties: toProperties(space),
    })),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/**
 * RFC 4180 quoting: fields with the separator, a quote or a line break are quoted, quotes doubled.
 */
function csvField(value: Cell, separator: string): string {
  // Where `;` separates, `,` is the decimal mark: 45,434732.
  const text =
    value === null
      ? ''
      : typeof value === 'number' && separator === ';'
        ? String(value).replace('.', ',')
        : String(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

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

/** A CSV file as the app writes them all: a header row, CRLF lines, a byte-order mark. */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  separator: ',' | ';',
): string {
  const lines = [
    header.join(separator),
    ...rows.map((row) => row.map((cell) => csvField(cell, separator)).join(separator)),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
