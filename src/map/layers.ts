/** Layer and source specs of the map's own overlays (the basemap's come from its style). */
import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { AreaId } from '../spaces/types.ts';
import { colour } from '../ui/tokens.ts';

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

export const SPACES_SOURCE_ID = 'spaces';
export const SPACES_LAYER_ID = 'spaces-glyphs';
/** The name of an area's glyph among the map's images (spaces-layer.tsx adds them). */
export const GLYPH_IMAGE_PREFIX = 'space-area-';

/**
 * A large programme's spaces, drawn by the map (marker-mode.ts): each its area's glyph, smaller at
 * the city's scale, none hidden by another's placement, the later numbers above.
 */
export function spacesLayer(): Omit<SymbolLayerSpecification, 'source'> {
  return {
    id: SPACES_LAYER_ID,
    type: 'symbol',
    layout: {
      'icon-image': ['concat', GLYPH_IMAGE_PREFIX, ['to-string', ['get', 'area']]],
      'icon-size': ['interpolate', ['linear'], ['zoom'], 10, 0.5, 14, 0.8, 16, 1],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'symbol-sort-key': ['get', 'number'],
    },
    paint: { 'icon-opacity': ['case', ['get', 'dimmed'], 0.35, 1] },
  };
}

export const WALK_SOURCE_ID = 'walk-grid';
export const WALK_LAYER_ID = 'walk-grid-squares';
/** The squares are drawn at this opacity, so that the streets and names show through. */
export const WALK_OPACITY = 0.6;

/**
 * "A piedi dagli spazi": each square coloured by the walk to the nearest space of the shown
 * areas (its `m1`-`m3`), in the legend's classes; a square farther than 15 minutes is not drawn.
 */
export function walkLayer(areas: readonly AreaId[]): Omit<FillLayerSpecification, 'source'> {
  const minutes: ExpressionSpecification =
    areas.length === 1
      ? ['get', `m${areas[0]}`]
      : ([
          'min',
          ...(areas.map((area) => ['get', `m${area}`]) as ExpressionSpecification[]),
        ] as unknown as ExpressionSpecification);
  return {
    id: WALK_LAYER_ID,
    type: 'fill',
    filter: ['<=', minutes, 15],
    paint: {
      'fill-color': [
        'step',
        minutes,
        colour('walk-5'),
        6,
        colour('walk-10'),
        11,
        colour('walk-15'),
      ],
      'fill-opacity': WALK_OPACITY,
      'fill-antialias': false,
    },
  };
}
