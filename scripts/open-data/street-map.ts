/**
 * Streets for the bundled basemap, derived from the house-number register, which has no street
 * lines: each side of a street (odd, even) is drawn through its numbers in order, and broken
 * wherever that line could cross a block.
 */
import type { Feature, LineString, Point } from 'geojson';
import { readingCase } from '../../src/nearest/address-text.ts';
import type { Register, RegisterNumber } from './register.ts';

/** A longer step between two consecutive numbers of one side is not drawn: it may cross a block. */
export const MAX_STEP_METRES = 150;
/** A step turning back by more than this from the one before is not drawn either (a courtyard). */
const MAX_TURN_DEGREES = 100;

const METRES_PER_DEGREE_LAT = 111_320;
const METRES_PER_DEGREE_LON = METRES_PER_DEGREE_LAT * Math.cos((45.46 * Math.PI) / 180);

function metres(a: RegisterNumber, b: RegisterNumber): [number, number] {
  return [(b.lon - a.lon) * METRES_PER_DEGREE_LON, (b.lat - a.lat) * METRES_PER_DEGREE_LAT];
}

function turn(a: [number, number], b: [number, number]): number {
  const cos = (a[0] * b[0] + a[1] * b[1]) / (Math.hypot(...a) * Math.hypot(...b));
  return (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
}

/**
 * The runs of one side: its plain numbers (no letter, no bar: those are often inside courtyards)
 * in numeric order, cut at every step that is too long or turns back.
 */
export function sideRuns(numbers: readonly RegisterNumber[]): RegisterNumber[][] {
  const plainNumbers = numbers
    .filter((n) => /^\d+$/.test(n.text))
    .sort((a, b) => Number(a.text) - Number(b.text));
  const runs: RegisterNumber[][] = [];
  let run: RegisterNumber[] = [];
  let previousStep: [number, number] | null = null;
  for (const n of plainNumbers) {
    const last = run.at(-1);
    const step = last ? metres(last, n) : null;
    const length = step ? Math.hypot(...step) : 0;
    if (length < 1 && last) continue; // the same entrance twice
    const breaks =
      !last ||
      length > MAX_STEP_METRES ||
      (previousStep !== null && step !== null && turn(previousStep, step) > MAX_TURN_DEGREES);
    if (breaks) {
      if (run.length >= 2) runs.push(run);
      run = [n];
      previousStep = null;
    } else {
      run.push(n);
      previousStep = step;
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

export interface StreetProperties {
  name: string;
  /** True on the runs of the side with more numbers: one label per stretch of street, not two. */
  label: boolean;
}

export interface StreetMap {
  lines: Feature<LineString, StreetProperties>[];
  /** Every kept house number, labelled as written. */
  numbers: Feature<Point, { number: string }>[];
  /** A street with no line at all (too few or too scattered numbers) is named at its middle number. */
  points: Feature<Point, { name: string }>[];
}

const position = (n: RegisterNumber) => [n.lon, n.lat];

export function streetMap(register: Register): StreetMap {
  const map: StreetMap = { lines: [], numbers: [], points: [] };
  for (const street of register.streets) {
    const type = register.types.get(street.type) ?? 'via';
    const name = `${capitalised(type)} ${readingCase(street.names.reading || street.names.index)}`;
    const sides = [0, 1].map((parity) =>
      sideRuns(street.numbers.filter((n) => parseInt(n.text, 10) % 2 === parity)),
    );
    const counts = sides.map((runs) => runs.reduce((s, r) => s + r.length, 0));
    const labelled = counts[0]! >= counts[1]! ? 0 : 1;
    sides.forEach((runs, side) => {
      for (const run of runs) {
        map.lines.push({
          type: 'Feature',
          properties: { name, label: side === labelled },
          geometry: { type: 'LineString', coordinates: run.map(position) },
        });
      }
    });
    if (counts[0]! + counts[1]! === 0) {
      const middle = street.numbers[Math.floor(street.numbers.length / 2)]!;
      map.points.push({
        type: 'Feature',
        properties: { name },
        geometry: { type: 'Point', coordinates: position(middle) },
      });
    }
    for (const n of street.numbers) {
      map.numbers.push({
        type: 'Feature',
        properties: { number: n.text },
        geometry: { type: 'Point', coordinates: position(n) },
      });
    }
  }
  return map;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
