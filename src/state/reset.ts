/**
 * How all of the app's state goes back to how the page started, in one call (`resetState`, which
 * the tests run before each test: tests/reset-stores.ts).
 *
 * The rule, checked by tests/unit/state-reset.test.ts: every zustand store is made `resettable`,
 * and every module that keeps anything else between calls (a cache of a fetched file, a timer, a
 * counter, a callback registered by a component) says with `onReset` how it forgets it.
 */
import type { StoreApi } from 'zustand';

const resets = new Set<() => void>();

/** Registers how a module's own state goes back to how the page started. */
export function onReset(reset: () => void): void {
  resets.add(reset);
}

/** A store whose state `resetState` puts back to the state it was made with. */
export function resettable<S extends StoreApi<object>>(store: S): S {
  const initial = store.getState();
  onReset(() => store.setState(initial, true));
  return store;
}

/** Puts every store and every module's state back to how the page started. */
export function resetState(): void {
  for (const reset of resets) reset();
}
