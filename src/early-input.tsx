/** What a person did on the prerendered page before the app started (noted by boot.ts). */
import { useEffect } from 'react';

export interface EarlyInput {
  /** The id of the space they chose last, in the list or on the first map view. */
  space: string | null;
  /** True when they reached for the map. */
  mapReached: boolean;
}

/** Calls back once the app's page is on screen and its handlers are live. */
export function AfterStart({ then }: { then: () => void }) {
  useEffect(then, [then]);
  return null;
}
