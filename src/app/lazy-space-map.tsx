/**
 * The map's code, loaded when the map is first wanted and loaded anew on each attempt after a
 * fault: React's `lazy` keeps a failed import for good, so each attempt has its own. A browser may
 * also keep a failed `import()` of an address failed for the page's life (Chromium 150 does), so
 * an attempt after the code did not arrive asks for it at another address (`?attempt=N`); when
 * that fails too, `retryMap` loads the page again.
 */
import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { SpaceMapProps } from '../map/space-map';

type SpaceMapModule = { default: ComponentType<SpaceMapProps> };

const attempts = new Map<string, LazyExoticComponent<ComponentType<SpaceMapProps>>>();

/** Forgets the attempts' components (for tests that start the app again). */
export function resetMapAttempts(): void {
  attempts.clear();
}

/** The address an attempt asks the failed code at: the same file, another address. */
export function freshAddress(failedCode: string, attempt: number): string {
  const url = new URL(failedCode);
  url.searchParams.set('attempt', String(attempt));
  return url.href;
}

function spaceMapFor(
  attempt: number,
  failedCode: string | null,
): LazyExoticComponent<ComponentType<SpaceMapProps>> {
  const key = `${attempt} ${failedCode ?? ''}`;
  let component = attempts.get(key);
  if (!component) {
    component = lazy(() =>
      failedCode && attempt > 0
        ? (import(/* @vite-ignore */ freshAddress(failedCode, attempt)) as Promise<SpaceMapModule>)
        : import('../map/space-map'),
    );
    attempts.set(key, component);
  }
  return component;
}

/** Suspends until the code of `attempt` is there; throws to the error boundary if it fails. */
export function LazySpaceMap({
  attempt,
  failedCode,
  ...props
}: SpaceMapProps & { attempt: number; failedCode: string | null }) {
  // Made once per attempt and kept in `attempts`, not made anew on each render.
  return createElement(spaceMapFor(attempt, failedCode), props);
}
