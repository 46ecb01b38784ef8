/**
 * The map of the spaces (loaded lazily): basemap, markers, controls, and the view in the store.
 * What other features put on it (a starting point, a tour's highlights) comes in as props from the
 * page, which places both.
 */
import { useDeferredValue, useEffect, useState, type RefObject } from 'react';
import Map, { NavigationControl, type MapRef } from 'react-map-gl/maplibre';
import { isRightToLeft } from '../i18n/languages.ts';
import type { LatLon, Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { useAllSpaces, useVisibleSpaces } from '../state/selectors.ts';
import type { FirstCamera } from './camera.ts';
import { SPACES_LAYER_ID } from './layers.ts';
import { spacesAsButtons } from './marker-mode.ts';
import { NeighbourhoodOutline } from './neighbourhood-outline.tsx';
import { OriginLayer } from './origin-layer.tsx';
import { maplibregl } from './setup-maplibre.ts';
import { SpaceMarker } from './space-marker.tsx';
import { SpacesLayer } from './spaces-layer.tsx';
import { useBasemap } from './use-basemap.ts';
import { useCameraRequests } from './use-camera.ts';
import { useMapEvents, useMapLabels, useMarkerSpread, useOpeningView } from './space-map-hooks.ts';
import { StopMarks, type MapStop } from './stop-marks.tsx';
import { WalkLayer } from './walk-layer.tsx';
import type { FeatureCollection, Polygon } from 'geojson';
import { useMapPictures } from './use-print.ts';
import './map.css';

export interface SpaceMapProps {
  /** The resident's starting point, drawn as a draggable pin, with a line to `routeTo`. */
  origin: LatLon | null;
  routeTo: Space | undefined;
  /** True while a tap on the map sets the starting point. */
  picking: boolean;
  /** A point set on the map; `fit: false` when the person dragged the pin (the map stays). */
  onPickPoint: (point: LatLon, options: { fit: boolean }) => void;
  /** In presentation mode, the spaces the step puts forward; the others are dimmed. */
  highlighted: ReadonlySet<string> | null;
  /** Called once the bundled basemap replaced the configured one. */
  onBasemapFallback: () => void;
  /** Called once the map has drawn: the first map view can go. */
  onReady: () => void;
  /** The map's area (app/map-stage.tsx), laid out before the map is made: its width sets the room. */
  area: RefObject<HTMLElement | null>;
  /** Where the map opens: what the first map view shows as it is made (app/map-stage.tsx). */
  opening: FirstCamera;
  /** "A piedi dagli spazi" (src/reach/): its squares while the layer is on, else null. */
  walkSquares: FeatureCollection<Polygon> | null;
  /** The open space's stops ("Come arrivare", src/reach/); none when no space is open. */
  stops: readonly MapStop[];
}

export default function SpaceMap({
  origin,
  routeTo,
  picking,
  onPickPoint,
  highlighted,
  onBasemapFallback,
  onReady,
  area,
  opening,
  walkSquares,
  stops,
}: SpaceMapProps) {
  const [map, setMap] = useState<MapRef | null>(null);
  const all = useAllSpaces();
  const visible = useVisibleSpaces();
  const selectedId = useAppStore((s) => s.selectedId);
  const areas = useAppStore((s) => s.areas);
  const selectSpace = useAppStore((s) => s.selectSpace);
  const basemap = useBasemap(onBasemapFallback);
  const rtl = useAppStore((s) => isRightToLeft(s.lang));
  const presenting = useAppStore((s) => s.presentStep !== null);
  // The panel lies at the end of the line, the tour card at its start.
  const zoomOnRight = rtl !== presenting;

  const reachedPublicTarget = useCameraRequests(map, all);
  useMapPictures(map);
  const ready = all.length > 0;
  const asButtons = spacesAsButtons(all.length);
  const [overSpace, setOverSpace] = useState(false);
  const { offsets, onZoomEnd } = useMarkerSpread(map, asButtons, visible);
  const initialViewState = useOpeningView(opening, area, ready);
  const labels = useMapLabels(map);
  // The markers are made once the map is, in a render React slices and interrupts for any input
  // (a deferred value): a tap while the map starts is answered between two markers, not after
  // all of them. The map is ready for the page once it has loaded and its markers are there.
  const markersShown = useDeferredValue(map !== null);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (loaded && markersShown) onReady();
  }, [loaded, markersShown, onReady]);
  const events = useMapEvents({
    map,
    all,
    basemap,
    reachedPublicTarget,
    picking,
    onPickPoint,
    onLoaded: setLoaded,
  });

  if (!ready) return null;

  return (
    <Map
      mapLib={maplibregl}
      ref={setMap}
      initialViewState={initialViewState}
      mapStyle={basemap.style}
      style={{ width: '100%', height: '100%' }}
      locale={labels}
      minZoom={9}
      maxZoom={19}
      dragRotate={false}
      pitchWithRotate={false}
      touchPitch={false}
      attributionControl={{ compact: false }}
      onLoad={events.onLoad}
      onClick={events.onClick}
      interactiveLayerIds={asButtons ? undefined : [SPACES_LAYER_ID]}
      onMouseEnter={() => setOverSpace(true)}
      onMouseLeave={() => setOverSpace(false)}
      cursor={overSpace ? 'pointer' : picking ? 'crosshair' : undefined}
      onError={events.onError}
      onMoveEnd={events.onMoveEnd}
      onZoomEnd={onZoomEnd}
      onMoveStart={events.onMoveStart}
      onIdle={events.onIdle}
    >
      {/* The zoom buttons sit on the side the panel or the tour card leaves free. */}
      <NavigationControl
        key={zoomOnRight ? 'right' : 'left'}
        position={zoomOnRight ? 'top-right' : 'top-left'}
        showCompass={false}
      />
      {picking && <div className="map-crosshair" aria-hidden="true" />}
      {walkSquares && <WalkLayer squares={walkSquares} areas={areas} />}
      <NeighbourhoodOutline id={all.find((s) => s.id === selectedId)?.nil.id ?? null} />
      <StopMarks stops={stops} />
      {origin && <OriginLayer origin={origin} routeTo={routeTo} onMove={onPickPoint} />}
      {!asButtons && <SpacesLayer spaces={visible} highlighted={highlighted} />}
      {markersShown &&
        (asButtons ? visible : visible.filter((s) => s.id === selectedId)).map((space) => (
          <SpaceMarker
            dimmed={highlighted ? !highlighted.has(space.id) : false}
            dx={offsets.get(space.id)?.dx}
            dy={offsets.get(space.id)?.dy}
            key={space.id}
            space={space}
            selected={space.id === selectedId}
            onChoose={selectSpace}
          />
        ))}
    </Map>
  );
}
