/**
 * The first map view under a finger (first-map-view.tsx, use-pan-zoom.ts): before MapLibre has drawn, a drag pans
 * the picture and a pinch or the wheel zooms it, by a CSS transform of the whole view. When the
 * gesture ends, the view it shows is read back as a camera (centre and zoom, as MapLibre has
 * them), so that the interactive map opens, or jumps, exactly there: no gesture is lost.
 */
import type { MapView } from '../state/url-state.ts';
import { fromWorld, WORLD_PIXELS, type WorldBox } from './first-view-geometry.ts';

/** The view's transform: a point at q (in the map area's pixels) is shown at scale * q + (x, y). */
export interface PanZoom {
  x: number;
  y: number;
  scale: number;
}

export const UNMOVED: PanZoom = { x: 0, y: 0, scale: 1 };

/** How far out and in a pinch may go from the first view: the map's own limits are close. */
const MIN_SCALE = 1 / 8;
const MAX_SCALE = 64;

export function panBy(t: PanZoom, dx: number, dy: number): PanZoom {
  return { x: t.x + dx, y: t.y + dy, scale: t.scale };
}

/** Zooms by `factor` about a point of the screen (in the map area's pixels), which stays put. */
export function zoomAbout(t: PanZoom, factor: number, px: number, py: number): PanZoom {
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, t.scale * factor));
  const k = scale / t.scale;
  return { x: px - k * (px - t.x), y: py - k * (py - t.y), scale };
}

/** The CSS of the transform (with `transform-origin: 0 0`). */
export function transformCss(t: PanZoom): string {
  return `translate(${t.x.toFixed(2)}px, ${t.y.toFixed(2)}px) scale(${t.scale.toFixed(5)})`;
}

/** A rectangle on screen, as `getBoundingClientRect` gives it. */
export interface ScreenRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The camera of what the view shows: `frame` is the world box the picture's box stands for, `box`
 * where that box is on screen now (transforms included), `area` the map's area. The centre is the
 * area's middle; the zoom is MapLibre's (its world is 512 pixels wide at zoom 0).
 */
export function cameraOf(frame: WorldBox, box: ScreenRect, area: ScreenRect): MapView {
  const pixelsPerWorld = box.width / frame.width;
  const x = frame.x + (area.left + area.width / 2 - box.left) / pixelsPerWorld;
  const y = frame.y + (area.top + area.height / 2 - box.top) / pixelsPerWorld;
  return { ...fromWorld({ x, y }), zoom: Math.log2(pixelsPerWorld / WORLD_PIXELS) };
}
