/**
 * The stops near the open space (src/reach/, "Come arrivare") as small marks on the map, each with
 * its lines. They are extra: the panel lists the same stops for everyone, screen readers included,
 * so the marks are hidden from assistive technology and take no tap or focus.
 */
import { memo } from 'react';
import { Marker } from 'react-map-gl/maplibre';

export interface MapStop {
  lat: number;
  lon: number;
  /** What the mark shows: "77 93 95", or "M3" for a metro station. */
  label: string;
  metro: boolean;
}

export const StopMarks = memo(function StopMarks({ stops }: { stops: readonly MapStop[] }) {
  return stops.map((stop, i) => (
    <Marker key={i} longitude={stop.lon} latitude={stop.lat} anchor="left" style={{ zIndex: 0 }}>
      <span className={stop.metro ? 'stop-mark stop-mark--metro' : 'stop-mark'} aria-hidden="true">
        <span className="stop-mark__dot" />
        <span className="stop-mark__lines">{stop.label}</span>
      </span>
    </Marker>
  ));
});
