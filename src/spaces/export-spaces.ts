/**
 * The spaces as files people can take into their own tools: GeoJSON in the same schema as
 * data/spaces.geojson (so it passes the same validation), and CSV (UTF-8, header row).
 */
import type { Space } from './types';

/** The properties of one space, as data/spaces.geojson names them. */
function properties(space: Space) {
  return {
    id: space.id,
    number: space.number,
    area: space.area,
    address: space.address,
    municipio: space.municipio,
    nil_id: space.nil.id,
    nil_name: space.nil.name,
    neighbourhood: space.neighbourhood,
    status: space.status,
    status_date: space.statusDate,
    status_source: space.statusSource,
    status_source_url: space.statusSourceUrl,
    call_title: space.call.title,
    call_date: space.call.date,
    call_url: space.call.url,
    call_url_kind: space.call.urlKind,
    contact_email: space.contacts.email,
    website: space.contacts.website,
    organisation: space.organisation,
    project_name: space.projectName,
    opening_hours: space.openingHours,
  };
}

export function spacesToGeoJSON(spaces: readonly Space[]): string {
  const collection = {
    type: 'FeatureCollection',
    features: spaces.map((space) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [space.lon, space.lat] },
      properties: properties(space),
    })),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per space with its coordinates; a byte-order mark so that spreadsheets read UTF-8. */
export function spacesToCsv(spaces: readonly Space[]): string {
  const rows = spaces.map((space) => ({
    ...properties(space),
    latitude: space.lat,
    longitude: space.lon,
  }));
  const header = rows[0] ? Object.keys(rows[0]) : ['id'];
  const lines = [
    header.join(','),
    ...rows.map((row) => header.map((h) => csvField(row[h as keyof typeof row])).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
