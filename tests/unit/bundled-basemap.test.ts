/** The bundled basemap's data as the map reads it: the city layer and the street tiles. */
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader as Pbf } from 'pbf';
import { describe, expect, it } from 'vitest';
import { buildBasemap } from '../../scripts/open-data/basemap.ts';
import { readNeighbourhoods } from '../../scripts/open-data/neighbourhoods.ts';
import { readRegister } from '../../scripts/open-data/register.ts';

const { city, tiles } = buildBasemap(
  readRegister('data/register'),
  readNeighbourhoods('data/neighbourhoods.geojson'),
);

/** The tile at zoom z holding a point, as MapLibre numbers it. */
function tileAt(z: number, lat: number, lon: number): string {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  const x = Math.floor(((lon + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  return `${z}/${x}/${y}`;
}

function layerValues(key: string, layer: string, property: string): string[] {
  const bytes = tiles.get(key);
  expect(bytes, `tile ${key}`).toBeDefined();
  const tile = new VectorTile(new Pbf(bytes!)).layers[layer];
  if (!tile) return [];
  return Array.from({ length: tile.length }, (_, i) =>
    String(tile.feature(i).properties[property]),
  );
}

describe('the bundled basemap', () => {
  it('names the 88 neighbourhoods as people read them, and draws the city’s edge', () => {
    const names = city.features
      .filter((f) => f.properties?.kind === 'neighbourhood-name')
      .map((f) => f.properties!.name as string);
    expect(names).toHaveLength(88);
    expect(names).toContain('Lodi - Corvetto');
    expect(names).toContain("Niguarda - Ca' Granda - Prato Centenaro - Q.re Fulvio Testi");
    expect(names).toContain('Città Studi');
    expect(city.features.filter((f) => f.properties?.kind === 'city-edge')).toHaveLength(1);
  });

  it('has viale Omero, its name along the street and its house number 15, close up', () => {
    const key = tileAt(14, 45.434732, 9.224696);
    expect(layerValues(key, 'streets', 'name')).toContain('Viale Omero');
    expect(layerValues(key, 'numbers', 'number')).toContain('15');
  });

  it('leaves house numbers out of the tiles further out, where they are not drawn', () => {
    const key = tileAt(13, 45.434732, 9.224696);
    expect(layerValues(key, 'streets', 'name')).toContain('Viale Omero');
    expect(layerValues(key, 'numbers', 'number')).toEqual([]);
  });

  it('writes a tile for every place the map may ask for in the city, empty where there is nothing', () => {
    // Parco Nord's fields: no house numbers, but the tile exists, so no request falls through
    // to the app's page.
    expect(tiles.get(tileAt(14, 45.5345, 9.2))).toBeDefined();
    expect(tiles.size).toBeGreaterThan(150);
  });
});
