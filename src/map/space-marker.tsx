/** One space on the MapLibre map: its marker button, placed at the space. */
import { memo } from 'react';
import { Marker } from 'react-map-gl/maplibre';
import { MarkerButton, type MarkerButtonProps } from './marker-button.tsx';

/** Memoised: with hundreds of spaces, only the markers that change are redrawn. */
export const SpaceMarker = memo(function SpaceMarker({
  dx = 0,
  dy = 0,
  ...props
}: MarkerButtonProps & {
  /** Moved apart from a marker it would overlap (marker-spread.ts), in pixels. */
  dx?: number;
  dy?: number;
}) {
  const { space, selected } = props;
  return (
    <Marker
      longitude={space.lon}
      latitude={space.lat}
      anchor="center"
      offset={[dx, dy]}
      style={{ zIndex: selected ? 2 : 1 }}
    >
      <MarkerButton {...props} />
    </Marker>
  );
});
