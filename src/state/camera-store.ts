/**
 * The camera protocol: a view asks the map to move with `requestCamera` (a space chosen, a
 * starting point found, a tour step, Back); the map view answers it in map/use-camera.ts, once
 * per request (`seq` tells repeated wishes apart). Without a map the request is simply unanswered.
 */
import { create } from './create-store.ts';
import { resettable } from './reset.ts';
import type { LatLon } from '../spaces/types.ts';
import type { MapView } from './url-state.ts';

export type CameraRequest =
  | { kind: 'space'; id: string; seq: number }
  | { kind: 'view'; view: MapView; seq: number }
  /** Every shown space. */
  | { kind: 'fit'; seq: number }
  /** Show these points together (an area's spaces). */
  | { kind: 'points'; points: LatLon[]; seq: number }
  /**
   * Show a resident's starting point (with the nearest space): the one framing that depends on
   * where they are, so the link never carries it (see `viewPrivate` in app-store.ts).
   */
  | { kind: 'origin'; points: LatLon[]; seq: number };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type CameraWish = DistributiveOmit<CameraRequest, 'seq'>;

export const useCamera = resettable(
  create<{ request: CameraRequest | null }>()(() => ({ request: null })),
);

/** Asks the map to show a space, some points or every space, without opening anything. */
export function requestCamera(wish: CameraWish): void {
  useCamera.setState((s) => ({
    request: { ...wish, seq: (s.request?.seq ?? 0) + 1 } as CameraRequest,
  }));
}
