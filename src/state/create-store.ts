/**
 * zustand's `create`, made for a page that is prerendered and then hydrated: every store of the app
 * is made with this one.
 *
 * The one difference from zustand's: on the server (the prerender, scripts/prerender/render.tsx)
 * and while React hydrates the page in the browser (main.tsx), a component reads the store's
 * present state. zustand's own hook reads, at those two moments, the state the store was made
 * with: an empty page, where the prerender has set each page's state (its language, its space, the
 * spaces file) before rendering it, and the browser sets the same before hydrating it.
 */
import { useCallback, useDebugValue, useSyncExternalStore } from 'react';
import type { UseBoundStore } from 'zustand';
import {
  createStore,
  type Mutate,
  type StateCreator,
  type StoreApi,
  type StoreMutatorIdentifier,
} from 'zustand/vanilla';

type ReadableStore<S> = Pick<StoreApi<S>, 'getState' | 'subscribe'>;

function useStore<S, U>(api: ReadableStore<S>, selector: (state: S) => U): U {
  const read = useCallback(() => selector(api.getState()), [api, selector]);
  // The third argument is what the server and the hydrating page render: the same present state.
  const slice = useSyncExternalStore(api.subscribe, read, read);
  useDebugValue(slice);
  return slice;
}

const identity = <T>(value: T) => value;

export function create<T>() {
  return <Mos extends [StoreMutatorIdentifier, unknown][] = []>(
    initializer: StateCreator<T, [], Mos>,
  ): UseBoundStore<Mutate<StoreApi<T>, Mos>> => {
    const api = createStore(initializer);
    const useBoundStore = <U>(selector: (state: T) => U = identity as (state: T) => U) =>
      useStore(api as ReadableStore<T>, selector);
    Object.assign(useBoundStore, api);
    return useBoundStore as unknown as UseBoundStore<Mutate<StoreApi<T>, Mos>>;
  };
}
