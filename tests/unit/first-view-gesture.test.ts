import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITY_BOX, toWorld, WORLD_PIXELS } from '../../src/map/first-view-geometry';
import {
  cameraOf,
  panBy,
  UNMOVED,
  zoomAbout,
  type PanZoom,
} from '../../src/map/first-view-gesture';

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
