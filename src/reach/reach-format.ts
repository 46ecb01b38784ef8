/**
 * Who each space reaches on foot, as the build publishes it (public/generated/reach/) and the app
 * reads it: counts of the register's house numbers, never shares, so that every figure is exact
 * and each view rounds it the same way.
 */
import type { AreaId } from '../spaces/types';

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
}

export const REACH_FOLDER = 'generated/reach';
export const REACH_SUMMARY_FILE = 'summary.json';
