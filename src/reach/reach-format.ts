/**
 * Who each space reaches on foot, as the build publishes it (public/generated/reach/) and the app
 * reads it: counts of the register's house numbers, never shares, so that every figure is exact
 * and each view rounds it the same way.
 */
import type { AreaId } from '../spaces/types.ts';
import type { TransitSummary } from './transit-format.ts';

/** The walks the figures count, in the app's estimated minutes (src/nearest/walking.ts). */
export const REACH_BANDS = [5, 10, 15] as const;

/** The longest of them: "reached" with no other word means within it. */
export const REACH_MINUTES = 15;

/** A count per band, in REACH_BANDS' order. */
export type BandCounts = [number, number, number];

export interface SpaceReach {
  id: string;
  /** Where the space stood and what it was for when the figures were computed. */
  area: AreaId;
  lat: number;
  lon: number;
  /** House numbers within each band's walk of the space. */
  within: BandCounts;
  /** Of those, the ones nearer to it than to any other space of its area. */
  nearest: BandCounts;
  /** The neighbourhoods with house numbers within REACH_MINUTES: [NIL id, how many], most first. */
  neighbourhoods: [number, number][];
}

export interface NeighbourhoodReach {
  /** The NIL's id (ID_NIL). */
  id: number;
  name: string;
  /** Its house numbers in the register. */
  numbers: number;
  /** Of those, the ones within REACH_MINUTES of a portineria sociale (Area 1). */
  portineria: number;
  /** Of those, the ones within REACH_MINUTES of any space. */
  any: number;
  /** The walk from its farthest house number to the space nearest that number, in minutes. */
  farthest: number;
}

export interface CityReach {
  numbers: number;
  portineria: number;
  any: number;
  /** House numbers in no neighbourhood's outline (counted for the city, in no neighbourhood). */
  outside: number;
}

export interface ReachFigures {
  spaces: SpaceReach[];
  neighbourhoods: NeighbourhoodReach[];
  city: CityReach;
}

export interface ReachSummary extends ReachFigures {
  /** A short name for this exact set of figures (the pages name it, as they name the spaces file's). */
  version: string;
  /** The register's export date (YYYYMMDD), as its file names it. */
  registerDate: string;
  /** The walking model the figures were computed with. */
  walking: { speedKmh: number; detourFactor: number };
  /** Each space's public-transport stops ("Come arrivare", src/reach/). */
  transit: TransitSummary;
}

export const REACH_FOLDER = 'generated/reach';
export const REACH_SUMMARY_FILE = 'summary.json';

/**
 * The map layer's grid: squares of about 100 m over the city's bounds, each holding some of the
 * register's house numbers, with the walk from their middle (the mean of their points) to the
 * nearest space of each area. Only squares with house numbers are listed.
 */
export interface WalkGrid {
  /** The summary's version it goes with. */
  version: string;
  /** The grid's south-west corner and its steps, in degrees. */
  south: number;
  west: number;
  latStep: number;
  lonStep: number;
  /**
   * Six numbers per square: its row (from the south), its column (from the west), how many house
   * numbers it holds, and the minutes to the nearest space of areas 1, 2 and 3
   * (`NO_SPACE_MINUTES` for an area without spaces).
   */
  cells: number[];
}

export const WALK_GRID_FILE = 'walk-grid.json';
/** Six numbers per square (see `WalkGrid.cells`). */
export const WALK_CELL_FIELDS = 6;
/** The minutes written for an area with no space at all, and the most any square says. */
export const NO_SPACE_MINUTES = 999;
/** About 100 m north-south. */
export const WALK_LAT_STEP = 0.0009;
/** About 100 m east-west at Milan's latitude (45.46°). */
export const WALK_LON_STEP = 0.00128;
