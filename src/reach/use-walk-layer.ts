/**
 * The map layer's squares while "A piedi dagli spazi" is on (the person's switch, or the
 * presentation's step that shows it): fetched then, null otherwise.
 */
import { useEffect } from 'react';
import { fetchWalkGrid, useWalkGrid } from './walk-grid-store.ts';
import type { FeatureCollection, Polygon } from 'geojson';
import type { WalkSquare } from './walk-grid.ts';

export function useWalkLayer(on: boolean): FeatureCollection<Polygon, WalkSquare> | null {
  const grid = useWalkGrid((s) => s.grid);
  useEffect(() => {
    if (on) void fetchWalkGrid();
  }, [on]);
  return on && grid.status === 'ready' ? grid.squares : null;
}
