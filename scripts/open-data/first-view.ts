/**
 * The picture of the city for the app's first map view (src/map/first-map-view.tsx), drawn at
 * build time from the same city layer as the bundled basemap: the neighbourhoods' ground, their
 * dashed borders and the city's edge, in the map's colours (read from src/styles/tokens.css). It
 * is shown until MapLibre has drawn the map, at the same place, so nothing moves.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';
import { PICTURE_SIZE, toPicture } from '../../src/map/first-view-geometry.ts';

export const TOKENS_CSS = 'src/styles/tokens.css';

const COLOURS = ['map-ground', 'map-border', 'map-edge'] as const;

/** The values of colour tokens, as tokens.css sets them. */
export function tokenColours<Name extends string>(
  names: readonly Name[],
  css = readFileSync(TOKENS_CSS, 'utf8'),
): Record<Name, string> {
  return Object.fromEntries(
    names.map((name) => {
      const value = css.match(new RegExp(`--${name}:\\s*([^;]+);`))?.[1]?.trim();
      if (!value) throw new Error(`${TOKENS_CSS} has no --${name}`);
      return [name, value];
    }),
  ) as Record<Name, string>;
}

/** The values of the map's colour tokens, as tokens.css sets them. */
export function mapColours(css = readFileSync(TOKENS_CSS, 'utf8')) {
  return tokenColours(COLOURS, css);
}

/**
 * A ring or line as SVG path data in picture units, to `scale` steps per unit (1: whole units),
 * repeated points dropped.
 */
export function picturePath(line: Position[], close: boolean, scale: number): string {
  let d = '';
  let previous: [number, number] | null = null;
  for (const [lon, lat] of line) {
    const [px, py] = toPicture({ lat: lat!, lon: lon! });
    const point: [number, number] = [Math.round(px * scale), Math.round(py * scale)];
    if (previous && point[0] === previous[0] && point[1] === previous[1]) continue;
    d += previous
      ? `l${(point[0] - previous[0]) / scale} ${(point[1] - previous[1]) / scale}`
      : `M${point[0] / scale} ${point[1] / scale}`;
    previous = point;
  }
  return close ? `${d}z` : d;
}

/**
 * The city layer as SVG path data in the first view's picture units: the neighbourhoods' ground
 * (with their borders) and the city's edge. `scale` steps per unit: 1 for the first view, more
 * for a picture drawn closer (the preview pictures, scripts/prerender/preview-image.ts).
 */
export function cityPathData(city: FeatureCollection, scale = 1): { ground: string; edge: string } {
  const ground: string[] = [];
  const edge: string[] = [];
  for (const feature of city.features) {
    const { geometry } = feature;
    const kind = (feature.properties as { kind: string }).kind;
    if (kind === 'neighbourhood') {
      const polygons =
        geometry.type === 'Polygon'
          ? [geometry.coordinates]
          : geometry.type === 'MultiPolygon'
            ? geometry.coordinates
            : [];
      for (const polygon of polygons)
        for (const ring of polygon) ground.push(picturePath(ring, true, scale));
    } else if (kind === 'city-edge') {
      const lines =
        geometry.type === 'LineString'
          ? [geometry.coordinates]
          : geometry.type === 'MultiLineString'
            ? geometry.coordinates
            : [];
      for (const line of lines) edge.push(picturePath(line, false, scale));
    }
  }
  return { ground: ground.join(''), edge: edge.join('') };
}

export function firstViewSvg(city: FeatureCollection, colours = mapColours()): string {
  const { ground, edge } = cityPathData(city);
  const { width, height } = PICTURE_SIZE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width.toFixed(1)} ${height.toFixed(1)}">`,
    '<style>path{vector-effect:non-scaling-stroke;stroke-linejoin:round}</style>',
    `<path fill="${colours['map-ground']}" stroke="${colours['map-border']}" stroke-width="0.8" stroke-dasharray="3 2" d="${ground}"/>`,
    `<path fill="none" stroke="${colours['map-edge']}" stroke-width="1.6" d="${edge}"/>`,
    '</svg>',
  ].join('');
}
