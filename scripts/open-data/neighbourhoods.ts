/**
 * The 88 neighbourhoods (NIL, data set DS964): the snapshot in data/ with outlines simplified for
 * display, and what the app derives from it (the city's edge, a label point inside each).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import polylabel from 'polylabel';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readingCase } from '../../src/nearest/address-text.ts';

export const NEIGHBOURHOODS_SNAPSHOT = 'data/neighbourhoods.geojson';

/**
 * Visvalingam's threshold, in square degrees: about 45 m² at Milan's latitude, so a vertex moves at
 * most a few metres, which no zoom the app offers shows.
 */
const MIN_TRIANGLE_AREA = 5e-9;

export interface NeighbourhoodProperties {
  ID_NIL: number;
  NIL: string;
  Valido_dal: string;
}

export type Neighbourhoods = FeatureCollection<Polygon | MultiPolygon, NeighbourhoodProperties>;

export class NeighbourhoodsError extends Error {}

/** Reads a NIL layer (the portal's or the snapshot), failing clearly when it is something else. */
export function readNeighbourhoods(path: string): Neighbourhoods {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new NeighbourhoodsError(`${path}: not readable JSON: ${(error as Error).message}`);
  }
  const collection = data as Partial<Neighbourhoods>;
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features))
    throw new NeighbourhoodsError(`${path}: not a GeoJSON FeatureCollection`);
  collection.features.forEach((f, i) => {
    const p = f?.properties as Partial<NeighbourhoodProperties> | null;
    const type = f?.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon')
      throw new NeighbourhoodsError(`${path}: feature ${i}: a ${type} instead of a polygon`);
    if (!p || !Number.isInteger(p.ID_NIL) || typeof p.NIL !== 'string' || p.NIL.trim() === '')
      throw new NeighbourhoodsError(
        `${path}: feature ${i}: no ID_NIL and NIL (is this the NIL layer, data set DS964?)`,
      );
  });
  return collection as Neighbourhoods;
}

function topologyOf(collection: Neighbourhoods): Topology<{ nil: GeometryCollection }> {
  return topology({ nil: collection }) as Topology<{ nil: GeometryCollection }>;
}

type Position = number[];
function rounded(coordinates: unknown): unknown {
  if (typeof (coordinates as Position)[0] === 'number') {
    const [lon, lat] = coordinates as Position;
    return [Math.round(lon! * 1e6) / 1e6, Math.round(lat! * 1e6) / 1e6];
  }
  return (coordinates as unknown[]).map(rounded);
}

/**
 * The snapshot: outlines simplified as one topology, so that two neighbours keep exactly the same
 * border (no gaps, no double lines), with the layer's own properties and six decimals.
 */
export function simplifyNeighbourhoods(collection: Neighbourhoods): Neighbourhoods {
  const simplified = simplify(presimplify(topologyOf(collection)), MIN_TRIANGLE_AREA);
  const result = feature(simplified, simplified.objects.nil) as unknown as Neighbourhoods;
  return {
    type: 'FeatureCollection',
    features: result.features
      .map((f) => ({
        type: 'Feature' as const,
        properties: {
          ID_NIL: f.properties.ID_NIL,
          NIL: f.properties.NIL,
          Valido_dal: f.properties.Valido_dal,
        },
        geometry: { ...f.geometry, coordinates: rounded(f.geometry.coordinates) } as
          Polygon | MultiPolygon,
      }))
      .sort((a, b) => a.properties.ID_NIL - b.properties.ID_NIL),
  };
}

/** One feature per line, so that a refresh's diff shows which neighbourhood changed. */
export function writeNeighbourhoodsSnapshot(
  collection: Neighbourhoods,
  out = NEIGHBOURHOODS_SNAPSHOT,
): void {
  const lines = collection.features.map((f) => JSON.stringify(f));
  writeFileSync(
    out,
    `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`,
    'utf8',
  );
}

/** The city's edge: the borders that only one neighbourhood has. */
export function cityEdge(collection: Neighbourhoods): MultiLineString {
  const topo = topologyOf(collection);
  return mesh(topo, topo.objects.nil, (a, b) => a === b);
}

/** The largest ring's pole of inaccessibility: a point well inside, for the name and the search. */
export function centreOf(f: Feature<Polygon | MultiPolygon>): [number, number] {
  const polygons =
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const largest = polygons
    .map((rings) => ({ rings, size: ringArea(rings[0]!) }))
    .sort((a, b) => b.size - a.size)[0]!.rings;
  const [lon, lat] = polylabel(largest as [number, number][][], 0.00005);
  return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return Math.abs(sum / 2);
}

/** "LODI - CORVETTO" -> "Lodi - Corvetto", as the app shows it. */
export function neighbourhoodName(nil: string): string {
  return readingCase(nil.trim());
}
