/** Derived views of the stores, memoised so that components re-render only when they change. */
import { useMemo } from 'react';
import { spacesInAreas } from '../spaces/filter-spaces';
import type { Space } from '../spaces/types';
import { useAppStore } from './app-store';
import { readySpaces, useSpacesData } from './spaces-store';

/** Every valid space, or an empty list while loading or after an error. */
export function useAllSpaces(): Space[] {
  const data = useSpacesData((s) => s.data);
  return useMemo(() => readySpaces(data), [data]);
}

/** The spaces the filter lets through, in programme order. */
export function useVisibleSpaces(): Space[] {
  const spaces = useAllSpaces();
  const areas = useAppStore((s) => s.areas);
  return useMemo(() => spacesInAreas(spaces, areas), [spaces, areas]);
}

export function useSelectedSpace(): Space | undefined {
  const spaces = useAllSpaces();
  const selectedId = useAppStore((s) => s.selectedId);
  return useMemo(() => spaces.find((s) => s.id === selectedId), [spaces, selectedId]);
}
