/** Puts every store back as the page starts, so that tests do not leak state into each other. */
import { resetMapAttempts } from '../src/app/map-code';
import { useHours } from '../src/state/hours-store';
import { useNearest } from '../src/nearest/nearest-store';
import { usePrint } from '../src/print/print-store';
import { useAppStore } from '../src/state/app-store';
import { useCamera } from '../src/state/camera-store';
import { useMapCover } from '../src/state/map-cover';
import { useMapWanted } from '../src/state/map-wanted';
import { useMessages } from '../src/state/messages-store';
import { useSpacesData } from '../src/state/spaces-store';
import { useUpdates } from '../src/state/updates-store';

const stores = [
  useAppStore,
  useSpacesData,
  useMessages,
  useCamera,
  useMapCover,
  useMapWanted,
  useNearest,
  usePrint,
  useHours,
  useUpdates,
];
const pristine = stores.map((store) => store.getState());

export function resetStores(): void {
  resetMapAttempts();
  stores.forEach((store, i) =>
    (store.setState as (s: unknown, replace: true) => void)(pristine[i], true),
  );
}
