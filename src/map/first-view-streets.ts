/**
 * The streets around a space on its still map (the first map view of its page, before MapLibre):
 * a picture the build draws for each space (scripts/prerender/street-picture.ts) from the bundled
 * map's streets, with the names of the space's street and of the streets that meet it. It covers
 * `streetsBox` of the space, in the same projection as the city picture beneath it.
 */
import type { LatLon } from '../spaces/types.ts';
import { worldBoxOf, type WorldBox } from './first-view-geometry.ts';

/** The picture reaches this far from the space each way: a phone's or a desk's map at its zoom. */
export const STREETS_HALF_METRES = 1000;

const METRES_PER_DEGREE_LAT = 111_320;

/** The square of `STREETS_HALF_METRES` around a point, in degrees: [west, south, east, north]. */
export function streetsBounds(point: LatLon): [number, number, number, number] {
  const dLat = STREETS_HALF_METRES / METRES_PER_DEGREE_LAT;
  const dLon = dLat / Math.cos((point.lat * Math.PI) / 180);
  return [point.lon - dLon, point.lat - dLat, point.lon + dLon, point.lat + dLat];
}

/** The world box the picture covers. */
export function streetsBox(point: LatLon): WorldBox {
  const [west, south, east, north] = streetsBounds(point);
  return worldBoxOf([
    { lat: north, lon: west },
    { lat: south, lon: east },
  ]);
}

/** Where the build puts a space's picture, below the site's base. */
export function streetsPath(spaceId: string): string {
  return `streets/${spaceId}.svg`;
}
