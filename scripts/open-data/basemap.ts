/**
 * The bundled basemap's data, built from the snapshots: one small GeoJSON for the city view (the
 * neighbourhoods, their names, the city's edge) and vector tiles of the streets and house numbers,
 * which the map fetches only for the part of the city it shows.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import {
  BASEMAP_TILE_ZOOMS,
  type CityFeatureProperties,
} from '../../src/map/bundled-basemap-format.ts';
import { MILAN_BOUNDS } from '../../src/spaces/milan.ts';
import { FIRST_VIEW_FILE } from '../../src/map/bundled-basemap-format.ts';
import { firstViewSvg } from './first-view.ts';
import { centreOf, cityEdge, neighbourhoodName, type Neighbourhoods } from './neighbourhoods.ts';
import type { Register } from './register.ts';
import { streetMap } from './street-map.ts';

export interface BasemapFiles {
  city: FeatureCollection;
  /** "z/x/y" -> the tile's bytes. */
  tiles: Map<string, Uint8Array>;
}

export function cityLayer(neighbourhoods: Neighbourhoods): FeatureCollection {
  const features: Feature[] = [];
  for (const f of neighbourhoods.features) {
    const properties: CityFeatureProperties = {
      kind: 'neighbourhood',
      id: f.properties.ID_NIL,
      name: neighbourhoodName(f.properties.NIL),
    };
    features.push({ type: 'Feature', properties, geometry: f.geometry });
    features.push({
      type: 'Feature',
      properties: { ...properties, kind: 'neighbourhood-name' },
      geometry: { type: 'Point', coordinates: centreOf(f) },
    });
  }
  features.push({
    type: 'Feature',
    properties: { kind: 'city-edge' },
    geometry: cityEdge(neighbourhoods),
  });
  return { type: 'FeatureCollection', features };
}

/** Every tile over the city's box is written (the style asks for none outside it). */
function tileRange(z: number, [west, south, east, north]: readonly number[]) {
  const n = 2 ** z;
  const x = (lon: number) => Math.floor(((lon + 180) / 360) * n);
  const y = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  };
  return { x: [x(west!), x(east!)], y: [y(north!), y(south!)] };
}

export function buildBasemap(register: Register, neighbourhoods: Neighbourhoods): BasemapFiles {
  const streets = streetMap(register);
  const options = { maxZoom: BASEMAP_TILE_ZOOMS.max, indexMaxZoom: 0, tolerance: 2, buffer: 128 };
  const lines = new GeoJSONVT(
    { type: 'FeatureCollection', features: [...streets.lines, ...streets.points] },
    options,
  );
  const numbers = new GeoJSONVT({ type: 'FeatureCollection', features: streets.numbers }, options);
  const tiles = new Map<string, Uint8Array>();
  for (let z = BASEMAP_TILE_ZOOMS.min; z <= BASEMAP_TILE_ZOOMS.max; z++) {
    const range = tileRange(z, MILAN_BOUNDS);
    for (let x = range.x[0]!; x <= range.x[1]!; x++) {
      for (let y = range.y[0]!; y <= range.y[1]!; y++) {
        const layers: Parameters<typeof fromGeojsonVt>[0] = {};
        const streetTile = lines.getTile(z, x, y);
        if (streetTile) layers.streets = streetTile;
        // House numbers are drawn only close up: the tiles further out leave them out.
        const numberTile = z === Number(BASEMAP_TILE_ZOOMS.max) ? numbers.getTile(z, x, y) : null;
        if (numberTile) layers.numbers = numberTile;
        // An empty tile is still written: a missing one would be answered with the app's page.
        tiles.set(
          `${z}/${x}/${y}`,
          Object.keys(layers).length > 0
            ? fromGeojsonVt(layers, { version: 2, extent: 4096 })
            : new Uint8Array(0),
        );
      }
    }
  }
  return { city: cityLayer(neighbourhoods), tiles };
}

export function writeBasemap(files: BasemapFiles, out: string): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'city.json'), JSON.stringify(files.city));
  writeFileSync(join(out, FIRST_VIEW_FILE), firstViewSvg(files.city));
  for (const [key, bytes] of files.tiles) {
    const path = join(out, 'tiles', `${key}.pbf`);
    mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
    writeFileSync(path, bytes);
  }
}
