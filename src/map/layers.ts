/** Layer and source specs of the map's own overlays (the basemap's come from its style). */
import type { LineLayerSpecification } from 'maplibre-gl';
import { colour } from '../ui/tokens';

export const ROUTE_SOURCE_ID = 'origin-to-space';
export const ROUTE_LAYER_ID = 'origin-to-space-line';

/** The straight line from the starting point to the chosen space: dashed, since it is no route. */
export function routeLineLayer(): Omit<LineLayerSpecification, 'source'> {
  return {
    id: ROUTE_LAYER_ID,
    type: 'line',
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': colour('map-route'), 'line-width': 3, 'line-dasharray': [2, 1.5] },
  };
}

export function straightLine(from: { lat: number; lon: number }, to: { lat: number; lon: number }) {
  return {
    type: 'Feature' as const,
    properties: {},
    geometry: {
      type: 'LineString' as const,
      coordinates: [
        [from.lon, from.lat],
        [to.lon, to.lat],
      ],
    },
  };
}
