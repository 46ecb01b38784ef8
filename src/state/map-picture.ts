/**
 * The print round trip: print/print-store.ts asks `mapPicture` for a picture of the map; the map
 * view answers through the taker it registered with `provideMapPictures` (map/use-print.ts).
 * When no map is there to answer (no WebGL, its code failed to load) or it takes too long, the
 * answer is null and the printout goes without a picture, saying so.
 */
import type { Space } from '../spaces/types.ts';
import { useMapWanted, wantMap } from './map-wanted.ts';
import { onReset } from './reset.ts';

export type PictureRequest =
  { kind: 'space'; space: Space } | { kind: 'overview'; spaces: readonly Space[] };

type Taker = (request: PictureRequest) => Promise<string>;

let taker: Taker | null = null;

/** Who waits for the map to arrive (a printout asked for before the map had loaded). */
const waiting = new Set<() => void>();

onReset(() => {
  taker = null;
  waiting.clear();
});

/** The map registers how it makes pictures; the returned function withdraws it. */
export function provideMapPictures(take: Taker): () => void {
  taker = take;
  for (const done of [...waiting]) done();
  return () => {
    if (taker === take) taker = null;
  };
}

/** The map's taker once it is there, or null as soon as the map is known not to come. */
function takerArrived(timeoutMs: number): Promise<Taker | null> {
  if (taker) return Promise.resolve(taker);
  if (useMapWanted.getState().fault) return Promise.resolve(null);
  wantMap();
  return new Promise((resolve) => {
    const done = () => {
      waiting.delete(done);
      unsubscribe();
      clearTimeout(timer);
      resolve(taker);
    };
    const unsubscribe = useMapWanted.subscribe((s) => s.fault !== null && done());
    const timer = setTimeout(done, timeoutMs);
    waiting.add(done);
  });
}

/**
 * A PNG data URL of the map for the request, or null when no picture can be had. A map not loaded
 * yet is asked for and waited for, within the same time.
 */
export function mapPicture(request: PictureRequest, timeoutMs = 15_000): Promise<string | null> {
  const picture = takerArrived(timeoutMs).then((take) =>
    take ? take(request).catch(() => null) : null,
  );
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  return Promise.race([picture, late]);
}
