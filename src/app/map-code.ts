/**
 * The map's code, asked for when the map is first wanted and asked for anew on each attempt after
 * a fault: React's `lazy` keeps a failed import for good, so each attempt has its own. A browser
 * may also keep a failed `import()` of an address failed for the page's life (Chromium 150 does),
 * so an attempt after the code did not arrive asks for it at another address (`?attempt=N`);
 * when that fails too, `retryMap` (state/map-wanted.ts) loads the page again.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { SpaceMapProps } from '../map/space-map.tsx';
import { onReset } from '../state/reset.ts';

type SpaceMap = LazyExoticComponent<ComponentType<SpaceMapProps>>;

const attempts = new Map<string, SpaceMap>();
onReset(() => attempts.clear());

/** The address an attempt asks the failed code at: the same file, another address. */
export function freshAddress(failedCode: string, attempt: number): string {
  const url = new URL(failedCode);
  url.searchParams.set('attempt', String(attempt));
  return url.href;
}

/** The component of an attempt, made once and kept, not made anew on each render. */
export function spaceMapFor(attempt: number, failedCode: string | null): SpaceMap {
  const key = `${attempt} ${failedCode ?? ''}`;
  let component = attempts.get(key);
  if (!component) {
    component = lazy(() =>
      failedCode && attempt > 0
        ? (import(/* @vite-ignore */ freshAddress(failedCode, attempt)) as Promise<{
            default: ComponentType<SpaceMapProps>;
          }>)
        : import('../map/space-map.tsx'),
    );
    attempts.set(key, component);
  }
  return component;
}
