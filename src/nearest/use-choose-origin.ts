/** Sets a starting point and asks the map to show it with the nearest space. */
import { useCallback } from 'react';
import { spacesInAreas } from '../spaces/filter-spaces.ts';
import { useAppStore } from '../state/app-store.ts';
import { readySpaces } from '../state/spaces-store.ts';
import { useNearest, type Origin } from './nearest-store.ts';
import { rankSpaces } from './rank-spaces.ts';

/** `fit: false` leaves the map where it is (the person is dragging the pin on it). */
export function useChooseOrigin(): (origin: Origin, options?: { fit?: boolean }) => void {
  const setOrigin = useNearest((s) => s.setOrigin);
  return useCallback(
    (origin: Origin, { fit = true } = {}) => {
      if (!fit) {
        setOrigin(origin, []);
        return;
      }
      const visible = spacesInAreas(readySpaces(), useAppStore.getState().areas);
      const nearest = rankSpaces(origin, visible, useNearest.getState().lookingFor)[0]?.space;
      setOrigin(origin, nearest ? [origin, nearest] : [origin]);
    },
    [setOrigin],
  );
}
