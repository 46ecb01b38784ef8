/** Camera arithmetic for the map: where the spaces are and what the panel hides. */
import type { CameraRequest } from '../state/camera-store.ts';
import { fromWorld, toWorld, WORLD_PIXELS } from './first-view-geometry.ts';
import type { LatLon } from '../spaces/types.ts';

/** Close enough to see the building's block and the streets around it. */
export const SPACE_ZOOM = 15;

/** Room around the spaces when the map shows them all: a marker's size plus the controls. */
export const FIT_PADDING = { top: 56, bottom: 64, left: 64, right: 48 };

/**
 * On a narrow map (a phone's), less room above, below and on the right: the spaces spread wider,
 * so that close ones (largo Boccioni and via Capuana are 1.2 km apart) keep enough of their
 * markers clear to be tapped. On the left, room for the zoom buttons (10 px in, 46 px wide) and
 * half a marker, so that none hides under them. Above, half a marker and the few pixels that
 * moving crowded markers apart (marker-spread.ts) may push the northernmost one up (a diamond,
 * for area 3, reaches further than a circle): with 24 px it was cut by the map's top edge on a
 * short phone map. markers.css has the same width for the first map view.
 */
export const NARROW_MAP = 600;
export const NARROW_FIT_PADDING = { top: 40, bottom: 32, left: 80, right: 24 };

export function fitPadding(mapWidth: number): Padding {
  return mapWidth < NARROW_MAP ? NARROW_FIT_PADDING : FIT_PADDING;
}

/** [[west, south], [east, north]] around the points (spaces, a starting point). */
export function boundsOf(points: readonly LatLon[]): [[number, number], [number, number]] {
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const MARGIN = 24;

/**
 * Keeps a chosen space clear of what covers the map (the detail panel or the tour card, as they
 * report it in state/map-cover.ts): beside it on wide screens (on either side, for right-to-left
 * languages), or below it as a phone's sheet. Always leaves some of the map to centre in.
 */
export function coverPadding(container: HTMLElement, cover: HTMLElement | null): Padding {
  const padding = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
  if (!cover?.isConnected) return padding;
  const map = container.getBoundingClientRect();
  const over = cover.getBoundingClientRect();
  const overlapsVertically = over.top < map.bottom && over.bottom > map.top;
  const overlapsHorizontally = over.left < map.right && over.right > map.left;
  if (!overlapsVertically || !overlapsHorizontally) return padding;
  const sheet = over.left <= map.left + 8 && over.right >= map.right - 8;
  if (sheet) {
    // A sheet from below: centre in what is left above it.
    padding.bottom = Math.min(map.bottom - over.top + MARGIN, map.height - 80);
  } else if (over.left + over.width / 2 > map.left + map.width / 2) {
    padding.right = Math.min(map.right - over.left + MARGIN, map.width - 80);
  } else {
    padding.left = Math.min(over.right - map.left + MARGIN, map.width - 80);
  }
  return padding;
}

/**
 * Where the map opens: at the link's view, else on the chosen space, else around every space.
 * `padding`, when set, is the whole room left around the points (else `fitPadding`'s).
 */
export type FirstCamera =
  | { kind: 'fit'; points: readonly LatLon[]; padding?: Padding }
  | { kind: 'view'; centre: LatLon; zoom: number };

export function firstCamera(
  spaces: readonly (LatLon & { id: string })[],
  view: { lat: number; lon: number; zoom: number } | null,
  selectedId: string | null,
): FirstCamera {
  if (view) return { kind: 'view', centre: view, zoom: view.zoom };
  const chosen = spaces.find((s) => s.id === selectedId);
  if (chosen) return { kind: 'view', centre: chosen, zoom: SPACE_ZOOM };
  return { kind: 'fit', points: spaces };
}

/** Padding plus padding, side by side. */
export function addPadding(a: Padding, b: Padding): Padding {
  return {
    top: a.top + b.top,
    right: a.right + b.right,
    bottom: a.bottom + b.bottom,
    left: a.left + b.left,
  };
}

/**
 * The camera the first map view moves to for a request while the interactive map is not there
 * (no WebGL, its code failed, or not yet drawn), as use-camera.ts moves the map: a space at the
 * street zoom clear of what covers the map (`cover`, from `coverPadding`), every shown space or
 * some points fitted beside it, a view as it is. `mapWidth` picks the fit's room.
 */
export function firstViewCameraFor(
  request: CameraRequest,
  shown: readonly (LatLon & { id: string })[],
  mapWidth: number,
  cover: Padding,
): FirstCamera | null {
  const around = (point: LatLon, zoom: number): FirstCamera => {
    // MapLibre puts the point in the middle of what the padding leaves; the view's centre is the
    // map's middle, so it moves by half the difference, in degrees at this zoom.
    const pixelsPerWorld = WORLD_PIXELS * 2 ** zoom;
    const world = toWorld(point);
    return {
      kind: 'view',
      centre: fromWorld({
        x: world.x + (cover.right - cover.left) / 2 / pixelsPerWorld,
        y: world.y + (cover.bottom - cover.top) / 2 / pixelsPerWorld,
      }),
      zoom,
    };
  };
  switch (request.kind) {
    case 'space': {
      const space = shown.find((s) => s.id === request.id);
      return space ? around(space, SPACE_ZOOM) : null;
    }
    case 'view':
      return { kind: 'view', centre: request.view, zoom: request.view.zoom };
    case 'fit':
      return shown.length > 0
        ? { kind: 'fit', points: shown, padding: addPadding(fitPadding(mapWidth), cover) }
        : null;
    case 'points':
    case 'origin': {
      const [first, ...others] = request.points;
      if (!first) return null;
      if (others.length === 0) return around(first, SPACE_ZOOM);
      const room = { top: 48, bottom: 48, left: 48, right: 48 };
      return { kind: 'fit', points: request.points, padding: addPadding(room, cover) };
    }
  }
}
