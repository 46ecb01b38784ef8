/**
 * The basemap bundled with the app, drawn from the Comune's open data (scripts/open-data/): the 88
 * neighbourhoods and the city's edge, then streets and house numbers close up. It asks nothing of
 * any other host: the data and the font are the app's own files.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import labelFontUrl from '@fontsource/titillium-web/files/titillium-web-latin-600-normal.woff2?url';
import { MILAN_BOUNDS } from '../spaces/milan.ts';
import { colour } from '../ui/tokens.ts';
import { BASEMAP_PATH, BASEMAP_TILE_ZOOMS } from './bundled-basemap-format.ts';

export const BUNDLED_FONT = 'Titillium Web SemiBold';

/** The licence asks for this wording; it is the same in every language. */
export const BUNDLED_ATTRIBUTION = 'Comune di Milano, open data (CC BY 4.0)';

/** Where the streets start to show, and where their names and the house numbers do. */
export const STREETS_FROM_ZOOM = 12.5;
export const STREET_NAMES_FROM_ZOOM = 14;
export const NUMBERS_FROM_ZOOM = 15.5;

/** MapLibre fetches from its worker, which needs whole URLs ({z} kept as written, not escaped). */
const absolute = (path: string) => new URL(path, window.location.href).href;
const generated = (path: string) =>
  `${absolute(`${import.meta.env.BASE_URL}${BASEMAP_PATH}`)}${path}`;

const byZoom = (...stops: number[]): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  ...stops,
];

const halo = () => ({
  'text-color': colour('map-label'),
  'text-halo-color': colour('map-label-halo'),
  'text-halo-width': 1.5,
});

function streetLine(
  id: string,
  token: 'map-street' | 'map-street-edge',
  minzoom: number,
  widths: number[],
): LayerSpecification {
  return {
    id,
    type: 'line',
    source: 'streets',
    'source-layer': 'streets',
    minzoom,
    filter: ['==', ['geometry-type'], 'LineString'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': colour(token), 'line-width': byZoom(...widths) },
  };
}

export function bundledStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'quartieri-connessi-bundled',
    'font-faces': { [BUNDLED_FONT]: [{ url: absolute(labelFontUrl) }] },
    sources: {
      city: { type: 'geojson', data: generated('city.json'), attribution: BUNDLED_ATTRIBUTION },
      streets: {
        type: 'vector',
        tiles: [generated('tiles/{z}/{x}/{y}.pbf')],
        minzoom: BASEMAP_TILE_ZOOMS.min,
        maxzoom: BASEMAP_TILE_ZOOMS.max,
        bounds: [...MILAN_BOUNDS],
        attribution: BUNDLED_ATTRIBUTION,
      },
    },
    layers: [
      { id: 'outside', type: 'background', paint: { 'background-color': colour('map-outside') } },
      {
        id: 'neighbourhood-ground',
        type: 'fill',
        source: 'city',
        filter: ['==', ['get', 'kind'], 'neighbourhood'],
        paint: { 'fill-color': colour('map-ground') },
      },
      // A street is a white line with a darker edge: the edge first, the line over it.
      streetLine(
        'street-edges',
        'map-street-edge',
        STREETS_FROM_ZOOM,
        [12.5, 0.6, 14, 2.5, 16, 7, 18, 16],
      ),
      streetLine('streets', 'map-street', 13.5, [13.5, 0.5, 14, 1, 16, 5, 18, 13]),
      {
        id: 'neighbourhood-borders',
        type: 'line',
        source: 'city',
        filter: ['==', ['get', 'kind'], 'neighbourhood'],
        paint: {
          'line-color': colour('map-border'),
          'line-width': byZoom(10, 0.6, 14, 1.5),
          'line-dasharray': [3, 2],
        },
      },
      {
        id: 'city-edge',
        type: 'line',
        source: 'city',
        filter: ['==', ['get', 'kind'], 'city-edge'],
        paint: { 'line-color': colour('map-edge'), 'line-width': byZoom(10, 1.5, 14, 3) },
      },
      {
        id: 'house-numbers',
        type: 'symbol',
        source: 'streets',
        'source-layer': 'numbers',
        minzoom: NUMBERS_FROM_ZOOM,
        layout: {
          'text-field': ['get', 'number'],
          'text-font': [BUNDLED_FONT],
          'text-size': 11,
          'text-padding': 1,
        },
        paint: {
          'text-color': colour('map-number'),
          'text-halo-color': colour('map-label-halo'),
          'text-halo-width': 1,
        },
      },
      {
        id: 'street-names',
        type: 'symbol',
        source: 'streets',
        'source-layer': 'streets',
        minzoom: STREET_NAMES_FROM_ZOOM,
        filter: ['all', ['==', ['geometry-type'], 'LineString'], ['get', 'label']],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [BUNDLED_FONT],
          'text-size': byZoom(14, 11, 17, 14),
          'symbol-placement': 'line',
          'symbol-spacing': 300,
          'text-max-angle': 30,
        },
        paint: halo(),
      },
      {
        // Streets whose numbers are too few or too scattered for a line are named where they are.
        id: 'street-names-unlined',
        type: 'symbol',
        source: 'streets',
        'source-layer': 'streets',
        minzoom: 15,
        filter: ['==', ['geometry-type'], 'Point'],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [BUNDLED_FONT],
          'text-size': 12,
          'text-max-width': 8,
        },
        paint: halo(),
      },
      {
        id: 'neighbourhood-names',
        type: 'symbol',
        source: 'city',
        maxzoom: 15.5,
        filter: ['==', ['get', 'kind'], 'neighbourhood-name'],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [BUNDLED_FONT],
          'text-size': byZoom(10, 10, 12, 12, 14, 15),
          'text-max-width': 8,
          'text-padding': 2,
        },
        paint: { ...halo(), 'text-opacity': byZoom(14.5, 1, 15.5, 0.6) },
      },
    ],
  };
}
