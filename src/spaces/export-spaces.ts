/**
 * The spaces as files people can take into their own tools: GeoJSON in the same schema as
 * data/spaces.geojson (so it passes the same validation), and CSV (UTF-8, header row).
 */
import { FIELD_NAMES } from './space-fields';
import { toProperties } from './space-record';
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
 * RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. A value
 * with parts (texts per language, lists) is written as its JSON, as in the GeoJSON.
 */
function csvField(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_HEADER = [...FIELD_NAMES, 'latitude', 'longitude'];

/** One row per space with its coordinates; a byte-order mark so that spreadsheets read UTF-8. */
export function spacesToCsv(spaces: readonly Space[]): string {
  const rows = spaces.map((space) => {
    const properties = toProperties(space);
    return [...FIELD_NAMES.map((name) => properties[name]), space.lat, space.lon];
  });
  const lines = [CSV_HEADER.join(','), ...rows.map((row) => row.map(csvField).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
