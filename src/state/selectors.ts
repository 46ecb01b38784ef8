/** Derived views of the stores, memoised so that components re-render only when they change. */
import { useMemo } from 'react';
import { filteredSpaces, openNowHours, useHours } from './hours-store';
import type { Space } from '../spaces/types';
import { useAppStore } from './app-store';
import { readySpaces, useSpacesData } from './spaces-store';

/** Every valid space, or an empty list while loading or after an error. */
export function useAllSpaces(): Space[] {
  const data = useSpacesData((s) => s.data);
  return useMemo(() => readySpaces(data), [data]);
}

/** The spaces the filters let through (the areas, and "aperti ora"), in programme order. */
export function useVisibleSpaces(): Space[] {
  const spaces = useAllSpaces();
  const areas = useAppStore((s) => s.areas);
  // The hours change every minute; they matter here only while "aperti ora" is on.
  const hours = useHours(openNowHours);
  return useMemo(() => filteredSpaces(spaces, areas, hours), [spaces, areas, hours]);
}

export function useSelectedSpace(): Space | undefined {
  const spaces = useAllSpaces();
  const selectedId = useAppStore((s) => s.selectedId);
  return useMemo(() => spaces.find((s) => s.id === selectedId), [spaces, selectedId]);
}
