import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPadding, firstViewCameraFor, fitPadding, SPACE_ZOOM } from '../../src/map/camera.ts';
import { CITY_BOX, toWorld, WORLD_PIXELS } from '../../src/map/first-view-geometry.ts';
import {
  cameraOf,
  panBy,
  UNMOVED,
  zoomAbout,
  type PanZoom,
} from '../../src/map/first-view-gesture.ts';

/** Where the transform shows a point of the untransformed view. */
const shown = (t: PanZoom, x: number, y: number) => ({
  x: t.scale * x + t.x,
  y: t.scale * y + t.y,
});

describe('the first map view under a finger', () => {
  it('keeps the point under the fingers where it is while zooming, and stays within its limits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        (dx, dy, factor, px, py) => {
          const before = panBy(UNMOVED, dx, dy);
          const after = zoomAbout(before, factor, px, py);
          // The screen point (px, py) shows the same point of the view before and after.
          const q = { x: (px - before.x) / before.scale, y: (py - before.y) / before.scale };
          const moved = shown(after, q.x, q.y);
          expect(moved.x).toBeCloseTo(px, 6);
          expect(moved.y).toBeCloseTo(py, 6);
          expect(after.scale).toBeCloseTo(factor, 9);
        },
      ),
    );
    expect(zoomAbout(UNMOVED, 1e6, 0, 0).scale).toBe(64);
    expect(zoomAbout(UNMOVED, 1e-6, 0, 0).scale).toBe(1 / 8);
  });

  it('reads the view back as the camera MapLibre shows it: the area’s middle and its zoom', () => {
    // The city box drawn 1024 px wide from (100, 50); the area is 800 x 600 from (0, 0).
    const width = 1024;
    const box = { left: 100, top: 50, width, height: (width * CITY_BOX.height) / CITY_BOX.width };
    const area = { left: 0, top: 0, width: 800, height: 600 };
    const camera = cameraOf(CITY_BOX, box, area);
    const pixelsPerWorld = width / CITY_BOX.width;
    expect(camera.zoom).toBeCloseTo(Math.log2(pixelsPerWorld / WORLD_PIXELS), 9);
    // The camera's centre is drawn at the area's middle.
    const centre = toWorld({ lat: camera.lat, lon: camera.lon });
    expect(box.left + (centre.x - CITY_BOX.x) * pixelsPerWorld).toBeCloseTo(400, 6);
    expect(box.top + (centre.y - CITY_BOX.y) * pixelsPerWorld).toBeCloseTo(300, 6);
    // Twice as large is one zoom level closer; moved right, the centre is further west.
    const closer = cameraOf(CITY_BOX, { ...box, width: 2 * width, height: 2 * box.height }, area);
    expect(closer.zoom - camera.zoom).toBeCloseTo(1, 9);
    const right = cameraOf(CITY_BOX, { ...box, left: box.left + 100 }, area);
    expect(right.lon).toBeLessThan(camera.lon);
    expect(right.lat).toBeCloseTo(camera.lat, 9);
  });
});

describe('the first map view answering the camera without the map', () => {
  const omero = { id: 'omero-15', lat: 45.434732, lon: 9.224696 };
  const zoia = { id: 'zoia-105', lat: 45.4614, lon: 9.0946 };
  const margins = { top: 24, right: 24, bottom: 24, left: 24 };

  it('puts a chosen space in the middle of what the panel leaves, at the street zoom', () => {
    // A panel covering the right 400 px: the space sits 200 px left of the map's middle.
    const cover = { ...margins, right: 424 };
    const camera = firstViewCameraFor(
      { kind: 'space', id: 'omero-15', seq: 1 },
      [omero, zoia],
      900,
      cover,
    );
    if (camera?.kind !== 'view') throw new Error('expected a view');
    expect(camera.zoom).toBe(SPACE_ZOOM);
    const pixels = WORLD_PIXELS * 2 ** SPACE_ZOOM;
    const offset = (toWorld(omero).x - toWorld(camera.centre).x) * pixels;
    expect(offset).toBeCloseTo(-200, 6);
    expect(toWorld(camera.centre).y).toBeCloseTo(toWorld(omero).y, 12);
    // A sheet from below: the space sits above the middle.
    const sheet = firstViewCameraFor({ kind: 'space', id: 'omero-15', seq: 2 }, [omero], 360, {
      ...margins,
      bottom: 324,
    });
    if (sheet?.kind !== 'view') throw new Error('expected a view');
    expect((toWorld(omero).y - toWorld(sheet.centre).y) * pixels).toBeCloseTo(-150, 6);
  });

  it('fits every shown space, or an area’s, with room for what covers the map', () => {
    const cover = { ...margins, left: 500 };
    const fit = firstViewCameraFor({ kind: 'fit', seq: 3 }, [omero, zoia], 1280, cover);
    expect(fit).toEqual({
      kind: 'fit',
      points: [omero, zoia],
      padding: addPadding(fitPadding(1280), cover),
    });
    const area = firstViewCameraFor(
      { kind: 'points', points: [omero, zoia], seq: 4 },
      [],
      1280,
      cover,
    );
    expect(area).toMatchObject({ kind: 'fit', padding: { left: 548, top: 72 } });
    expect(
      firstViewCameraFor({ kind: 'space', id: 'nowhere', seq: 5 }, [omero], 1280, cover),
    ).toBeNull();
  });
});
