/**
 * The spaces on the first map view (first-map-view.tsx): a marker button per space, moved apart
 * where they would overlap, or, for a large programme (marker-mode.ts), dots shaped by area.
 */
import { memo, useMemo } from 'react';
import { AREA_IDS, type Space } from '../spaces/types.ts';
import { atOf, pointIn } from './first-view-frame.ts';
import { toWorld, type WorldBox } from './first-view-geometry.ts';
import { MarkerButton, type MarkerButtonProps } from './marker-button.tsx';
import { markerTranslate } from './marker-spread.ts';

/** One marker, placed in the frame. Memoised: a filter or a selection redraws only what changes. */
export const FirstViewMarker = memo(function FirstViewMarker({
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
        ...(moved ? { translate: markerTranslate({ dx, dy }) } : {}),
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
export function FirstViewDots({ frame, spaces }: { frame: WorldBox; spaces: readonly Space[] }) {
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
