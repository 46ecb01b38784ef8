/** A space's walking figures for the views, once the coverage and the spaces are both in. */
import { useMemo } from 'react';
import type { Space } from '../spaces/types';
import { useAllSpaces } from '../state/selectors';
import { useReach } from './reach-store';
import { reachMatches, type SpaceReachView } from './space-reach';

export function useSpaceReach(space: Space): SpaceReachView {
  const reach = useReach((s) => s.reach);
  const spaces = useAllSpaces();
  return useMemo((): SpaceReachView => {
    if (reach.status !== 'ready') return { status: reach.status };
    if (!reachMatches(reach.summary, spaces)) return { status: 'outdated' };
    const figures = reach.summary.spaces.find((s) => s.id === space.id);
    return figures ? { status: 'ready', figures, summary: reach.summary } : { status: 'outdated' };
  }, [reach, spaces, space.id]);
}
