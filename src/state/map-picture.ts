/**
 * The print round trip: print/print-store.ts asks `mapPicture` for a picture of the map; the map
 * view answers through the taker it registered with `provideMapPictures` (map/use-print.ts).
 * When no map is there to answer (no WebGL, its code failed to load) or it takes too long, the
 * answer is null and the printout goes without a picture, saying so.
 */
import type { Space } from '../spaces/types';

export type PictureRequest =
  { kind: 'space'; space: Space } | { kind: 'overview'; spaces: readonly Space[] };

type Taker = (request: PictureRequest) => Promise<string>;

let taker: Taker | null = null;

/** The map registers how it makes pictures; the returned function withdraws it. */
export function provideMapPictures(take: Taker): () => void {
  taker = take;
  return () => {
    if (taker === take) taker = null;
  };
}

/** A PNG data URL of the map for the request, or null when no picture can be had. */
export function mapPicture(request: PictureRequest, timeoutMs = 15_000): Promise<string | null> {
  if (!taker) return Promise.resolve(null);
  const picture = taker(request).catch(() => null);
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  return Promise.race([picture, late]);
}
