/** The interactive map, its code loaded for the attempt (map-code.ts). */
import { createElement } from 'react';
import type { SpaceMapProps } from '../map/space-map.tsx';
import { spaceMapFor } from './map-code.ts';

/** Suspends until the code of `attempt` is there; throws to the error boundary if it fails. */
export function LazySpaceMap({
  attempt,
  failedCode,
  ...props
}: SpaceMapProps & { attempt: number; failedCode: string | null }) {
  return createElement(spaceMapFor(attempt, failedCode), props);
}
