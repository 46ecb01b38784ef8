/**
 * The spaces indexed by place (kdbush, searched on the sphere by geokdbush), so that the walking
 * coverage finds a house number's nearest space and the spaces within a walk of it without
 * measuring its distance to every space. The distances it returns are the app's own
 * (`straightLineMetres`): the index only picks the spaces worth measuring.
 */
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { straightLineMetres } from '../spaces/walking.ts';
import type { LatLon } from '../spaces/types.ts';

/**
 * How far past a distance the index looks, in metres. Its sphere is a little smaller than the
 * app's (6371 km against 6371.0088 km): 1 m covers that, and rounding, at any distance in a city.
 */
const MARGIN_METRES = 1;

/** Metres in a degree of latitude on the index's sphere, the smaller: the box is never short. */
const METRES_PER_DEGREE = (6_371_000 * Math.PI) / 180;

export interface Measured {
  /** The space's place in the list the index was made of. */
  position: number;
  metres: number;
}

export interface Nearest extends Measured {
  /** True when another space is exactly as near: then none of them is the nearest. */
  tied: boolean;
}

export class SpacesByPlace {
  private readonly index: KDBush | null;

  /** `members`: the places in `spaces` of the ones indexed (those of one area, say). */
  constructor(
    private readonly spaces: readonly LatLon[],
    private readonly members: readonly number[] = spaces.map((_, position) => position),
  ) {
    if (members.length === 0) {
      this.index = null;
      return;
    }
    this.index = new KDBush(members.length);
    for (const position of members) this.index.add(spaces[position]!.lon, spaces[position]!.lat);
    this.index.finish();
  }

  /**
   * The indexed spaces within `metres` of `point`, in the order of the list: those in the box of
   * degrees around the circle (a box is the index's quickest search), each then measured.
   */
  within(point: LatLon, metres: number): Measured[] {
    if (!this.index) return [];
    const lat = (metres + MARGIN_METRES) / METRES_PER_DEGREE;
    const lon = lat / Math.cos(((Math.abs(point.lat) + lat) * Math.PI) / 180);
    const near = this.index
      .range(point.lon - lon, point.lat - lat, point.lon + lon, point.lat + lat)
      .map((id) => this.members[id]!)
      .sort((a, b) => a - b);
    return near.flatMap((position) => {
      const measured = straightLineMetres(point, this.spaces[position]!);
      return measured <= metres ? [{ position, metres: measured }] : [];
    });
  }

  /**
   * The nearest indexed space (the first in the list's order of those as near), whether another
   * is exactly as near, or null when none is indexed.
   */
  nearest(point: LatLon): Nearest | null {
    if (!this.index) return null;
    const [first] = around(this.index, point.lon, point.lat, 1);
    const closest = straightLineMetres(point, this.spaces[this.members[first!]!]!);
    return nearestOf(this.within(point, closest));
  }
}

/**
 * The nearest of measured spaces, in the list's order (the first of those as near), with whether
 * another is exactly as near; null for none.
 */
export function nearestOf(measured: readonly Measured[]): Nearest | null {
  let best: Nearest | null = null;
  for (const { position, metres } of measured) {
    if (!best || metres < best.metres) best = { position, metres, tied: false };
    else if (metres === best.metres) best.tied = true;
  }
  return best;
}
