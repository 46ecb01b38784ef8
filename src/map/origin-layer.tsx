/** The resident's starting point on the map (draggable), and a line to the chosen or nearest space. */
import { useTranslation } from 'react-i18next';
import { Layer, Marker, Source, type MarkerDragEvent } from 'react-map-gl/maplibre';
import type { LatLon, Space } from '../spaces/types.ts';
import { ROUTE_SOURCE_ID, routeLineLayer, straightLine } from './layers.ts';

interface Props {
  origin: LatLon;
  /** The space the dashed line leads to (the chosen one, else the nearest). */
  routeTo: Space | undefined;
  onMove: (point: LatLon, options: { fit: boolean }) => void;
}

export function OriginLayer({ origin, routeTo: target, onMove }: Props) {
  const { t } = useTranslation();

  // The person is placing the pin by hand: the map stays where they put it.
  const onDragEnd = (event: MarkerDragEvent) => {
    onMove({ lat: event.lngLat.lat, lon: event.lngLat.lng }, { fit: false });
  };

  return (
    <>
      {target && (
        <Source id={ROUTE_SOURCE_ID} type="geojson" data={straightLine(origin, target)}>
          <Layer {...routeLineLayer()} />
        </Source>
      )}
      <Marker
        longitude={origin.lon}
        latitude={origin.lat}
        anchor="bottom"
        draggable
        onDragEnd={onDragEnd}
        style={{ zIndex: 3 }}
      >
        <div className="origin-marker" role="img" aria-label={t('nearest.originMarker')}>
          <svg viewBox="0 0 24 32" width="30" height="40" aria-hidden="true">
            <path d="M12 1C6 1 1.5 5.5 1.5 11.5 1.5 19 12 31 12 31s10.5-12 10.5-19.5C22.5 5.5 18 1 12 1z" />
            <circle cx="12" cy="11.5" r="4" />
          </svg>
        </div>
      </Marker>
    </>
  );
}
