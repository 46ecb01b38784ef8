/** The simplified basemap bundled with the app, used offline or when the configured one fails. */
import type { StyleSpecification } from 'maplibre-gl';
import labelFontUrl from '@fontsource/titillium-web/files/titillium-web-latin-600-normal.woff2?url';
import { MILAN_CENTRE } from '../spaces/milan';
import { colour } from '../ui/tokens';

export const FALLBACK_FONT = 'Titillium Web SemiBold';

/** A plain background with the city centre marked, so that the spaces keep their bearings. */
export function fallbackStyle(labels: { city: string; attribution: string }): StyleSpecification {
  return {
    version: 8,
    name: 'quartieri-connessi-fallback',
    // The font is served by the app itself: no glyph server is needed.
    'font-faces': { [FALLBACK_FONT]: [{ url: new URL(labelFontUrl, window.location.href).href }] },
    sources: {
      centre: {
        type: 'geojson',
        attribution: labels.attribution,
        data: {
          type: 'Feature',
          properties: { name: labels.city },
          geometry: { type: 'Point', coordinates: [MILAN_CENTRE.lon, MILAN_CENTRE.lat] },
        },
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': colour('map-ground') } },
      {
        id: 'centre-dot',
        type: 'circle',
        source: 'centre',
        paint: {
          'circle-radius': 5,
          'circle-color': colour('map-landmark'),
          'circle-stroke-color': colour('map-label-halo'),
          'circle-stroke-width': 2,
        },
      },
      {
        id: 'centre-label',
        type: 'symbol',
        source: 'centre',
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FALLBACK_FONT],
          'text-size': 14,
          'text-offset': [0, 1.2],
          'text-anchor': 'top',
        },
        paint: {
          'text-color': colour('map-label'),
          'text-halo-color': colour('map-label-halo'),
          'text-halo-width': 1.5,
        },
      },
    ],
  };
}
