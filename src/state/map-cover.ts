/**
 * What lies over the map: the detail panel or the presentation's tour card report their element
 * here (`coverMap` as their ref), and the camera keeps the chosen space clear of it.
 */
import { create } from './create-store.ts';
import { resettable } from './reset.ts';

export const useMapCover = resettable(
  create<{ element: HTMLElement | null }>()(() => ({ element: null })),
);

/** A ref callback for an element that covers part of the map while it is mounted. */
export function coverMap(element: HTMLElement | null): () => void {
  useMapCover.setState({ element });
  return () => {
    if (useMapCover.getState().element === element) useMapCover.setState({ element: null });
  };
}
