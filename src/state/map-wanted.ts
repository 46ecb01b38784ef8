/**
 * When the interactive map loads. The page opens on the first map view (map/first-map-view.tsx)
 * and starts MapLibre, the heaviest part of the app, once a person reaches for the map: a pointer
 * over it, a touch, a wheel, the focus in it, a space chosen, a starting point asked for, a
 * presentation, a printout, or a link that opens at a view. Until then the phone's processor and
 * data are the page's.
 */
import { create } from 'zustand';

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
}

export const useMapWanted = create<MapWanted>()(() => ({ wanted: false, fault: null, attempt: 0 }));

export function wantMap(): void {
  if (!useMapWanted.getState().wanted) useMapWanted.setState({ wanted: true });
}

export function mapFailed(fault: MapFault): void {
  useMapWanted.setState({ fault });
}

/** Starts the map again after a fault it may recover from (its code, an error). */
export function retryMap(): void {
  useMapWanted.setState((s) => ({ fault: null, wanted: true, attempt: s.attempt + 1 }));
}
