/**
 * The spaces as a file people can take into their own tools: GeoJSON in the same schema as
 * data/spaces.geojson, so it passes the same validation. (The CSV: export-spaces-csv.ts.)
 */
import { toProperties } from './space-record.ts';
import type { Space } from './types.ts';

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
