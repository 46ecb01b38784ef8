/**
 * The preview pictures a chat or a social site shows for a link (Open Graph, 1200x630 PNG): a
 * space's neighbourhood from the bundled map with its marker (its area's colour, shape and
 * number), the address, the neighbourhood and the Municipio written beside it; for the homes,
 * the city with the nine spaces. Drawn as SVG from the same city layer as the first map view and
 * rasterised at build time with resvg, in the app's font (Titillium Web).
 *
 * One picture per space, the same in every language: the words on it are names (an address, a
 * neighbourhood) and the area's Italian name; each page gives its text alternative in its own
 * language (og:image:alt).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { VectorTile } from '@mapbox/vector-tile';
import { Resvg } from '@resvg/resvg-js';
import { PbfReader } from 'pbf';
import type { FeatureCollection } from 'geojson';
import { toPicture } from '../../src/map/first-view-geometry.ts';
import type { AreaId, LatLon, Space } from '../../src/spaces/types.ts';
import { cityPathData, picturePath, tokenColours } from '../open-data/first-view.ts';
import { escapeHtml } from './page-document.ts';

export const PREVIEW = { width: 1200, height: 630 };
/** Where the pictures go in the build. */
export const PREVIEW_FOLDER = 'previews/';

const require = createRequire(import.meta.url);
const FONTS = ['400Regular', '600SemiBold', '700Bold'].map((face) =>
  require.resolve(`@expo-google-fonts/titillium-web/${face}/TitilliumWeb_${face}.ttf`),
);

/** The picture's colours: the app's design tokens (src/styles/tokens.css), never its own. */
const TOKENS = tokenColours([
  'area-1',
  'area-2',
  'area-3',
  'map-ground',
  'map-border',
  'map-edge',
  'map-outside',
  'map-street',
  'map-street-edge',
  'color-primary-darker',
  'color-on-dark',
] as const);
const AREA_COLOURS: Record<AreaId, string> = {
  1: TOKENS['area-1'],
  2: TOKENS['area-2'],
  3: TOKENS['area-3'],
};
const INK = TOKENS['color-primary-darker'];
const LIGHT = TOKENS['color-on-dark'];

/** Each area's name in Italian, as the app words it (the picture serves every language). */
const italian = JSON.parse(readFileSync('src/i18n/locales/it.json', 'utf8')) as {
  area: Record<AreaId, { one: string }>;
};
const AREA_NAMES: Record<AreaId, string> = {
  1: italian.area[1].one,
  2: italian.area[2].one,
  3: italian.area[3].one,
};

/** The city's ground and borders, drawn a tenth of a picture unit fine. */
function cityPaths(city: FeatureCollection): string {
  const { ground, edge } = cityPathData(city, 10);
  return [
    `<rect x="-99999" y="-99999" width="199999" height="199999" fill="${TOKENS['map-outside']}"/>`,
    `<path fill="${TOKENS['map-ground']}" stroke="${TOKENS['map-border']}" stroke-width="0.6" stroke-dasharray="3 2" d="${ground}"/>`,
    `<path fill="none" stroke="${TOKENS['map-edge']}" stroke-width="1.2" d="${edge}"/>`,
  ].join('');
}

/** The bundled map's street tiles (scripts/open-data/basemap.ts), read at this zoom. */
const TILES = 'public/generated/basemap/tiles';
const STREET_ZOOM = 13;

/** The streets around a point (a few tiles' worth), as one path in picture units. */
function streetPaths(centre: LatLon): string {
  const n = 2 ** STREET_ZOOM;
  const tx = Math.floor(((centre.lon + 180) / 360) * n);
  const r = (centre.lat * Math.PI) / 180;
  const ty = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  let d = '';
  for (let x = tx - 1; x <= tx + 1; x++)
    for (let y = ty - 1; y <= ty + 1; y++) {
      const file = `${TILES}/${STREET_ZOOM}/${x}/${y}.pbf`;
      if (!existsSync(file)) continue;
      const bytes = readFileSync(file);
      if (bytes.length === 0) continue;
      const layer = new VectorTile(new PbfReader(bytes)).layers.streets;
      for (let i = 0; i < (layer?.length ?? 0); i++) {
        const { geometry } = layer!.feature(i).toGeoJSON(x, y, STREET_ZOOM);
        const lines =
          geometry.type === 'LineString'
            ? [geometry.coordinates]
            : geometry.type === 'MultiLineString'
              ? geometry.coordinates
              : [];
        for (const line of lines) d += picturePath(line, false, 10);
      }
    }
  return d
    ? `<path fill="none" stroke="${TOKENS['map-street-edge']}" stroke-width="1.6" stroke-linecap="round" d="${d}"/><path fill="none" stroke="${TOKENS['map-street']}" stroke-width="1" stroke-linecap="round" d="${d}"/>`
    : '';
}

/** An area's marker: its shape, colour and number, centred on (x, y), `size` pixels wide. */
function marker(area: AreaId, x: number, y: number, size: number): string {
  const h = size / 2;
  const fill = `fill="${AREA_COLOURS[area]}" stroke="${LIGHT}" stroke-width="${size / 10}"`;
  const shape =
    area === 1
      ? `<circle cx="${x}" cy="${y}" r="${h}" ${fill}/>`
      : area === 2
        ? `<rect x="${x - h}" y="${y - h}" width="${size}" height="${size}" rx="${size / 14}" ${fill}/>`
        : `<rect x="${x - h * 0.85}" y="${y - h * 0.85}" width="${size * 0.85}" height="${size * 0.85}" rx="${size / 14}" transform="rotate(45 ${x} ${y})" ${fill}/>`;
  return `${shape}<text x="${x}" y="${y + size * 0.2}" font-size="${size * 0.55}" font-weight="700" text-anchor="middle" fill="${LIGHT}">${area}</text>`;
}

/** A map window of `width`x`height` pixels centred on `centre` at `zoom` (the map's zoom). */
function mapWindow(
  city: string,
  centre: LatLon,
  zoom: number,
  width: number,
  height: number,
): { svg: string; at: (point: LatLon) => [number, number] } {
  const scale = 2 ** (zoom - 12);
  const [cx, cy] = toPicture(centre);
  const viewBox = [cx - width / scale / 2, cy - height / scale / 2, width / scale, height / scale];
  const at = (point: LatLon): [number, number] => {
    const [px, py] = toPicture(point);
    return [(px - viewBox[0]!) * scale, (py - viewBox[1]!) * scale];
  };
  return {
    svg: `<svg x="0" y="0" width="${width}" height="${height}" viewBox="${viewBox.map((n) => n.toFixed(2)).join(' ')}"><g style="vector-effect:non-scaling-stroke">${city}</g></svg>`,
    at,
  };
}

function frame(map: string, words: string): string {
  const { width, height } = PREVIEW;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Titillium Web">`,
    `<rect width="${width}" height="${height}" fill="${LIGHT}"/>`,
    map,
    `<rect x="680" y="0" width="520" height="${height}" fill="${LIGHT}"/>`,
    `<rect x="680" y="0" width="8" height="${height}" fill="${INK}"/>`,
    words,
    '</svg>',
  ].join('');
}

/** Lines of at most `max` characters, on word boundaries. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const text = (x: number, y: number, size: number, weight: number, fill: string, words: string) =>
  `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeHtml(words)}</text>`;

/** A space's preview, as SVG. */
export function spacePreviewSvg(space: Space, city: FeatureCollection): string {
  const map = mapWindow(
    `${cityPaths(city)}${streetPaths(space)}`,
    space,
    14.2,
    680,
    PREVIEW.height,
  );
  const [x, y] = map.at(space);
  // The words fit the 452 px beside the map: a long address in smaller type, the area's name on
  // as many lines as it needs, above the bottom edge.
  const short = wrap(space.address, 15);
  const [size, address] = short.length <= 2 ? [54, short] : [44, wrap(space.address, 19)];
  const after = 240 + (address.length - 1) * (size + 8);
  const area = wrap(`Area ${space.area} · ${AREA_NAMES[space.area]}`, 30);
  const areaTop = 575 - (area.length - 1) * 36;
  const lines = [
    text(724, 110, 30, 600, INK, 'Quartieri Connessi'),
    text(724, 146, 24, 400, INK, 'Comune di Milano'),
    ...address.map((line, i) => text(724, 240 + i * (size + 8), size, 700, INK, line)),
    text(724, after + 60, 30, 600, INK, space.neighbourhood),
    text(724, after + 100, 28, 400, INK, `Municipio ${space.municipio}`),
    marker(space.area, 744, areaTop - 10, 44),
    ...area.map((line, i) => text(782, areaTop + i * 36, 28, 600, AREA_COLOURS[space.area], line)),
  ];
  return frame(`${map.svg}${marker(space.area, x, y, 72)}`, lines.join(''));
}

/** The homes' preview: the city with every space, as SVG. */
export function homePreviewSvg(spaces: readonly Space[], city: FeatureCollection): string {
  const lat = (Math.min(...spaces.map((s) => s.lat)) + Math.max(...spaces.map((s) => s.lat))) / 2;
  const lon = (Math.min(...spaces.map((s) => s.lon)) + Math.max(...spaces.map((s) => s.lon))) / 2;
  const map = mapWindow(cityPaths(city), { lat, lon }, 11.4, 680, PREVIEW.height);
  const markers = spaces.map((s) => {
    const [x, y] = map.at(s);
    return marker(s.area, x, y, 40);
  });
  const lines = [
    text(724, 200, 52, 700, INK, 'Quartieri Connessi'),
    text(724, 250, 32, 400, INK, 'Comune di Milano'),
    ...([1, 2, 3] as const).flatMap((area, i) => [
      marker(area, 744, 352 + i * 70, 44),
      text(782, 363 + i * 70, 28, 600, INK, AREA_NAMES[area]),
    ]),
  ];
  return frame(`${map.svg}${markers.join('')}`, lines.join(''));
}

/** The SVG as a PNG, in the app's font. */
export function toPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Titillium Web' },
  });
  return Buffer.from(resvg.render().asPng());
}

/** The picture's path below the base, for a space or for the homes. */
export function previewPath(spaceId: string | null): string {
  return `${PREVIEW_FOLDER}${spaceId ?? 'quartieri-connessi'}.png`;
}
