/**
 * The offline address index, built from the snapshots in data/ (scripts/open-data/generate.ts, run
 * by `npm start` and `npm run build`) and read by the address search.
 * Coordinates are whole micro-degrees from a base point, to keep the files small.
 */

export const ADDRESS_INDEX_VERSION = 2;

/** Latitude and longitude of the base point (micro-degree offsets are counted from it). */
export const COORDINATE_BASE = { lat: 45, lon: 9 } as const;

export interface AddressIndexManifest {
  version: typeof ADDRESS_INDEX_VERSION;
  builtAt: string;
  /** The files it was built from, for the attribution. */
  sources: string[];
  attribution: string;
  /** Numbers are split into this many files by street code (code % shardCount). */
  shardCount: number;
  counts: { streets: number; numbers: number };
}

/** [code, street type index, name in reading case, other spellings' extra words, lat, lon]. */
export type StreetRow = [number, number, string, string, number, number];

/** [NIL id, name in reading case ("Lodi - Corvetto"), lat, lon of a point well inside it]. */
export type NeighbourhoodRow = [number, string, number, number];

export interface StreetsFile {
  /** Street types in reading case ("via", "viale"...), indexed by StreetRow[1]. */
  types: string[];
  streets: StreetRow[];
  /** The 88 neighbourhoods (NIL), which the field finds by any word of their names. */
  neighbourhoods: NeighbourhoodRow[];
}

/** [house number as written ("24A", "7B/2"), lat, lon]. */
export type NumberRow = [string, number, number];

/** One shard: the numbers of each of its streets, by street code. */
export type NumbersFile = Record<string, NumberRow[]>;

export function toMicro(value: number, base: number): number {
  return Math.round((value - base) * 1e6);
}

export function fromMicro(value: number, base: number): number {
  return base + value / 1e6;
}

export function shardOf(code: number, shardCount: number): number {
  return code % shardCount;
}
