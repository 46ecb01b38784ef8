/** The map layer's squares as the map draws them: one polygon each, with its minutes per area. */
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { AreaId } from '../spaces/types.ts';
import { WALK_CELL_FIELDS, type WalkGrid } from './reach-format.ts';

export interface WalkSquare {
  /** House numbers in the square. */
  n: number;
  /** Minutes to the nearest space of areas 1, 2 and 3. */
  m1: number;
  m2: number;
  m3: number;
}

export function walkSquares(grid: WalkGrid): FeatureCollection<Polygon, WalkSquare> {
  const features: Feature<Polygon, WalkSquare>[] = [];
  const { cells, south, west, latStep, lonStep } = grid;
  for (let i = 0; i + WALK_CELL_FIELDS <= cells.length; i += WALK_CELL_FIELDS) {
    const [row, col, n, m1, m2, m3] = cells.slice(i, i + WALK_CELL_FIELDS) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const s = south + row * latStep;
    const w = west + col * lonStep;
    const round = (x: number) => Math.round(x * 1e6) / 1e6;
    const [n0, s0, e0, w0] = [round(s + latStep), round(s), round(w + lonStep), round(w)];
    features.push({
      type: 'Feature',
      properties: { n, m1, m2, m3 },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [w0, s0],
            [e0, s0],
            [e0, n0],
            [w0, n0],
            [w0, s0],
          ],
        ],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The walk from a square to the nearest space of the shown areas; null when none is shown. */
export function minutesToShown(square: WalkSquare, areas: readonly AreaId[]): number | null {
  if (areas.length === 0) return null;
  return Math.min(...areas.map((area) => square[`m${area}`]));
}

/** The legend's classes, in minutes: up to 5, 6-10, 11-15; past 15 a square is not coloured. */
export const WALK_CLASSES = [
  { from: 1, to: 5, token: 'walk-5' },
  { from: 6, to: 10, token: 'walk-10' },
  { from: 11, to: 15, token: 'walk-15' },
] as const;
