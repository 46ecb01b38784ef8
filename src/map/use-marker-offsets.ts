/** Where the first map view's markers are moved apart (first-view-markers.tsx), and from what. */
import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { Space } from '../spaces/types.ts';
import { atOf } from './first-view-frame.ts';
import type { WorldBox } from './first-view-geometry.ts';
import { MARKER_GAP, spreadMarkers, type Offset } from './marker-spread.ts';

/**
 * The width of an element's box (0 until it is laid out), kept up to date as it is resized. The
 * first is read before the browser paints, so that the markers are spread in the first frame, as
 * the prerendered page's were.
 */
export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    // Without a ResizeObserver (the component tests' jsdom, which lays nothing out) nothing moves.
    if (!element || typeof ResizeObserver === 'undefined') return;
    setWidth(element.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * How far each marker that would overlap another is moved, as the map moves them
 * (marker-spread.ts), from their places in pixels: the frame's width on screen (`boxWidth`) gives
 * the scale, and a pinch's `scale` divides the offsets back, as they are drawn inside the zoomed
 * view. None for dots, nor before the frame is laid out.
 */
export function useMarkerOffsets(
  frame: WorldBox,
  spaces: readonly Space[],
  boxWidth: number,
  scale: number,
  dots: boolean,
): ReadonlyMap<string, Offset> {
  return useMemo(() => {
    if (dots || boxWidth === 0) return new Map<string, Offset>();
    const width = boxWidth * scale;
    const onScreen = spreadMarkers(
      spaces.map((space) => {
        const [x, y] = atOf(frame, space);
        return { id: space.id, x: x * width, y: y * width };
      }),
      MARKER_GAP,
    );
    return new Map(
      [...onScreen].map(([id, { dx, dy }]) => [id, { dx: dx / scale, dy: dy / scale }]),
    );
  }, [dots, boxWidth, scale, frame, spaces]);
}
