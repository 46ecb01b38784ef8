/**
 * Distances and the walking-time estimate, in one place: the nearest-space answer and the walking
 * coverage (src/reach/) both use them. The app states these assumptions next to the results:
 * streets are longer than the straight line between two points, and people walk at different
 * speeds, so the minutes are an estimate, never a promise.
 */
import distance from '@turf/distance';
import type { LatLon } from './types.ts';

export const WALKING = {
  /** A relaxed adult pace, in km/h. */
  speedKmh: 4.5,
  /** How much longer a walk through streets is than the straight line, on average in a city grid. */
  detourFactor: 1.3,
} as const;

const metresPerMinute = () => (WALKING.speedKmh * 1000) / 60;

/** Minutes on foot for a straight-line distance in metres, at least one. */
export function walkingMinutes(straightMetres: number): number {
  return Math.max(1, Math.round((straightMetres * WALKING.detourFactor) / metresPerMinute()));
}

/** The straight-line metres past which a walk takes more than `minutes` (`walkingMinutes`). */
export function metresWithinMinutes(minutes: number): number {
  return ((minutes + 0.5) * metresPerMinute()) / WALKING.detourFactor;
}

/**
 * Past this straight-line distance, an hour's walk or more, the answer leads with directions by
 * public transport, and the walking estimate comes second.
 */
export const TRANSIT_FROM_METRES = 2500;

export function leadsWithTransit(straightMetres: number): boolean {
  return straightMetres > TRANSIT_FROM_METRES;
}

/** The distance between two points on the sphere, in metres ("in linea d'aria"). */
export function straightLineMetres(from: LatLon, to: LatLon): number {
  return distance([from.lon, from.lat], [to.lon, to.lat], { units: 'meters' });
}

/**
 * A walking model's two numbers as the pages word them, next to every walking figure: "30" (%)
 * and "4,5" (km/h).
 */
export function walkingWords(
  lang: string,
  walking: { detourFactor: number; speedKmh: number } = WALKING,
): { detour: number; speed: string } {
  return {
    detour: Math.round((walking.detourFactor - 1) * 100),
    speed: new Intl.NumberFormat(lang).format(walking.speedKmh),
  };
}
