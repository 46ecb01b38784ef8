/**
 * What scripts/open-data/basemap.ts writes into generated/basemap/ and the bundled style reads:
 * city.json (the neighbourhoods), first-view.svg (its picture) and tiles/{z}/{x}/{y}.pbf (layers `streets` and `numbers`).
 */

export const BASEMAP_PATH = 'generated/basemap/';

/** The picture of the city the first map view shows (scripts/open-data/first-view.ts). */
export const FIRST_VIEW_FILE = 'first-view.svg';

/** The zooms the street tiles are cut at; closer views enlarge the last ones. */
export const BASEMAP_TILE_ZOOMS = { min: 13, max: 14 } as const;

export type CityFeatureProperties =
  | { kind: 'neighbourhood' | 'neighbourhood-name'; id: number; name: string }
  | { kind: 'city-edge' };
