/**
 * Where the first map view's picture and markers sit (first-map-view.tsx): the frame's box in
 * the world's pixels and how it is laid out in the map's area, for either kind of camera, and
 * each space's place in it, all in CSS.
 */
import type { CSSProperties } from 'react';
import type { Space } from '../spaces/types.ts';
import { FIT_PADDING, NARROW_FIT_PADDING, type FirstCamera, type Padding } from './camera.ts';
import {
  CITY_BOX,
  toWorld,
  WORLD_PIXELS,
  worldBoxOf,
  type WorldBox,
  type WorldPoint,
} from './first-view-geometry.ts';

const percent = (x: number) => `${(x * 100).toFixed(4)}%`;

/** Where a box sits inside the frame box, in percentages of the frame box. */
export function placeIn(frame: WorldBox, box: WorldBox): CSSProperties {
  return {
    left: percent((box.x - frame.x) / frame.width),
    top: percent((box.y - frame.y) / frame.height),
    width: percent(box.width / frame.width),
    height: percent(box.height / frame.height),
  };
}

/**
 * A space's place in the frame, both axes in fractions of the frame's width, as `data-at` gives
 * it: the prerendered page moves crowded markers apart from these very numbers before its first
 * paint (scripts/prerender/first-view-spread.ts), and the app from them again, so nothing moves
 * when the app's page takes over.
 */
export function atOf(frame: WorldBox, space: Space): [number, number] {
  const point = toWorld(space);
  const fraction = (x: number) => Number((x / frame.width).toFixed(7));
  return [fraction(point.x - frame.x), fraction(point.y - frame.y)];
}

export function pointIn(frame: WorldBox, point: WorldPoint): CSSProperties {
  return {
    left: percent((point.x - frame.x) / frame.width),
    top: percent((point.y - frame.y) / frame.height),
  };
}

/** The frame's box and how it is laid out in the map's area, for either kind of camera. */
export function frameOf(camera: FirstCamera): {
  frame: WorldBox;
  outer: CSSProperties;
  inner: CSSProperties;
} {
  if (camera.kind === 'fit') {
    const frame = worldBoxOf(camera.points);
    if (frame.width > 0 && frame.height > 0) {
      // The padding by the map's width: markers.css picks one or the other.
      const px = (padding: Padding, prefix: string) =>
        Object.fromEntries(
          Object.entries(padding).map(([side, value]) => [`--${prefix}-${side}`, `${value}px`]),
        );
      return {
        frame,
        // A request's own room (camera.ts, firstViewCameraFor) holds at any width.
        outer: camera.padding
          ? { ...px(camera.padding, 'fit'), ...px(camera.padding, 'narrow-fit') }
          : { ...px(FIT_PADDING, 'fit'), ...px(NARROW_FIT_PADDING, 'narrow-fit') },
        inner: { '--ratio': frame.width / frame.height } as CSSProperties,
      };
    }
  }
  // One point (or a link's view): the city's box, placed from the centre at the zoom.
  const centre = toWorld(camera.kind === 'view' ? camera.centre : camera.points[0]!);
  const zoom = camera.kind === 'view' ? camera.zoom : 15;
  const scale = WORLD_PIXELS * 2 ** zoom;
  return {
    frame: CITY_BOX,
    outer: { inset: 0 },
    inner: {
      left: `calc(50% + ${((CITY_BOX.x - centre.x) * scale).toFixed(1)}px)`,
      top: `calc(50% + ${((CITY_BOX.y - centre.y) * scale).toFixed(1)}px)`,
      width: `${(CITY_BOX.width * scale).toFixed(1)}px`,
      height: `${(CITY_BOX.height * scale).toFixed(1)}px`,
    },
  };
}
