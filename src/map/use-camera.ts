/** Answers the camera protocol (state/camera-store.ts): moves the map, with or without flight. */
import { useEffect } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { Space } from '../spaces/types';
import { useCamera } from '../state/camera-store';
import { useMapCover } from '../state/map-cover';
import { prefersReducedMotion } from '../ui/motion';
import { boundsOf, coverPadding, FIT_PADDING, SPACE_ZOOM } from './camera';

export function useCameraRequests(map: MapRef | null, spaces: readonly Space[]): void {
  const request = useCamera((s) => s.request);

  useEffect(() => {
    if (!map || !request) return;
    const instant = prefersReducedMotion();
    const padding = coverPadding(map.getContainer(), useMapCover.getState().element);
    if (request.kind === 'space') {
      const space = spaces.find((s) => s.id === request.id);
      if (!space) return;
      const camera = {
        center: [space.lon, space.lat] as [number, number],
        zoom: Math.max(map.getZoom(), SPACE_ZOOM),
        padding,
      };
      if (instant) map.jumpTo(camera);
      else map.flyTo({ ...camera, duration: 1200, essential: false });
    } else if (request.kind === 'points') {
      const [first, ...others] = request.points;
      if (!first) return;
      if (others.length === 0) {
        map.easeTo({
          center: [first.lon, first.lat],
          zoom: Math.max(map.getZoom(), SPACE_ZOOM),
          padding,
          duration: instant ? 0 : 800,
        });
      } else {
        map.fitBounds(boundsOf(request.points), {
          padding: {
            ...padding,
            top: padding.top + 48,
            bottom: padding.bottom + 48,
            left: padding.left + 48,
            right: padding.right + 48,
          },
          maxZoom: 16,
          duration: instant ? 0 : 800,
        });
      }
    } else if (request.kind === 'view') {
      map.jumpTo({ center: [request.view.lon, request.view.lat], zoom: request.view.zoom });
    } else if (spaces.length > 0) {
      // Room for the markers, plus whatever the panel or the tour card covers.
      const room = {
        top: FIT_PADDING.top + padding.top,
        bottom: FIT_PADDING.bottom + padding.bottom,
        left: FIT_PADDING.left + padding.left,
        right: FIT_PADDING.right + padding.right,
      };
      map.fitBounds(boundsOf(spaces), { padding: room, duration: instant ? 0 : 800 });
    }
    // Only a new request moves the map, not a change of the spaces list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, request?.seq]);
}
