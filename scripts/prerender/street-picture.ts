/**
 * The streets around each space, for its page's still map (src/map/first-view-streets.ts): the
 * bundled map's streets (scripts/open-data/street-map.ts, drawn through the register's house
 * numbers) within the picture's square, with the names of the space's own street and of the
 * streets that meet it, so that the page alone answers "where is it?". Plain SVG, shown as an
 * image: its words are names, the same in every language.
 */
import type { Feature, LineString, Position } from 'geojson';
import { toPicture } from '../../src/map/first-view-geometry.ts';
import { streetsBounds, streetsPath } from '../../src/map/first-view-streets.ts';
import type { LatLon, Space } from '../../src/spaces/types.ts';
import { picturePath, tokenColours } from '../open-data/first-view.ts';
import { readRegister, REGISTER_SNAPSHOT } from '../open-data/register.ts';
import { streetMap, type StreetProperties } from '../open-data/street-map.ts';
import { escapeHtml } from './page-document.ts';

type StreetLine = Feature<LineString, StreetProperties>;

const TOKENS = tokenColours([
  'map-street',
  'map-street-edge',
  'map-label',
  'map-label-halo',
] as const);

/** A street whose house numbers come this near the space's street's meets it (at a corner). */
const MEETS_METRES = 60;
/** Only the corners this near the space are named: the streets a person turns from. */
const NEAR_METRES = 500;
const MOST_MEETING = 5;
/** The picture's pixels per unit at the zoom a space's page opens at (15: 8 pixels a unit). */
const PIXELS_PER_UNIT = 8;

const METRES_PER_DEGREE_LAT = 111_320;
const metresBetween = ([lon1, lat1]: Position, [lon2, lat2]: Position) =>
  Math.hypot(
    (lon2! - lon1!) * METRES_PER_DEGREE_LAT * Math.cos((lat1! * Math.PI) / 180),
    (lat2! - lat1!) * METRES_PER_DEGREE_LAT,
  );

/** "Viale Omero" and "viale Omero 15" alike: lower case, no accents, words only. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Each space's picture, by its path below the site's base. */
export function streetPictures(spaces: readonly Space[]): Map<string, string> {
  const { lines } = streetMap(readRegister(REGISTER_SNAPSHOT));
  return new Map(spaces.map((space) => [streetsPath(space.id), streetPictureSvg(space, lines)]));
}

/** The street the address names (the longest name it begins with), else the nearest. */
export function ownStreet(space: Space, lines: readonly StreetLine[]): string | null {
  const address = plain(space.address);
  const named = [...new Set(lines.map((line) => line.properties.name))]
    .filter((name) => address === plain(name) || address.startsWith(`${plain(name)} `))
    .sort((a, b) => b.length - a.length);
  if (named[0]) return named[0];
  let nearest: { name: string; metres: number } | null = null;
  const at: Position = [space.lon, space.lat];
  for (const line of lines)
    for (const point of line.geometry.coordinates) {
      const metres = metresBetween(at, point);
      if (!nearest || metres < nearest.metres) nearest = { name: line.properties.name, metres };
    }
  return nearest?.name ?? null;
}

/**
 * The streets that meet `own` near the space: with a house number within MEETS_METRES of one of
 * `own`'s that is within NEAR_METRES of the space; at most MOST_MEETING, the nearest first.
 */
export function meetingStreets(own: string, lines: readonly StreetLine[], space: LatLon): string[] {
  const at: Position = [space.lon, space.lat];
  const ownPoints = lines
    .filter((line) => line.properties.name === own)
    .flatMap((line) => line.geometry.coordinates)
    .filter((point) => metresBetween(at, point) <= NEAR_METRES);
  const meeting = new Map<string, number>();
  for (const line of lines) {
    const { name } = line.properties;
    if (name === own) continue;
    for (const point of line.geometry.coordinates)
      for (const p of ownPoints)
        if (metresBetween(p, point) <= MEETS_METRES) {
          const metres = metresBetween(at, p);
          meeting.set(name, Math.min(meeting.get(name) ?? Infinity, metres));
        }
  }
  return [...meeting]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0], 'it'))
    .slice(0, MOST_MEETING)
    .map(([name]) => name);
}

export function streetPictureSvg(space: Space, allLines: readonly StreetLine[]): string {
  const [west, south, east, north] = streetsBounds(space);
  const inside = ([lon, lat]: Position) =>
    lon! >= west && lon! <= east && lat! >= south && lat! <= north;
  const lines = allLines.filter((line) => line.geometry.coordinates.some(inside));
  const [x0, y0] = toPicture({ lat: north, lon: west });
  const [x1, y1] = toPicture({ lat: south, lon: east });
  const width = x1 - x0;
  const height = y1 - y0;
  const d = lines.map((line) => picturePath(line.geometry.coordinates, false, 10)).join('');
  const own = ownStreet(space, lines);
  const names = own ? [own, ...meetingStreets(own, lines, space)] : [];
  const labels = names.map((name, i) =>
    label(
      name,
      lines.filter((line) => line.properties.name === name),
      i === 0,
      space,
      inside,
    ),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${(width * PIXELS_PER_UNIT).toFixed(0)}" height="${(height * PIXELS_PER_UNIT).toFixed(0)}" viewBox="${[x0, y0, width, height].map((n) => n.toFixed(2)).join(' ')}">`,
    `<g fill="none" stroke-linecap="round" stroke-linejoin="round"><path stroke="${TOKENS['map-street-edge']}" stroke-width="0.9" d="${d}"/><path stroke="${TOKENS['map-street']}" stroke-width="0.6" d="${d}"/></g>`,
    `<g font-family="'Titillium Web', 'Noto Sans', Arial, sans-serif" font-size="1.75" text-anchor="middle" fill="${TOKENS['map-label']}" stroke="${TOKENS['map-label-halo']}" stroke-width="0.45" paint-order="stroke" stroke-linejoin="round">${labels.join('')}</g>`,
    '</svg>',
  ].join('');
}

/** A name is written this far from the space, clear of its marker, where a person looks first. */
const LABEL_METRES = 140;

/**
 * A street's name along its stretch inside the picture, upright, on the piece of it nearest to
 * LABEL_METRES from the space: beside the space's marker, not under it.
 */
function label(
  name: string,
  lines: readonly StreetLine[],
  own: boolean,
  space: LatLon,
  inside: (point: Position) => boolean,
): string {
  const at: Position = [space.lon, space.lat];
  let best: { a: Position; b: Position; off: number } | null = null;
  for (const line of lines) {
    const points = line.geometry.coordinates.filter(inside);
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1]!, points[i]!];
      // Too short a piece for a name: it would run past the street.
      if (metresBetween(a, b) < 40) continue;
      const middle: Position = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
      // North of the space if the street goes there: a phone's panel covers the map's foot.
      const south = middle[1]! < space.lat ? LABEL_METRES : 0;
      const off = Math.abs(metresBetween(at, middle) - LABEL_METRES) + south;
      if (!best || off < best.off) best = { a, b, off };
    }
  }
  if (!best) return '';
  const [ax, ay] = toPicture({ lon: best.a[0]!, lat: best.a[1]! });
  const [bx, by] = toPicture({ lon: best.b[0]!, lat: best.b[1]! });
  let angle = (Math.atan2(by - ay, bx - ax) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  const x = ((ax + bx) / 2).toFixed(2);
  const y = ((ay + by) / 2).toFixed(2);
  const weight = own ? ' font-weight="700"' : '';
  return `<text x="${x}" y="${y}" dy="0.5" transform="rotate(${angle.toFixed(1)} ${x} ${y})"${weight}>${escapeHtml(name)}</text>`;
}
