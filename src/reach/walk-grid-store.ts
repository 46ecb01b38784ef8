/**
 * The map layer's squares (public/generated/reach/walk-grid.json, about 60 KB compressed):
 * fetched only once a person turns the layer on, and kept. A failure is said next to the legend;
 * turning the layer on again asks again.
 */
import type { FeatureCollection, Polygon } from 'geojson';
import { create } from '../state/create-store.ts';
import { onReset, resettable } from '../state/reset.ts';
import { REACH_FOLDER, WALK_GRID_FILE, type WalkGrid } from './reach-format.ts';
import { readBuiltFile } from './reach-store.ts';
import { walkSquares, type WalkSquare } from './walk-grid.ts';

export const WALK_GRID_URL = `${import.meta.env.BASE_URL}${REACH_FOLDER}/${WALK_GRID_FILE}`;

export type WalkGridState =
  | { status: 'idle' | 'loading' | 'unavailable' }
  | { status: 'ready'; squares: FeatureCollection<Polygon, WalkSquare>; version: string };

export const useWalkGrid = resettable(
  create<{ grid: WalkGridState }>()(() => ({ grid: { status: 'idle' } })),
);

function isWalkGrid(value: unknown): value is WalkGrid {
  const v = value as Partial<WalkGrid> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.version === 'string' &&
    [v.south, v.west, v.latStep, v.lonStep].every((x) => typeof x === 'number') &&
    Array.isArray(v.cells) &&
    v.cells.every((x) => typeof x === 'number')
  );
}

let pending: Promise<void> | null = null;
onReset(() => (pending = null));

export function fetchWalkGrid(url = WALK_GRID_URL, fetchImpl: typeof fetch = fetch): Promise<void> {
  if (useWalkGrid.getState().grid.status === 'ready') return Promise.resolve();
  if (!pending) {
    useWalkGrid.setState({ grid: { status: 'loading' } });
    const attempt = readBuiltFile(url, fetchImpl, isWalkGrid).then((grid) => {
      useWalkGrid.setState({
        grid: grid
          ? { status: 'ready', squares: walkSquares(grid), version: grid.version }
          : { status: 'unavailable' },
      });
      if (pending === attempt) pending = null;
    });
    pending = attempt;
  }
  return pending;
}
