/**
 * Computes who each space reaches on foot from the register's house numbers, with the app's
 * walking model: the build runs it (scripts/reach/), the app only reads its figures. A house
 * number is within a walk of N minutes when the minutes the app would show for it are at most N.
 */
import { straightLineMetres } from '../nearest/rank-spaces';
import { walkingMinutes } from '../nearest/walking';
import type { AreaId, LatLon } from '../spaces/types';
import {
  REACH_BANDS,
  REACH_MINUTES,
  type BandCounts,
  type NeighbourhoodReach,
  type ReachFigures,
  type SpaceReach,
} from './reach-format';

export interface HouseNumberPoint extends LatLon {
  /** The NIL whose outline holds it; 0 for none. */
  nil: number;
}

export interface ReachSpace extends LatLon {
  id: string;
  area: AreaId;
}

const bands = (): BandCounts => [0, 0, 0];

export function computeReach(
  numbers: readonly HouseNumberPoint[],
  spaces: readonly ReachSpace[],
  neighbourhoods: readonly { id: number; name: string }[],
): ReachFigures {
  const perSpace = spaces.map(() => ({
    within: bands(),
    nearest: bands(),
    neighbourhoods: new Map<number, number>(),
  }));
  const perNil = new Map<number, NeighbourhoodReach>(
    neighbourhoods.map(({ id, name }) => [
      id,
      { id, name, numbers: 0, portineria: 0, any: 0, farthest: 0 },
    ]),
  );
  const city = { numbers: 0, portineria: 0, any: 0, outside: 0 };
  const metres = new Float64Array(spaces.length);

  for (const point of numbers) {
    // The nearest space of each area, and whether another of that area is just as near.
    const nearestOfArea = new Map<AreaId, { index: number; metres: number; tied: boolean }>();
    let nearestAny = Infinity;
    spaces.forEach((space, index) => {
      const m = straightLineMetres(point, space);
      metres[index] = m;
      nearestAny = Math.min(nearestAny, m);
      const best = nearestOfArea.get(space.area);
      if (!best || m < best.metres)
        nearestOfArea.set(space.area, { index, metres: m, tied: false });
      else if (m === best.metres) best.tied = true;
    });

    spaces.forEach((space, index) => {
      const minutes = walkingMinutes(metres[index]!);
      if (minutes > REACH_MINUTES) return;
      const own = perSpace[index]!;
      const best = nearestOfArea.get(space.area)!;
      const isNearest = best.index === index && !best.tied;
      REACH_BANDS.forEach((band, b) => {
        if (minutes > band) return;
        own.within[b]! += 1;
        if (isNearest) own.nearest[b]! += 1;
      });
      if (point.nil !== 0)
        own.neighbourhoods.set(point.nil, (own.neighbourhoods.get(point.nil) ?? 0) + 1);
    });

    const portineria = nearestOfArea.get(1);
    const reachesPortineria =
      portineria !== undefined && walkingMinutes(portineria.metres) <= REACH_MINUTES;
    const anyMinutes = spaces.length > 0 ? walkingMinutes(nearestAny) : Infinity;
    const reachesAny = anyMinutes <= REACH_MINUTES;
    city.numbers += 1;
    if (reachesPortineria) city.portineria += 1;
    if (reachesAny) city.any += 1;
    const nil = perNil.get(point.nil);
    if (!nil) {
      city.outside += 1;
      continue;
    }
    nil.numbers += 1;
    if (reachesPortineria) nil.portineria += 1;
    if (reachesAny) nil.any += 1;
    nil.farthest = Math.max(nil.farthest, anyMinutes);
  }

  return {
    spaces: spaces.map(({ id, area, lat, lon }, index): SpaceReach => {
      const own = perSpace[index]!;
      return {
        id,
        area,
        lat,
        lon,
        within: own.within,
        nearest: own.nearest,
        neighbourhoods: [...own.neighbourhoods].sort((a, b) => b[1] - a[1] || a[0] - b[0]),
      };
    }),
    neighbourhoods: [...perNil.values()],
    city,
  };
}
