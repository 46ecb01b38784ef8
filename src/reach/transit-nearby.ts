/**
 * The stops near a space, from the stops' snapshot: computed at build time for every space
 * (scripts/reach/), with the same index and walking model as the walking coverage.
 */
import { SpacesByPlace } from './spaces-by-place.ts';
import type { LatLon } from '../spaces/types.ts';
import { metresWithinMinutes, walkingMinutes } from '../spaces/walking.ts';
import { readingCase } from './stop-names.ts';
import {
  METRO_MINUTES,
  NEAREST_STOPS,
  STOP_MINUTES,
  type NearbyStop,
  type SpaceTransit,
} from './transit-format.ts';

export interface Stop extends LatLon {
  name: string;
  lines: string[];
}

/** Stops indexed by place (the index the spaces use), to find those near each space. */
export class StopsByPlace {
  private readonly index: SpacesByPlace;
  constructor(private readonly stops: readonly Stop[]) {
    this.index = new SpacesByPlace(stops);
  }

  /** The stops within `minutes` of `point`, nearest first (then in the list's order). */
  within(point: LatLon, minutes: number): (Stop & { metres: number; minutes: number })[] {
    return this.index
      .within(point, metresWithinMinutes(minutes))
      .map(({ position, metres }) => ({
        ...this.stops[position]!,
        metres,
        minutes: walkingMinutes(metres),
      }))
      .filter((stop) => stop.minutes <= minutes)
      .sort((a, b) => a.metres - b.metres);
  }
}

const nearby = ({ name, lines, minutes, lat, lon }: Stop & { minutes: number }): NearbyStop => ({
  name: readingCase(name),
  lines,
  minutes,
  lat,
  lon,
});

/**
 * The NEAREST_STOPS nearest surface stops within STOP_MINUTES, and any farther one within them
 * with a line none of those has; the nearest station of each metro line within METRO_MINUTES.
 */
export function nearbyTransit(
  point: LatLon,
  surface: StopsByPlace,
  metro: StopsByPlace,
): SpaceTransit {
  const shown = new Set<string>();
  const stops = surface.within(point, STOP_MINUTES).filter((stop, rank) => {
    const keep = rank < NEAREST_STOPS || stop.lines.some((line) => !shown.has(line));
    if (keep) for (const line of stop.lines) shown.add(line);
    return keep;
  });
  const served = new Set<string>();
  const stations = metro.within(point, METRO_MINUTES).filter((station) => {
    const keep = station.lines.some((line) => !served.has(line));
    for (const line of station.lines) served.add(line);
    return keep;
  });
  return { stops: stops.map(nearby), metro: stations.map(nearby) };
}
