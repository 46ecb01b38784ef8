/** Puts all of the app's state back as the page starts, so that tests do not leak into each other. */
import { resetState } from '../src/state/reset.ts';

export function resetStores(): void {
  resetState();
}
