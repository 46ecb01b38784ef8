/** Derived views of the store, memoised so that components re-render only when they change. */
import { useMemo } from 'react';
import { rankSpaces, type RankedSpace } from '../nearest/rank-spaces';
import { spacesInAreas } from '../spaces/filter-spaces';
import type { Space } from '../spaces/types';
import { useAppStore } from './app-store';

/** Every valid space, or an empty list while loading or after an error. */
export function useAllSpaces(): Space[] {
  const data = useAppStore((s) => s.data);
  return useMemo(() => (data.status === 'ready' ? data.spaces : []), [data]);
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

/** The shown spaces ranked from the starting point, or null when there is none. */
export function useRanking(): RankedSpace[] | null {
  const visible = useVisibleSpaces();
  const origin = useAppStore((s) => s.origin);
  const lookingFor = useAppStore((s) => s.lookingFor);
  return useMemo(
    () => (origin ? rankSpaces(origin, visible, lookingFor) : null),
    [origin, visible, lookingFor],
  );
}
