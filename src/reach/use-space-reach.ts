/** The walking figures for the views, once the coverage and the spaces are both in. */
import { useMemo } from 'react';
import type { Space } from '../spaces/types.ts';
import { useAllSpaces, useSelectedSpace } from '../state/selectors.ts';
import type { ReachSummary } from './reach-format.ts';
import { useReach } from './reach-store.ts';
import { reachMatches, type SpaceReachView } from './space-reach.ts';
import { metroLine, type SpaceTransit } from './transit-format.ts';

export type ReachView =
  { status: 'loading' | 'unavailable' | 'outdated' } | { status: 'ready'; summary: ReachSummary };

/** The figures when they were computed for the spaces loaded now; else why there are none. */
export function useReachSummary(): ReachView {
  const reach = useReach((s) => s.reach);
  const spaces = useAllSpaces();
  return useMemo((): ReachView => {
    if (reach.status !== 'ready') return { status: reach.status };
    return reachMatches(reach.summary, spaces) ? reach : { status: 'outdated' };
  }, [reach, spaces]);
}

/** One space's figures, or why there are none. */
export function useSpaceReach(space: Space): SpaceReachView {
  const reach = useReachSummary();
  if (reach.status !== 'ready') return reach;
  const figures = reach.summary.spaces.find((s) => s.id === space.id);
  return figures ? { status: 'ready', figures, summary: reach.summary } : { status: 'outdated' };
}

export type SpaceTransitView =
  | { status: 'loading' | 'unavailable' | 'outdated' }
  | { status: 'ready'; transit: SpaceTransit; summary: ReachSummary };

/** One space's stops ("Come arrivare"), published with the walking figures; or why there are none. */
export function useSpaceTransit(space: Space): SpaceTransitView {
  const reach = useReachSummary();
  if (reach.status !== 'ready') return reach;
  const transit = reach.summary.transit.spaces[space.id];
  return transit ? { status: 'ready', transit, summary: reach.summary } : { status: 'outdated' };
}

/** A stop as the map marks it: its place, and its lines ("77 93 95", "M3"). */
export interface StopMark {
  lat: number;
  lon: number;
  label: string;
  metro: boolean;
}

const NO_STOPS: readonly StopMark[] = [];

/** The open space's stops as the map marks them: none while no space is open or none is known. */
export function useOpenSpaceStops(): readonly StopMark[] {
  const selected = useSelectedSpace();
  const reach = useReachSummary();
  return useMemo(() => {
    const transit =
      selected && reach.status === 'ready' && reach.summary.transit.spaces[selected.id];
    if (!transit) return NO_STOPS;
    return [
      ...transit.stops.map((stop) => ({ ...stop, label: stop.lines.join(' '), metro: false })),
      ...transit.metro.map((station) => ({
        ...station,
        label: station.lines.map(metroLine).join(' '),
        metro: true,
      })),
    ];
  }, [selected, reach]);
}
