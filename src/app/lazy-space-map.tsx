/**
 * The map's code, loaded when the map is first wanted and loaded anew on each attempt after a
 * fault: React's `lazy` keeps a failed import for good, so each attempt has its own.
 */
import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { SpaceMapProps } from '../map/space-map';

const attempts = new Map<number, LazyExoticComponent<ComponentType<SpaceMapProps>>>();

function spaceMapFor(attempt: number): LazyExoticComponent<ComponentType<SpaceMapProps>> {
  let component = attempts.get(attempt);
  if (!component) {
    component = lazy(() => import('../map/space-map'));
    attempts.set(attempt, component);
  }
  return component;
}

/** Suspends until the code of `attempt` is there; throws to the error boundary if it fails. */
export function LazySpaceMap({ attempt, ...props }: SpaceMapProps & { attempt: number }) {
  // Made once per attempt and kept in `attempts`, not made anew on each render.
  return createElement(spaceMapFor(attempt), props);
}
