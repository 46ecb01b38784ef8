/**
 * Answers the print round trip (state/map-picture.ts): frames the space (or the city), waits for
 * the map to settle, snapshots it, and puts the camera back exactly as it was, padding included.
 * A printout is handed on: the line to a resident's starting point is left out of the picture.
 */
import { useEffect } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { provideMapPictures, type PictureRequest } from '../state/map-picture.ts';
import { boundsOf, fitPadding } from './camera.ts';
import { ROUTE_LAYER_ID } from './layers.ts';
import { snapshotMap } from './print-snapshot.ts';

/** Close enough for a printed space to show its block and the streets around it. */
const PRINT_SPACE_ZOOM = 16;

export function useMapPictures(map: MapRef | null): void {
  useEffect(() => {
    if (!map) return;
    const instance = map.getMap();
    return provideMapPictures(
      (request: PictureRequest) =>
        new Promise<string>((resolve, reject) => {
          const before = {
            center: instance.getCenter(),
            zoom: instance.getZoom(),
            padding: instance.getPadding(),
          };
          const shown = request.kind === 'space' ? [request.space] : request.spaces;
          const route = instance.getLayer(ROUTE_LAYER_ID) ? ROUTE_LAYER_ID : null;
          if (route) instance.setLayoutProperty(route, 'visibility', 'none');
          if (request.kind === 'space') {
            instance.jumpTo({
              center: [request.space.lon, request.space.lat],
              zoom: PRINT_SPACE_ZOOM,
              padding: { top: 0, bottom: 0, left: 0, right: 0 },
            });
          } else {
            instance.fitBounds(boundsOf(shown), {
              padding: fitPadding(instance.getContainer().clientWidth),
              duration: 0,
            });
          }
          instance.once('idle', () => {
            snapshotMap(instance, shown)
              .then(resolve, reject)
              .finally(() => {
                instance.jumpTo(before);
                if (route && instance.getLayer(route)) {
                  instance.setLayoutProperty(route, 'visibility', 'visible');
                }
              });
          });
          instance.triggerRepaint();
        }),
    );
  }, [map]);
}
