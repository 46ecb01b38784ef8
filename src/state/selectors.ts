/**
 * Derived views of the stores, memoised so that components re-render only when they change: the
 * spaces, the ones the list's filters (app-store.ts) let through, the open one.
 */
import { useMemo } from 'react';
import { spacesInAreas } from '../spaces/filter-spaces.ts';
import type { AreaId, Space } from '../spaces/types.ts';
import { useAppStore } from './app-store.ts';
import { isOpenNow, useHours, type SpaceHours } from './hours-store.ts';
import { readySpaces, useSpacesData } from './spaces-store.ts';

/** Every valid space, or an empty list while loading or after an error. */
export function useAllSpaces(): Space[] {
  const data = useSpacesData((s) => s.data);
  return useMemo(() => readySpaces(data), [data]);
}

/**
 * The spaces the filters let through, in programme order: the shown areas, and with "aperti ora"
 * (`openNow`, the hours while it is on, else null) only the spaces open now.
 */
export function filteredSpaces(
  spaces: readonly Space[],
  areas: readonly AreaId[],
  openNow: Readonly<Record<string, SpaceHours>> | null,
): Space[] {
  const inAreas = spacesInAreas(spaces, areas);
  return openNow ? inAreas.filter((s) => isOpenNow(openNow, s.id)) : inAreas;
}

/** The spaces the filters let through (the areas, and "aperti ora"), in programme order. */
export function useVisibleSpaces(): Space[] {
  const spaces = useAllSpaces();
  const areas = useAppStore((s) => s.areas);
  const openNowOnly = useAppStore((s) => s.openNowOnly);
  // The hours change every minute; they matter here only while "aperti ora" is on.
  const hours = useHours((s) => (openNowOnly ? s.byId : null));
  return useMemo(() => filteredSpaces(spaces, areas, hours), [spaces, areas, hours]);
}

/** The same at this moment, outside a component: what a filter just changed shows. */
export function visibleSpacesNow(): Space[] {
  const { areas, openNowOnly } = useAppStore.getState();
  return filteredSpaces(readySpaces(), areas, openNowOnly ? useHours.getState().byId : null);
}

export function useSelectedSpace(): Space | undefined {
  const spaces = useAllSpaces();
  const selectedId = useAppStore((s) => s.selectedId);
  return useMemo(() => spaces.find((s) => s.id === selectedId), [spaces, selectedId]);
}
