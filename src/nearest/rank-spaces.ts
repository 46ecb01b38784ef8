/** Ranks the spaces from a starting point by straight-line distance. */
import type { LatLon, Space } from '../spaces/types.ts';
import { straightLineMetres, walkingMinutes } from '../spaces/walking.ts';

export interface RankedSpace {
  space: Space;
  /** Straight-line distance ("in linea d'aria"). */
  metres: number;
  minutes: number;
}

/** What the person is looking for: a portineria sociale (Area 1) first, or any space. */
export type LookingFor = 'portineria' | 'any';

/**
 * Every given space with its distance, nearest first; when looking for a portineria, the
 * portinerie (Area 1) come first, each group by distance.
 */
export function rankSpaces(
  origin: LatLon,
  spaces: readonly Space[],
  lookingFor: LookingFor,
): RankedSpace[] {
  const group = (space: Space) => (lookingFor === 'portineria' && space.area !== 1 ? 1 : 0);
  return spaces
    .map((space) => {
      const metres = straightLineMetres(origin, space);
      return { space, metres, minutes: walkingMinutes(metres) };
    })
    .sort((a, b) => group(a.space) - group(b.space) || a.metres - b.metres);
}
