/** A space's own walking figures, read from the build's coverage for the spaces shown now. */
import { straightLineMetres } from '../spaces/walking.ts';
import { walkingMinutes } from '../spaces/walking.ts';
import type { Space } from '../spaces/types.ts';
import type { ReachSummary, SpaceReach } from './reach-format.ts';

/**
 * Whether the figures were computed for these very spaces: the same ids, areas and places. A
 * space moved or added since the build (a spaces file published without a new build) would make
 * every figure near it wrong, so then none is shown.
 */
export function reachMatches(summary: ReachSummary, spaces: readonly Space[]): boolean {
  if (summary.spaces.length !== spaces.length) return false;
  const byId = new Map(summary.spaces.map((s) => [s.id, s]));
  return spaces.every((space) => {
    const figures = byId.get(space.id);
    return (
      figures !== undefined &&
      figures.area === space.area &&
      figures.lat === space.lat &&
      figures.lon === space.lon
    );
  });
}

export type SpaceReachView =
  | { status: 'loading' | 'unavailable' | 'outdated' }
  | { status: 'ready'; figures: SpaceReach; summary: ReachSummary };

export interface NearestOther {
  space: Space;
  metres: number;
  minutes: number;
}

/** The programme's other space nearest to this one, whatever its area; null if it is alone. */
export function nearestOtherSpace(space: Space, spaces: readonly Space[]): NearestOther | null {
  let best: NearestOther | null = null;
  for (const other of spaces) {
    if (other.id === space.id) continue;
    const metres = straightLineMetres(space, other);
    if (!best || metres < best.metres) best = { space: other, metres, minutes: 0 };
  }
  return best && { ...best, minutes: walkingMinutes(best.metres) };
}

/** "20200302" -> "2020-03-02", for formatDate. */
export function registerIsoDate(registerDate: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(registerDate);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}
