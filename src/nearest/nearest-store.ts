/**
 * The nearest-space feature's own state: the resident's starting point, what they look for, and
 * whether a tap on the map sets the point. It stays in the page: never in the URL, stored or sent.
 */
import { useMemo } from 'react';
import { create } from '../state/create-store.ts';
import { resettable } from '../state/reset.ts';
import { useAppStore } from '../state/app-store.ts';
import { requestCamera } from '../state/camera-store.ts';
import { useVisibleSpaces } from '../state/selectors.ts';
import type { LatLon } from '../spaces/types.ts';
import { rankSpaces, type LookingFor, type RankedSpace } from './rank-spaces.ts';

/** Where the resident starts from. */
export interface Origin extends LatLon {
  source: 'location' | 'map' | 'address' | 'neighbourhood';
  /** The address chosen, for `address`; the neighbourhood's name, for `neighbourhood`. */
  label?: string;
  /** Metres, for `location`. */
  accuracy?: number;
}

interface NearestState {
  origin: Origin | null;
  lookingFor: LookingFor;
  /** True while a tap on the map sets the starting point. */
  pickingOnMap: boolean;
  /** Sets the starting point; `show` are the points the map should then fit (none: it stays). */
  setOrigin: (origin: Origin, show: LatLon[]) => void;
  clearOrigin: () => void;
  setLookingFor: (lookingFor: LookingFor) => void;
  setPickingOnMap: (picking: boolean) => void;
}

export const useNearest = resettable(
  create<NearestState>()((set) => ({
    origin: null,
    lookingFor: 'portineria',
    pickingOnMap: false,
    setOrigin: (origin, show) => {
      // First of all: from now on the map's view may give the point away, so the link drops it.
      useAppStore.getState().keepViewPrivate();
      set({ origin });
      if (show.length > 0) requestCamera({ kind: 'origin', points: show });
    },
    clearOrigin: () => set({ origin: null, pickingOnMap: false }),
    setLookingFor: (lookingFor) => set({ lookingFor }),
    setPickingOnMap: (pickingOnMap) => set({ pickingOnMap }),
  })),
);

/** The shown spaces ranked from the starting point, or null when there is none. */
export function useRanking(): RankedSpace[] | null {
  const visible = useVisibleSpaces();
  const origin = useNearest((s) => s.origin);
  const lookingFor = useNearest((s) => s.lookingFor);
  return useMemo(
    () => (origin ? rankSpaces(origin, visible, lookingFor) : null),
    [origin, visible, lookingFor],
  );
}
