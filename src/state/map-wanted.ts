/**
 * When the interactive map loads. The page opens on the first map view (map/first-map-view.tsx)
 * and starts MapLibre, the heaviest part of the app, once a person reaches for the map: a pointer
 * over it, a touch, a wheel, the focus in it, a space chosen, a starting point asked for, a
 * presentation, a printout, or a link that opens at a view. Until then the phone's processor and
 * data are the page's.
 */
import { create } from './create-store.ts';
import { resettable } from './reset.ts';

/**
 * Why the interactive map is not there: the browser cannot draw it (no WebGL 2), its code did not
 * arrive (a dropped connection, a deployment replaced meanwhile), or it stopped on an error.
 */
export type MapFault = 'noWebgl' | 'notLoaded' | 'failed';

interface MapWanted {
  /** True once something asked for the map; it stays loaded from then on. */
  wanted: boolean;
  /** Set when the map cannot be shown: nobody should wait for it, and the page says why. */
  fault: MapFault | null;
  /** How many times the map was started again after a fault (a new attempt loads its code anew). */
  attempt: number;
  /** The address of the map's code whose import failed, as the browser named it (or null). */
  failedCode: string | null;
}

export const useMapWanted = resettable(
  create<MapWanted>()(() => ({
    wanted: false,
    fault: null,
    attempt: 0,
    failedCode: null,
  })),
);

export function wantMap(): void {
  if (!useMapWanted.getState().wanted) useMapWanted.setState({ wanted: true });
}

/** `failedCode` is kept once known: that address stays failed for the page's life. */
export function mapFailed(fault: MapFault, failedCode: string | null = null): void {
  useMapWanted.setState((s) => ({ fault, failedCode: failedCode ?? s.failedCode }));
}

/** A flag in the history entry (never in the link or storage): the map is wanted at once. */
const RELOADED_FOR_MAP = 'mapWanted';

/**
 * Starts the map again after a fault it may recover from (its code, an error). A browser may keep
 * a failed `import()` failed for the page's life (Chromium 150 does), so code that did not arrive
 * is asked for at another address (lazy-space-map.tsx). When that fails too, or the browser did
 * not say which address failed, the page is loaded again at the same link (the link holds the
 * person's place) and wants the map at once: `takeReloadForMap()` reads that on the way in.
 */
export function retryMap(reload: () => void = () => window.location.reload()): void {
  const { fault, failedCode } = useMapWanted.getState();
  if (fault === 'notLoaded' && (failedCode === null || failedCode.includes('?attempt='))) {
    window.history.replaceState({ ...window.history.state, [RELOADED_FOR_MAP]: true }, '');
    reload();
    return;
  }
  useMapWanted.setState((s) => ({ fault: null, wanted: true, attempt: s.attempt + 1 }));
}

/** True once, when this page was loaded again by `retryMap` to bring the map. */
export function takeReloadForMap(): boolean {
  const state: unknown = window.history.state;
  if (!state || typeof state !== 'object' || !(RELOADED_FOR_MAP in state)) return false;
  const rest = Object.fromEntries(
    Object.entries(state).filter(([key]) => key !== RELOADED_FOR_MAP),
  );
  window.history.replaceState(Object.keys(rest).length ? rest : null, '');
  return true;
}
