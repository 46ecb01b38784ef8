/**
 * Where things sit in the first map view (first-map-view.tsx), drawn before MapLibre arrives: the
 * same Web Mercator projection MapLibre uses, so that the map replaces the picture without a jump.
 * The picture of the city (generated/basemap/first-view.svg) covers exactly `MILAN_BOUNDS`.
 */
import type { LatLon } from '../spaces/types.ts';
import { MILAN_BOUNDS } from '../spaces/milan.ts';

/** A point in Web Mercator, the world being the unit square (x east, y south). */
export interface WorldPoint {
  x: number;
  y: number;
}

export function toWorld({ lat, lon }: LatLon): WorldPoint {
  const r = (lat * Math.PI) / 180;
  return {
    x: (lon + 180) / 360,
    y: (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2,
  };
}

export function fromWorld({ x, y }: WorldPoint): LatLon {
  return {
    lon: x * 360 - 180,
    lat: (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI,
  };
}

/** A box in world units: its north-west corner and its size. */
export interface WorldBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function worldBoxOf(points: readonly LatLon[]): WorldBox {
  const world = points.map(toWorld);
  const xs = world.map((p) => p.x);
  const ys = world.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

const [WEST, SOUTH, EAST, NORTH] = MILAN_BOUNDS;

/** The box the city picture covers. */
export const CITY_BOX: WorldBox = worldBoxOf([
  { lat: NORTH, lon: WEST },
  { lat: SOUTH, lon: EAST },
]);

/** MapLibre's world at zoom 0 is 512 pixels wide. */
export const WORLD_PIXELS = 512;

/** The picture's own units: pixels of the world at this zoom (about 18 m each in Milan). */
export const FIRST_VIEW_ZOOM = 12;

/** A point of the picture, in its units from the city box's north-west corner. */
export function toPicture(point: LatLon): [number, number] {
  const w = toWorld(point);
  const scale = WORLD_PIXELS * 2 ** FIRST_VIEW_ZOOM;
  return [(w.x - CITY_BOX.x) * scale, (w.y - CITY_BOX.y) * scale];
}

export const PICTURE_SIZE = {
  width: CITY_BOX.width * WORLD_PIXELS * 2 ** FIRST_VIEW_ZOOM,
  height: CITY_BOX.height * WORLD_PIXELS * 2 ** FIRST_VIEW_ZOOM,
};
