/**
 * When the interactive map loads. The page opens on the first map view (map/first-map-view.tsx)
 * and starts MapLibre, the heaviest part of the app, once a person reaches for the map: a pointer
 * over it, a touch, a wheel, the focus in it, a space chosen, a starting point asked for, a
 * presentation, a printout, or a link that opens at a view. Until then the phone's processor and
 * data are the page's.
 */
import { create } from 'zustand';

interface MapWanted {
  /** True once something asked for the map; it stays loaded from then on. */
  wanted: boolean;
  /** True when the map cannot be shown (its code failed, no WebGL): nobody should wait for it. */
  unavailable: boolean;
}

export const useMapWanted = create<MapWanted>()(() => ({ wanted: false, unavailable: false }));

export function wantMap(): void {
  if (!useMapWanted.getState().wanted) useMapWanted.setState({ wanted: true });
}

export function mapUnavailable(): void {
  useMapWanted.setState({ unavailable: true });
}
