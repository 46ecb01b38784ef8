/**
 * Builds the walking coverage (src/reach/) from the register snapshot, the neighbourhoods and a
 * spaces file, into public/generated/reach/. `vite-plugin.ts` runs it when one of them changed.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WALKING } from '../../src/spaces/walking.ts';
import { computeReach, walkGridCells, type HouseNumberPoint } from '../../src/reach/coverage.ts';
import {
  REACH_SUMMARY_FILE,
  WALK_GRID_FILE,
  WALK_LAT_STEP,
  WALK_LON_STEP,
  type ReachSummary,
  type WalkGrid,
} from '../../src/reach/reach-format.ts';
import { MILAN_BOUNDS } from '../../src/spaces/milan.ts';
import { dataVersion } from '../../src/spaces/data-version.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import {
  neighbourhoodName,
  NEIGHBOURHOODS_SNAPSHOT,
  readNeighbourhoods,
  type Neighbourhoods,
} from '../open-data/neighbourhoods.ts';
import { fileDate, readRegister, REGISTER_SNAPSHOT, type Register } from '../open-data/register.ts';
import { readTransit, TRANSIT_SNAPSHOT, type Transit } from '../open-data/transit.ts';
import { nearbyTransit, StopsByPlace } from '../../src/reach/transit-nearby.ts';
import type { TransitSummary } from '../../src/reach/transit-format.ts';
import type { Space } from '../../src/spaces/types.ts';

/** The snapshots the figures are counted from, and the stops "Come arrivare" lists. */
export interface ReachInputs {
  register: string;
  neighbourhoods: string;
  transit: string;
}

export const REACH_INPUTS: ReachInputs = {
  register: REGISTER_SNAPSHOT,
  neighbourhoods: NEIGHBOURHOODS_SNAPSHOT,
  transit: TRANSIT_SNAPSHOT,
};

export class ReachError extends Error {}

/** Every kept house number with the NIL whose outline holds it (0 for none). */
export function houseNumbersByNeighbourhood(
  register: Register,
  neighbourhoods: Neighbourhoods,
): HouseNumberPoint[] {
  const outlines = neighbourhoods.features.map((feature) => ({
    feature,
    box: boxOf(
      feature.geometry.type === 'Polygon'
        ? [feature.geometry.coordinates]
        : feature.geometry.coordinates,
    ),
  }));
  const points: HouseNumberPoint[] = [];
  for (const street of register.streets)
    for (const { lat, lon } of street.numbers) {
      const holder = outlines.find(
        ({ feature, box }) =>
          lon >= box[0] &&
          lat >= box[1] &&
          lon <= box[2] &&
          lat <= box[3] &&
          booleanPointInPolygon([lon, lat], feature),
      );
      points.push({ lat, lon, nil: holder?.feature.properties.ID_NIL ?? 0 });
    }
  return points;
}

/** [west, south, east, north] of a multipolygon's outer rings. */
function boxOf(polygons: number[][][][]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [outer] of polygons)
    for (const [lon, lat] of outer!) {
      box[0] = Math.min(box[0], lon!);
      box[1] = Math.min(box[1], lat!);
      box[2] = Math.max(box[2], lon!);
      box[3] = Math.max(box[3], lat!);
    }
  return box;
}

/** What the build publishes: the figures, and the map layer's grid. */
export interface Reach {
  summary: ReachSummary;
  grid: WalkGrid;
}

/** The walking figures for the spaces of `spacesText` (a spaces file's text). */
export function buildReach(spacesText: string, inputs: ReachInputs = REACH_INPUTS): ReachSummary {
  return buildWalkReach(spacesText, inputs).summary;
}

/** The figures and the map layer's grid for the spaces of `spacesText`. */
export function buildWalkReach(spacesText: string, inputs: ReachInputs = REACH_INPUTS): Reach {
  const register = readRegister(inputs.register);
  const neighbourhoods = readNeighbourhoods(inputs.neighbourhoods);
  const { spaces, fatal } = validateSpacesText(spacesText);
  if (fatal || spaces.length === 0)
    throw new ReachError('The spaces file has no valid space to compute the walking coverage of');
  const points = houseNumbersByNeighbourhood(register, neighbourhoods);
  const figures = computeReach(
    points,
    spaces,
    neighbourhoods.features
      .map((f) => ({ id: f.properties.ID_NIL, name: neighbourhoodName(f.properties.NIL) }))
      .sort((a, b) => a.id - b.id),
  );
  const content = {
    registerDate: fileDate(register.report.files.numbers),
    walking: { speedKmh: WALKING.speedKmh, detourFactor: WALKING.detourFactor },
    ...figures,
    transit: transitOf(spaces, readTransit(inputs.transit), inputs.transit),
  };
  const version = dataVersion(JSON.stringify(content));
  const [west, south] = MILAN_BOUNDS;
  const place = { south, west, latStep: WALK_LAT_STEP, lonStep: WALK_LON_STEP };
  return {
    summary: { version, ...content },
    grid: { version, ...place, cells: walkGridCells(points, spaces, place) },
  };
}

/** The stops near the spaces of `spacesText` alone (the bench times this part of the step). */
export function buildTransit(spacesText: string, folder = REACH_INPUTS.transit): TransitSummary {
  const { spaces } = validateSpacesText(spacesText);
  return transitOf(spaces, readTransit(folder), folder);
}

/** Each space's stops ("Come arrivare", src/reach/), and when the stops were published. */
function transitOf(spaces: readonly Space[], transit: Transit, folder: string): TransitSummary {
  if (!transit.published) throw new ReachError(`${folder}: no date of publication (published.txt)`);
  const surface = new StopsByPlace(transit.surface);
  const metro = new StopsByPlace(transit.metro);
  return {
    published: transit.published,
    spaces: Object.fromEntries(
      spaces.map((space) => [space.id, nearbyTransit(space, surface, metro)]),
    ),
  };
}

export function writeReach({ summary, grid }: Reach, out: string): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, REACH_SUMMARY_FILE), JSON.stringify(summary));
  writeFileSync(join(out, WALK_GRID_FILE), JSON.stringify(grid));
}
