/**
 * The first map view: a picture of Milan drawn at build time (scripts/open-data/first-view.ts)
 * with the spaces' marker buttons over it, placed by CSS alone exactly where MapLibre will put
 * them, so that it shows in the prerendered page at first paint and the map replaces it without a
 * jump. Its markers work like the map's: choosing a space before the map has arrived is not lost.
 *
 * A large programme's spaces (marker-mode.ts) are dots shaped by area instead, drawn as three
 * paths whatever their number, with the open space's button over them.
 *
 * Around every space (the usual first view), the picture is fitted into the map's area the way
 * MapLibre fits bounds with `fitPadding`, with CSS container units; at a given centre and zoom (a
 * link's view), it is placed from the centre in pixels.
 */
import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { AREA_IDS, type Space } from '../spaces/types.ts';
import type { MapView } from '../state/url-state.ts';
import { FIRST_VIEW_FILE, BASEMAP_PATH } from './bundled-basemap-format.ts';
import { FIT_PADDING, NARROW_FIT_PADDING, type FirstCamera, type Padding } from './camera.ts';
import {
  CITY_BOX,
  toWorld,
  WORLD_PIXELS,
  worldBoxOf,
  type WorldBox,
  type WorldPoint,
} from './first-view-geometry.ts';
import {
  cameraOf,
  panBy,
  transformCss,
  UNMOVED,
  zoomAbout,
  type PanZoom,
} from './first-view-gesture.ts';
import { MarkerButton, type MarkerButtonProps } from './marker-button.tsx';
import { MARKER_GAP, spreadMarkers, type Offset } from './marker-spread.ts';

interface Props {
  camera: FirstCamera;
  spaces: readonly Space[];
  selectedId: string | null;
  /** In presentation mode, the spaces the step puts forward; the others are dimmed. */
  highlighted: ReadonlySet<string> | null;
  onChoose: (id: string, button: HTMLElement) => void;
  /** Dots rather than a button per space (marker-mode.ts). */
  dots: boolean;
  /** A person moved the view (a drag, a pinch, the wheel): the camera it shows now. */
  onMoved: (view: MapView) => void;
  /** True while a finger or a pressed mouse button is on the view: the map waits to take over. */
  onGesture: (active: boolean) => void;
}

const percent = (x: number) => `${(x * 100).toFixed(4)}%`;

/** Where a box sits inside the frame box, in percentages of the frame box. */
function placeIn(frame: WorldBox, box: WorldBox): CSSProperties {
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
function atOf(frame: WorldBox, space: Space): [number, number] {
  const point = toWorld(space);
  const fraction = (x: number) => Number((x / frame.width).toFixed(7));
  return [fraction(point.x - frame.x), fraction(point.y - frame.y)];
}

function pointIn(frame: WorldBox, point: WorldPoint): CSSProperties {
  return {
    left: percent((point.x - frame.x) / frame.width),
    top: percent((point.y - frame.y) / frame.height),
  };
}

/** The frame's box and how it is laid out in the map's area, for either kind of camera. */
function frameOf(camera: FirstCamera): {
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

export function FirstMapView({
  camera,
  spaces,
  selectedId,
  highlighted,
  onChoose,
  dots,
  onMoved,
  onGesture,
}: Props) {
  const { frame, outer, inner } = useMemo(() => frameOf(camera), [camera]);
  const fitted = frame !== CITY_BOX;
  const { area, pan, box, settledScale, handlers } = usePanZoom(camera, frame, onMoved, onGesture);
  // Markers that would overlap are moved apart as the map moves them (marker-spread.ts), from
  // their places in pixels: the box's width on screen gives the scale.
  const boxWidth = useWidth(box);
  const offsets = useMemo(() => {
    if (dots || boxWidth === 0) return new Map<string, Offset>();
    // On screen, after a pinch: the offsets are drawn inside the zoomed view, so divided back.
    const width = boxWidth * settledScale;
    const onScreen = spreadMarkers(
      spaces.map((space) => {
        const [x, y] = atOf(frame, space);
        return { id: space.id, x: x * width, y: y * width };
      }),
      MARKER_GAP,
    );
    return new Map(
      [...onScreen].map(([id, { dx, dy }]) => [
        id,
        { dx: dx / settledScale, dy: dy / settledScale },
      ]),
    );
  }, [dots, boxWidth, settledScale, frame, spaces]);
  return (
    <div className="first-view" data-first-view="" ref={area} {...handlers}>
      <div className="first-view__pan" ref={pan}>
        <div
          className={fitted ? 'first-view__frame first-view__frame--fit' : 'first-view__frame'}
          style={outer}
        >
          <div
            className={fitted ? 'first-view__box first-view__box--fit' : 'first-view__box'}
            style={inner}
            ref={box}
          >
            <img
              className="first-view__city"
              src={`${import.meta.env.BASE_URL}${BASEMAP_PATH}${FIRST_VIEW_FILE}`}
              alt=""
              style={placeIn(frame, CITY_BOX)}
            />
            {dots && <FirstViewDots frame={frame} spaces={spaces} />}
            {(dots ? spaces.filter((s) => s.id === selectedId) : spaces).map((space) => (
              <FirstViewMarker
                key={space.id}
                frame={frame}
                dx={offsets.get(space.id)?.dx ?? 0}
                dy={offsets.get(space.id)?.dy ?? 0}
                space={space}
                selected={space.id === selectedId}
                dimmed={highlighted ? !highlighted.has(space.id) : false}
                onChoose={onChoose}
              />
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}

/**
 * The width of an element's box (0 until it is laid out), kept up to date as it is resized. The
 * first is read before the browser paints, so that the markers are spread in the first frame, as
 * the prerendered page's were.
 */
function useWidth(ref: RefObject<HTMLElement | null>): number {
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

/** A pointer further than this from where it went down is dragging, not tapping. */
const DRAG_SLOP = 4;

/** The wheel has rested once no turn came for this long (ms). */
const WHEEL_REST_MS = 150;

/**
 * The view's pans and zooms (first-view-gesture.ts), written straight to the style of `pan` as
 * the pointer moves (no render per move), and read back as a camera when the gesture ends.
 */
function usePanZoom(
  camera: FirstCamera,
  frame: WorldBox,
  onMoved: (view: MapView) => void,
  onGesture: (active: boolean) => void,
) {
  const area = useRef<HTMLDivElement>(null);
  const pan = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const transform = useRef<PanZoom>(UNMOVED);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const start = useRef({ x: 0, y: 0 });
  const dragging = useRef(false);

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

  // Another camera (a space chosen without the map) starts from its own picture.
  useEffect(() => apply(UNMOVED), [camera]);

  // The wheel zooms about the pointer. As a finger does, a turning wheel holds the first map view
  // (onGesture), and once it rests the camera is read and the hold let go: a map ready meanwhile
  // opens where the wheel left the view. The listener is added once; it reads the latest camera.
  const latest = useRef({ commit, onGesture });
  useLayoutEffect(() => {
    latest.current = { commit, onGesture };
  });
  useEffect(() => {
    const element = area.current;
    if (!element) return;
    let resting: number | undefined;
    const rest = () => {
      resting = undefined;
      latest.current.commit();
      latest.current.onGesture(false);
    };
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
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
    // (`local` and `apply` read refs only.)
  }, []);

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
    // Two fingers: the middle between them moves the view, their spread zooms it.
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
  // A drag that ends on a marker does not also choose it.
  const onClickCapture = (event: { stopPropagation: () => void; preventDefault: () => void }) => {
    if (!dragging.current) return;
    dragging.current = false;
    event.stopPropagation();
    event.preventDefault();
  };

  return {
    area,
    pan,
    box,
    settledScale,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: onPointerEnd,
      onPointerCancel: onPointerEnd,
      onClickCapture,
    },
  };
}

/** One marker, placed in the frame. Memoised: a filter or a selection redraws only what changes. */
const FirstViewMarker = memo(function FirstViewMarker({
  frame,
  dx,
  dy,
  ...marker
}: MarkerButtonProps & { frame: WorldBox; dx: number; dy: number }) {
  const moved = dx !== 0 || dy !== 0;
  return (
    <div
      className="first-view__marker"
      data-at={atOf(frame, marker.space).join(' ')}
      style={{
        ...pointIn(frame, toWorld(marker.space)),
        zIndex: marker.selected ? 2 : 1,
        ...(moved
          ? { translate: `calc(-50% + ${dx.toFixed(1)}px) calc(-50% + ${dy.toFixed(1)}px)` }
          : {}),
      }}
    >
      <MarkerButton {...marker} />
    </div>
  );
});

/** The width of the frame in the dots' drawing; the height follows the frame's shape. */
const DOTS_WIDTH = 1000;

/**
 * The spaces as dots: one path per area, each space a zero-length stroke whose cap gives the
 * area's shape at a fixed size on screen (`non-scaling-stroke`): round for area 1, square for
 * area 2, and for area 3 a square turned by a tiny diagonal step into a diamond. The edge path
 * under each gives the light outline the marker buttons have.
 */
function FirstViewDots({ frame, spaces }: { frame: WorldBox; spaces: readonly Space[] }) {
  const height = (DOTS_WIDTH * frame.height) / frame.width;
  const paths = useMemo(
    () =>
      AREA_IDS.map((area) => ({
        area,
        d: spaces
          .filter((space) => space.area === area)
          .map((space) => {
            const point = toWorld(space);
            const x = (((point.x - frame.x) / frame.width) * DOTS_WIDTH).toFixed(2);
            const y = (((point.y - frame.y) / frame.height) * height).toFixed(2);
            return area === 3 ? `M${x} ${y}l.01 .01` : `M${x} ${y}h0`;
          })
          .join(''),
      })),
    [frame, spaces, height],
  );
  return (
    <svg
      className="first-view__dots"
      viewBox={`0 0 ${DOTS_WIDTH} ${height.toFixed(2)}`}
      aria-hidden="true"
    >
      {paths.map(({ area, d }) => (
        <g key={area} data-area={area}>
          <path className="first-view__dot-edge" d={d} vectorEffect="non-scaling-stroke" />
          <path d={d} vectorEffect="non-scaling-stroke" />
        </g>
      ))}
    </svg>
  );
}
