import type { FeatureCollection } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { firstViewSvg, mapColours } from '../../scripts/open-data/first-view.ts';
import {
  firstCamera,
  fitPadding,
  FIT_PADDING,
  NARROW_FIT_PADDING,
  SPACE_ZOOM,
} from '../../src/map/camera.ts';
import {
  CITY_BOX,
  PICTURE_SIZE,
  toPicture,
  toWorld,
  worldBoxOf,
} from '../../src/map/first-view-geometry.ts';
import { MILAN_BOUNDS } from '../../src/spaces/milan.ts';
import { mapPicture, provideMapPictures } from '../../src/state/map-picture.ts';
import { mapFailed, useMapWanted } from '../../src/state/map-wanted.ts';
import { resetStores } from '../reset-stores.ts';

const [WEST, SOUTH, EAST, NORTH] = MILAN_BOUNDS;

describe('the first map view’s geometry', () => {
  it('is Web Mercator as MapLibre has it: the world a unit square, Greenwich at its middle', () => {
    expect(toWorld({ lat: 0, lon: 0 })).toEqual({ x: 0.5, y: 0.5 });
    expect(toWorld({ lat: 0, lon: 180 }).x).toBe(1);
    // The Duomo is in OpenStreetMap's tile 12/2152/1465 (y = (1 - asinh(tan φ) / π) / 2).
    const milan = toWorld({ lat: 45.4642, lon: 9.19 });
    expect(milan.x).toBeCloseTo(0.525528, 6);
    expect(milan.y).toBeCloseTo(0.357894, 6);
    expect([Math.floor(milan.x * 4096), Math.floor(milan.y * 4096)]).toEqual([2152, 1465]);
  });

  it('puts the city box’s corners at the picture’s corners', () => {
    const [x0, y0] = toPicture({ lat: NORTH, lon: WEST });
    const [x1, y1] = toPicture({ lat: SOUTH, lon: EAST });
    expect(x0).toBeCloseTo(0, 9);
    expect(y0).toBeCloseTo(0, 9);
    expect(x1).toBeCloseTo(PICTURE_SIZE.width, 6);
    expect(y1).toBeCloseTo(PICTURE_SIZE.height, 6);
    expect(
      worldBoxOf([
        { lat: NORTH, lon: WEST },
        { lat: SOUTH, lon: EAST },
      ]),
    ).toEqual(CITY_BOX);
  });
});

describe('the city picture', () => {
  const city: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { kind: 'neighbourhood', id: 1, name: 'A' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [9.1, 45.4],
              [9.2, 45.4],
              [9.2, 45.5],
              [9.1, 45.4],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { kind: 'city-edge' },
        geometry: {
          type: 'MultiLineString',
          coordinates: [
            [
              [9.1, 45.4],
              [9.2, 45.4],
            ],
          ],
        },
      },
    ],
  };

  it('draws the neighbourhoods and the edge over the city box, in the tokens’ colours', () => {
    const colours = mapColours();
    const svg = firstViewSvg(city, colours);
    expect(svg).toContain(
      `viewBox="0 0 ${PICTURE_SIZE.width.toFixed(1)} ${PICTURE_SIZE.height.toFixed(1)}"`,
    );
    const [x, y] = toPicture({ lat: 45.4, lon: 9.1 }).map(Math.round);
    expect(svg).toContain(`fill="${colours['map-ground']}"`);
    expect(svg).toContain(`d="M${x} ${y}l`);
    expect(svg).toContain(`stroke="${colours['map-edge']}"`);
    expect(colours['map-ground']).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('says which token it could not find', () => {
    expect(() => mapColours(':root { --map-ground: #fff; }')).toThrow('--map-border');
  });
});

describe('where the map opens', () => {
  const spaces = [
    { id: 'a', lat: 45.45, lon: 9.1 },
    { id: 'b', lat: 45.5, lon: 9.2 },
  ];

  it('at the link’s view, else on the chosen space, else around every space', () => {
    expect(firstCamera(spaces, { lat: 45.4, lon: 9.3, zoom: 12 }, 'a')).toEqual({
      kind: 'view',
      centre: { lat: 45.4, lon: 9.3, zoom: 12 },
      zoom: 12,
    });
    expect(firstCamera(spaces, null, 'b')).toEqual({
      kind: 'view',
      centre: spaces[1],
      zoom: SPACE_ZOOM,
    });
    expect(firstCamera(spaces, null, 'unknown')).toEqual({ kind: 'fit', points: spaces });
  });

  it('leaves less room around the spaces on a narrow map', () => {
    expect(fitPadding(599)).toBe(NARROW_FIT_PADDING);
    expect(fitPadding(600)).toBe(FIT_PADDING);
  });
});

describe('a printout asked for before the map has loaded', () => {
  afterEach(() => resetStores());

  it('asks for the map and waits for its picture', async () => {
    const picture = mapPicture({ kind: 'overview', spaces: [] });
    expect(useMapWanted.getState().wanted).toBe(true);
    const withdraw = provideMapPictures(async () => 'data:image/png;base64,AAAA');
    await expect(picture).resolves.toBe('data:image/png;base64,AAAA');
    withdraw();
  });

  it('goes without a picture at once when the map cannot come', async () => {
    const picture = mapPicture({ kind: 'overview', spaces: [] }, 60_000);
    mapFailed('noWebgl');
    await expect(picture).resolves.toBeNull();
    await expect(mapPicture({ kind: 'overview', spaces: [] }, 60_000)).resolves.toBeNull();
  });
});
