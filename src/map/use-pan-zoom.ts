/**
 * The first map view's pans and zooms (first-view-gesture.ts), written straight to the style of
 * its `pan` element as the pointer moves (no render per move), and read back as a camera when
 * the gesture ends: a drag, two fingers, the wheel. One hook per input, over one shared view.
 */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
} from 'react';
import type { MapView } from '../state/url-state.ts';
import type { FirstCamera } from './camera.ts';
import type { WorldBox } from './first-view-geometry.ts';
import {
  cameraOf,
  panBy,
  transformCss,
  UNMOVED,
  zoomAbout,
  type PanZoom,
} from './first-view-gesture.ts';

/** A pointer further than this from where it went down is dragging, not tapping. */
const DRAG_SLOP = 4;

/** The wheel has rested once no turn came for this long (ms). */
const WHEEL_REST_MS = 150;

interface Point {
  x: number;
  y: number;
}

/** The view as moved so far, and how a hook moves it further and says it has come to rest. */
interface MovedView {
  area: RefObject<HTMLDivElement | null>;
  transform: RefObject<PanZoom>;
  apply: (next: PanZoom) => void;
  /** The gesture has ended: the camera it shows is read and told. */
  commit: () => void;
  /** A pointer's place in the view's area. */
  local: (event: { clientX: number; clientY: number }) => Point;
}

export function usePanZoom(
  camera: FirstCamera,
  frame: WorldBox,
  onMoved: (view: MapView) => void,
  onGesture: (active: boolean) => void,
) {
  const area = useRef<HTMLDivElement>(null);
  const pan = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const transform = useRef<PanZoom>(UNMOVED);

  const apply = (next: PanZoom) => {
    transform.current = next;
    const style = pan.current?.style;
    if (!style) return;
    style.transform = transformCss(next);
    style.setProperty('--pan-scale', String(next.scale));
  };
  // The scale the view rests at after the last gesture on this camera: the markers' spread
  // follows it.
  const [settled, setSettled] = useState({ camera, scale: 1 });
  const settledScale = settled.camera === camera ? settled.scale : 1;
  const commit = () => {
    setSettled({ camera, scale: transform.current.scale });
    if (!area.current || !box.current) return;
    onMoved(
      cameraOf(frame, box.current.getBoundingClientRect(), area.current.getBoundingClientRect()),
    );
  };
  const local = (event: { clientX: number; clientY: number }) => {
    const rect = area.current!.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const view: MovedView = { area, transform, apply, commit, local };

  // Another camera (a space chosen without the map) starts from its own picture.
  useEffect(() => apply(UNMOVED), [camera]);
  useWheelZoom(view, onGesture);
  const handlers = usePointerPanZoom(view, onGesture);
  return { area, pan, box, settledScale, handlers };
}

/**
 * The wheel zooms about the pointer. As a finger does, a turning wheel holds the first map view
 * (onGesture), and once it rests the camera is read and the hold let go: a map ready meanwhile
 * opens where the wheel left the view. The listener is added once; it reads the latest view.
 */
function useWheelZoom(view: MovedView, onGesture: (active: boolean) => void): void {
  const latest = useRef({ view, onGesture });
  useLayoutEffect(() => {
    latest.current = { view, onGesture };
  });
  const { area } = view;
  useEffect(() => {
    const element = area.current;
    if (!element) return;
    let resting: number | undefined;
    const rest = () => {
      resting = undefined;
      latest.current.view.commit();
      latest.current.onGesture(false);
    };
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const { apply, transform, local } = latest.current.view;
      const lines = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 40 : 1;
      const { x, y } = local(event);
      apply(zoomAbout(transform.current, 2 ** ((-event.deltaY * lines) / 500), x, y));
      if (resting === undefined) latest.current.onGesture(true);
      else window.clearTimeout(resting);
      resting = window.setTimeout(rest, WHEEL_REST_MS);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      element.removeEventListener('wheel', onWheel);
      // Gone while the wheel turned: the hold is let go.
      if (resting !== undefined) {
        window.clearTimeout(resting);
        rest();
      }
    };
  }, [area]);
}

/**
 * One pointer drags the view; two fingers move it by the middle between them and zoom it by
 * their spread. A pointer that moves less than DRAG_SLOP taps, and a drag that ends on a marker
 * does not also choose it.
 */
function usePointerPanZoom(view: MovedView, onGesture: (active: boolean) => void) {
  const { area, transform, apply, commit, local } = view;
  const pointers = useRef(new Map<number, Point>());
  const start = useRef<Point>({ x: 0, y: 0 });
  const dragging = useRef(false);
  useNoFling(area, dragging);

  const onPointerDown = (event: ReactPointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    if (pointers.current.size === 0) {
      start.current = local(event);
      dragging.current = false;
      onGesture(true);
    }
    pointers.current.set(event.pointerId, local(event));
  };
  const onPointerMove = (event: ReactPointerEvent) => {
    const last = pointers.current.get(event.pointerId);
    if (!last) return;
    const now = local(event);
    if (!dragging.current) {
      if (Math.hypot(now.x - start.current.x, now.y - start.current.y) < DRAG_SLOP) return;
      // A drag, not a tap: the pointer's moves come here even off the view, and no click follows.
      dragging.current = true;
      area.current?.setPointerCapture(event.pointerId);
    }
    const others = [...pointers.current].filter(([id]) => id !== event.pointerId);
    pointers.current.set(event.pointerId, now);
    const other = others[0]?.[1];
    if (!other) {
      apply(panBy(transform.current, now.x - last.x, now.y - last.y));
      return;
    }
    const before = { x: (last.x + other.x) / 2, y: (last.y + other.y) / 2 };
    const after = { x: (now.x + other.x) / 2, y: (now.y + other.y) / 2 };
    const spread =
      Math.hypot(now.x - other.x, now.y - other.y) /
      Math.max(1, Math.hypot(last.x - other.x, last.y - other.y));
    const moved = panBy(transform.current, after.x - before.x, after.y - before.y);
    apply(zoomAbout(moved, spread, after.x, after.y));
  };
  const onPointerEnd = (event: ReactPointerEvent) => {
    if (!pointers.current.delete(event.pointerId) || pointers.current.size > 0) return;
    if (dragging.current) commit();
    onGesture(false);
  };
  const onClickCapture = (event: { stopPropagation: () => void; preventDefault: () => void }) => {
    if (!dragging.current) return;
    dragging.current = false;
    event.stopPropagation();
    event.preventDefault();
  };
  return {
    onPointerDown,
    onPointerMove,
    onPointerUp: onPointerEnd,
    onPointerCancel: onPointerEnd,
    onClickCapture,
  };
}

/**
 * A finger's drag is the view's alone: its touch moves are cancelled once it drags, as MapLibre
 * cancels them on its canvas. Otherwise the browser reads the drag as a flick of the page as
 * well (even where `touch-action: none` keeps the page still), and takes the next tap to stop
 * that flick: a marker tapped just after a quick drag would not be chosen (Chromium sends it no
 * click). React listens to touch moves passively, so this listener is the element's own.
 */
function useNoFling(area: RefObject<HTMLDivElement | null>, dragging: RefObject<boolean>): void {
  useEffect(() => {
    const element = area.current;
    if (!element) return;
    const onTouchMove = (event: TouchEvent) => {
      if (dragging.current && event.cancelable) event.preventDefault();
    };
    element.addEventListener('touchmove', onTouchMove, { passive: false });
    return () => element.removeEventListener('touchmove', onTouchMove);
  }, [area, dragging]);
}
