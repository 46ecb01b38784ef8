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
import { memo, useMemo, type CSSProperties } from 'react';
import { AREA_IDS, type Space } from '../spaces/types';
import { FIRST_VIEW_FILE, BASEMAP_PATH } from './bundled-basemap-format';
import { FIT_PADDING, NARROW_FIT_PADDING, type FirstCamera } from './camera';
import {
  CITY_BOX,
  toWorld,
  WORLD_PIXELS,
  worldBoxOf,
  type WorldBox,
  type WorldPoint,
} from './first-view-geometry';
import { MarkerButton, type MarkerButtonProps } from './marker-button';

interface Props {
  camera: FirstCamera;
  spaces: readonly Space[];
  selectedId: string | null;
  /** In presentation mode, the spaces the step puts forward; the others are dimmed. */
  highlighted: ReadonlySet<string> | null;
  onChoose: (id: string, button: HTMLElement) => void;
  /** Dots rather than a button per space (marker-mode.ts). */
  dots: boolean;
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
      const px = (padding: typeof FIT_PADDING, prefix: string) =>
        Object.fromEntries(
          Object.entries(padding).map(([side, value]) => [`--${prefix}-${side}`, `${value}px`]),
        );
      return {
        frame,
        outer: { ...px(FIT_PADDING, 'fit'), ...px(NARROW_FIT_PADDING, 'narrow-fit') },
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

export function FirstMapView({ camera, spaces, selectedId, highlighted, onChoose, dots }: Props) {
  const { frame, outer, inner } = useMemo(() => frameOf(camera), [camera]);
  const fitted = frame !== CITY_BOX;
  return (
    <div className="first-view" data-first-view="">
      <div
        className={fitted ? 'first-view__frame first-view__frame--fit' : 'first-view__frame'}
        style={outer}
      >
        <div
          className={fitted ? 'first-view__box first-view__box--fit' : 'first-view__box'}
          style={inner}
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
              space={space}
              selected={space.id === selectedId}
              dimmed={highlighted ? !highlighted.has(space.id) : false}
              onChoose={onChoose}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

/** One marker, placed in the frame. Memoised: a filter or a selection redraws only what changes. */
const FirstViewMarker = memo(function FirstViewMarker({
  frame,
  ...marker
}: MarkerButtonProps & { frame: WorldBox }) {
  return (
    <div
      className="first-view__marker"
      style={{ ...pointIn(frame, toWorld(marker.space)), zIndex: marker.selected ? 2 : 1 }}
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
