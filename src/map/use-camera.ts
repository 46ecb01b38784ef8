/**
 * Answers the camera protocol (state/camera-store.ts): moves the map, with or without flight.
 *
 * Every move is computed to an exact camera first. For a request that needs no starting point,
 * that camera is kept as the public target: the map's view becomes public again (fit for the
 * link) only when a move ends exactly there, not when a person interrupts it half way.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { LatLon, Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { useCamera, type CameraRequest } from '../state/camera-store.ts';
import { useMapCover } from '../state/map-cover.ts';
import type { MapView } from '../state/url-state.ts';
import { prefersReducedMotion } from '../ui/motion.ts';
import { boundsOf, coverPadding, fitPadding, SPACE_ZOOM, type Padding } from './camera.ts';

/** How a request moves the map: the camera it ends at, and whether it flies there. */
interface Move {
  center: LatLon;
  zoom: number;
  padding?: Padding;
  /** A jump for a link's view; otherwise a flight (or a jump, with reduced motion). */
  jump?: boolean;
}

function moveFor(map: MapRef, request: CameraRequest, spaces: readonly Space[]): Move | null {
  const padding = coverPadding(map.getContainer(), useMapCover.getState().element);
  const fitAround = (points: readonly LatLon[], room: Padding, maxZoom?: number): Move | null => {
    if (points.length === 0) return null;
    // MapLibre adds the padding a space's move left on the map (kept until changed) to the room
    // asked for, and the camera is kept with it: ask for the difference, for `room` in all.
    const padding = map.getMap().getPadding();
    const extra = {
      top: room.top - (padding.top ?? 0),
      right: room.right - (padding.right ?? 0),
      bottom: room.bottom - (padding.bottom ?? 0),
      left: room.left - (padding.left ?? 0),
    };
    // An undefined maxZoom would override the map's own and give NaN.
    const options = maxZoom === undefined ? { padding: extra } : { padding: extra, maxZoom };
    const camera = map.cameraForBounds(boundsOf(points), options);
    if (!camera?.center || camera.zoom === undefined) return null;
    const { lng, lat } = camera.center as { lng: number; lat: number };
    return { center: { lat, lon: lng }, zoom: camera.zoom };
  };

  switch (request.kind) {
    case 'space': {
      const space = spaces.find((s) => s.id === request.id);
      if (!space) return null;
      // Closer if the person had zoomed in, unless that zoom came from a framed starting point.
      const keepCloser = !useAppStore.getState().viewPrivate;
      const zoom = keepCloser ? Math.max(map.getZoom(), SPACE_ZOOM) : SPACE_ZOOM;
      return { center: space, zoom, padding };
    }
    case 'view':
      return { center: request.view, zoom: request.view.zoom, jump: true };
    case 'fit': {
      // Room for the markers, plus whatever the panel or the tour card covers.
      const room = fitPadding(map.getContainer().clientWidth);
      return fitAround(spaces, {
        top: room.top + padding.top,
        bottom: room.bottom + padding.bottom,
        left: room.left + padding.left,
        right: room.right + padding.right,
      });
    }
    case 'points':
    case 'origin': {
      const [first, ...others] = request.points;
      if (!first) return null;
      if (others.length === 0) {
        return { center: first, zoom: Math.max(map.getZoom(), SPACE_ZOOM), padding };
      }
      const room = { top: 48, bottom: 48, left: 48, right: 48 };
      return fitAround(
        request.points,
        {
          top: padding.top + room.top,
          bottom: padding.bottom + room.bottom,
          left: padding.left + room.left,
          right: padding.right + room.right,
        },
        16,
      );
    }
  }
}

/** Returns a test of a view the map reached: is it exactly the last public target (see above)? */
export function useCameraRequests(
  map: MapRef | null,
  spaces: readonly Space[],
): (view: MapView) => boolean {
  const request = useCamera((s) => s.request);
  const publicTarget = useRef<MapView | null>(null);

  // The last request made before the map existed: the map opens where it asked, without flight.
  const lastBeforeMap = useRef<number | null>(null);

  useEffect(() => {
    if (!map) return;
    lastBeforeMap.current ??= request?.seq ?? 0;
    if (!request) return;
    const atStart = request.seq <= lastBeforeMap.current;
    // The map was created at the view the store holds (its initialViewState): already there,
    // unless something covers the map (the tour card, a panel) that the first view left no room for.
    const covered = useMapCover.getState().element?.isConnected ?? false;
    if (atStart && opensAt(request) && !covered) return;
    // Whatever move was under way is superseded: it no longer ends anywhere public.
    publicTarget.current = null;
    const move = moveFor(map, request, spaces);
    if (!move) return;
    const camera = {
      center: [move.center.lon, move.center.lat] as [number, number],
      zoom: move.zoom,
      ...(move.padding ? { padding: move.padding } : {}),
    };
    if (request.kind !== 'origin') {
      publicTarget.current = { lat: move.center.lat, lon: move.center.lon, zoom: move.zoom };
    }
    if (atStart || move.jump || prefersReducedMotion()) {
      map.jumpTo(camera);
      return;
    }
    // Read by the browser tests: no flight runs at start.
    performance.mark('map-flight');
    // From the next frame: the frame that answers a tap shows what it opened (the panel) without
    // also drawing the flight's first frame of the map (the tap's Event Timing duration). A newer
    // request before then supersedes it.
    const frame = requestAnimationFrame(() =>
      map.flyTo({ ...camera, duration: request.kind === 'space' ? 1200 : 800, essential: false }),
    );
    return () => cancelAnimationFrame(frame);
    // Only a new request moves the map, not a change of the spaces list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, request?.seq]);

  return useCallback((view: MapView) => isAtTarget(view, publicTarget.current), []);
}

/** True when the map's first view already answers the request (see `firstCamera`). */
function opensAt(request: CameraRequest): boolean {
  if (request.kind === 'fit' || request.kind === 'view') return true;
  return request.kind === 'space' && request.id === useAppStore.getState().selectedId;
}

/** True when a view is the target itself (a few centimetres and a hair of zoom aside). */
function isAtTarget(view: MapView, target: MapView | null): boolean {
  if (!target) return false;
  return (
    Math.abs(view.lat - target.lat) < 1e-6 &&
    Math.abs(view.lon - target.lon) < 1e-6 &&
    Math.abs(view.zoom - target.zoom) < 1e-6
  );
}
