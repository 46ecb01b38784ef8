/**
 * Computes who each space reaches on foot from the register's house numbers, with the app's
 * walking model: the build runs it (scripts/reach/), the app only reads its figures. A house
 * number is within a walk of N minutes when the minutes the app would show for it are at most N.
 */
import { metresWithinMinutes, walkingMinutes } from '../spaces/walking.ts';
import { AREA_IDS, PORTINERIA_AREA, type AreaId, type LatLon } from '../spaces/types.ts';
import { nearestOf, SpacesByPlace } from './spaces-by-place.ts';
import {
  NO_SPACE_MINUTES,
  REACH_BANDS,
  REACH_MINUTES,
  type BandCounts,
  type NeighbourhoodReach,
  type ReachFigures,
  type SpaceReach,
} from './reach-format.ts';

export interface HouseNumberPoint extends LatLon {
  /** The NIL whose outline holds it; 0 for none. */
  nil: number;
}

export interface ReachSpace extends LatLon {
  id: string;
  area: AreaId;
}

const bands = (): BandCounts => [0, 0, 0];

/** The spaces by place: all of them, and those of each area. */
function spacesByPlace(spaces: readonly ReachSpace[]) {
  const ofArea = (area: AreaId) =>
    spaces.flatMap((space, position) => (space.area === area ? [position] : []));
  return {
    all: new SpacesByPlace(spaces),
    areas: AREA_IDS.map((area) => new SpacesByPlace(spaces, ofArea(area))),
  };
}

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
  const byPlace = spacesByPlace(spaces);
  // Every space within REACH_MINUTES of a house number is nearer than this (a metre past the
  // model's limit: no rounding leaves one out).
  const searchMetres = metresWithinMinutes(REACH_MINUTES) + 1;

  for (const point of numbers) {
    const near = byPlace.all.within(point, searchMetres);
    // The nearest space of each area within the search, and whether another of that area is just
    // as near: every space nearer than one found is found too. None of an area found: none of it
    // is within reach.
    const nearestOfArea = AREA_IDS.map((area) =>
      nearestOf(near.filter(({ position }) => spaces[position]!.area === area)),
    );
    for (const { position, metres } of near) {
      const minutes = walkingMinutes(metres);
      if (minutes > REACH_MINUTES) continue;
      const own = perSpace[position]!;
      const best = nearestOfArea[AREA_IDS.indexOf(spaces[position]!.area)];
      const isNearest = best?.position === position && !best.tied;
      REACH_BANDS.forEach((band, b) => {
        if (minutes > band) return;
        own.within[b]! += 1;
        if (isNearest) own.nearest[b]! += 1;
      });
      if (point.nil !== 0)
        own.neighbourhoods.set(point.nil, (own.neighbourhoods.get(point.nil) ?? 0) + 1);
    }

    const portineria = nearestOfArea[AREA_IDS.indexOf(PORTINERIA_AREA)];
    const reachesPortineria = !!portineria && walkingMinutes(portineria.metres) <= REACH_MINUTES;
    // The walk to the nearest space, however far: a neighbourhood's longest walk needs it.
    const nearestAny =
      near.length > 0
        ? Math.min(...near.map(({ metres }) => metres))
        : (byPlace.all.nearest(point)?.metres ?? Infinity);
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

/**
 * The map layer's squares (reach-format.ts, `WalkGrid`): the house numbers gathered by square, and
 * the walk from the middle of each square's numbers to the nearest space of each area.
 */
export function walkGridCells(
  numbers: readonly HouseNumberPoint[],
  spaces: readonly ReachSpace[],
  grid: { south: number; west: number; latStep: number; lonStep: number },
): number[] {
  const squares = new Map<
    string,
    { row: number; col: number; n: number; lat: number; lon: number }
  >();
  for (const { lat, lon } of numbers) {
    const row = Math.floor((lat - grid.south) / grid.latStep);
    const col = Math.floor((lon - grid.west) / grid.lonStep);
    const key = `${row}/${col}`;
    const square = squares.get(key) ?? { row, col, n: 0, lat: 0, lon: 0 };
    square.n += 1;
    square.lat += lat;
    square.lon += lon;
    squares.set(key, square);
  }
  const byPlace = spacesByPlace(spaces);
  const cells: number[] = [];
  for (const { row, col, n, lat, lon } of [...squares.values()].sort(
    (a, b) => a.row - b.row || a.col - b.col,
  )) {
    const middle = { lat: lat / n, lon: lon / n };
    const nearest = byPlace.areas.map((area) => area.nearest(middle)?.metres ?? Infinity);
    cells.push(
      row,
      col,
      n,
      ...nearest.map((m) =>
        Number.isFinite(m) ? Math.min(NO_SPACE_MINUTES, walkingMinutes(m)) : NO_SPACE_MINUTES,
      ),
    );
  }
  return cells;
}
