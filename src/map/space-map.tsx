/**
 * The map of the spaces (loaded lazily): basemap, markers, controls, and the view in the store.
 * What other features put on it (a starting point, a tour's highlights) comes in as props from the
 * page, which places both.
 */
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import Map, {
  NavigationControl,
  type ErrorEvent,
  type MapLayerMouseEvent,
  type MapRef,
  type ViewStateChangeEvent,
} from 'react-map-gl/maplibre';
import { isRightToLeft } from '../i18n/languages.ts';
import type { LatLon, Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { useMapCover } from '../state/map-cover.ts';
import { mapFailed } from '../state/map-wanted.ts';
import { useAllSpaces, useVisibleSpaces } from '../state/selectors.ts';
import { boundsOf, coverPadding, fitPadding, SPACE_ZOOM, type FirstCamera } from './camera.ts';
import { SPACES_LAYER_ID } from './layers.ts';
import { faultOf } from './map-fault.ts';
import { relabelMapControls } from './map-labels.ts';
import { spacesAsButtons } from './marker-mode.ts';
import { MARKER_GAP, spreadMarkers, type Offset } from './marker-spread.ts';
import { NeighbourhoodOutline } from './neighbourhood-outline.tsx';
import { OriginLayer } from './origin-layer.tsx';
import { maplibregl } from './setup-maplibre.ts';
import { SpaceMarker } from './space-marker.tsx';
import { SpacesLayer } from './spaces-layer.tsx';
import { useBasemap } from './use-basemap.ts';
import { useCameraRequests } from './use-camera.ts';
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
}: SpaceMapProps) {
  const { t, i18n } = useTranslation();
  const [map, setMap] = useState<MapRef | null>(null);
  const all = useAllSpaces();
  const visible = useVisibleSpaces();
  const selectedId = useAppStore((s) => s.selectedId);
  const areas = useAppStore((s) => s.areas);
  const selectSpace = useAppStore((s) => s.selectSpace);
  const setView = useAppStore((s) => s.setView);
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

  // Markers that would overlap at this zoom are moved apart (marker-spread.ts); again at each
  // zoom's end (a pan changes nothing between them).
  const [zoomedTo, setZoomedTo] = useState<number | null>(null);
  const offsets = useMemo(
    () =>
      map && asButtons
        ? spreadMarkers(
            visible.map((s) => ({ id: s.id, ...map.project([s.lon, s.lat]) })),
            MARKER_GAP,
          )
        : new globalThis.Map<string, Offset>(),
    // zoomedTo stands for the map's zoom, which `map` does not change with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map, asButtons, visible, zoomedTo],
  );

  // The map opens where the first map view is (first-map-view.tsx): nothing moves.
  const initialViewState = useMemo(() => {
    if (opening.kind === 'view') {
      return { longitude: opening.centre.lon, latitude: opening.centre.lat, zoom: opening.zoom };
    }
    // The map fills the map's area, which is already laid out.
    const width = area.current?.clientWidth ?? window.innerWidth;
    const padding = opening.padding ?? fitPadding(width);
    return { bounds: boundsOf(opening.points), fitBoundsOptions: { padding } };
    // Read once, when the map is created with the loaded spaces.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  const labels = useMemo(
    () => ({
      'Map.Title': t('map.canvas'),
      'NavigationControl.ZoomIn': t('map.zoomIn'),
      'NavigationControl.ZoomOut': t('map.zoomOut'),
      'NavigationControl.ResetBearing': t('map.resetBearing'),
    }),
    [t],
  );

  useEffect(() => {
    if (map) relabelMapControls(map.getContainer(), labels);
  }, [map, labels, i18n.language]);

  // react-map-gl marks its children's box with an attribute HTML does not have
  // (`mapboxgl-children`), read only to recycle maps (`reuseMaps`, not used here): without it the
  // page is valid HTML (tests/browser/pages.spec.ts runs the Nu Html Checker on it).
  useEffect(() => {
    map?.getContainer().querySelector('[mapboxgl-children]')?.removeAttribute('mapboxgl-children');
  }, [map]);

  const onMoveEnd = useCallback(
    (event: ViewStateChangeEvent) => {
      const { latitude, longitude, zoom } = event.viewState;
      const view = { lat: latitude, lon: longitude, zoom };
      setView(view, reachedPublicTarget(view));
    },
    [setView, reachedPublicTarget],
  );

  const onLoad = useCallback(() => {
    basemap.onLoad();
    const current = map?.getMap();
    if (!current) return;
    // A link that opens a space without a view: show the space clear of its panel.
    const { view, selectedId: id } = useAppStore.getState();
    const chosen = all.find((s) => s.id === id);
    if (!view && chosen) {
      current.jumpTo({
        center: [chosen.lon, chosen.lat],
        zoom: SPACE_ZOOM,
        padding: coverPadding(current.getContainer(), useMapCover.getState().element),
      });
    }
    // The view is known from the start, so that a link (and "start from the map's centre") has it.
    setView({
      lat: current.getCenter().lat,
      lon: current.getCenter().lng,
      zoom: current.getZoom(),
    });
    onReady();
  }, [basemap, map, setView, all, onReady]);

  const onClick = useCallback(
    (event: MapLayerMouseEvent) => {
      // A click on a space's marker opens the space; it does not also set the starting point.
      const target = event.originalEvent.target;
      if (target instanceof Element && target.closest('.space-marker, .origin-marker')) return;
      // A space drawn by the map's layer (a large programme): the same, from the topmost there.
      const drawn = event.features?.find((f) => f.layer.id === SPACES_LAYER_ID);
      if (drawn && map) {
        selectSpace(String(drawn.properties.id), map.getCanvas());
        return;
      }
      if (picking) onPickPoint({ lat: event.lngLat.lat, lon: event.lngLat.lng }, { fit: true });
    },
    [picking, onPickPoint, map, selectSpace],
  );

  // A browser without WebGL 2 is told apart from a basemap that failed: no basemap would help.
  const onError = useCallback(
    (event: ErrorEvent) => {
      if (faultOf(event.error) === 'noWebgl') mapFailed('noWebgl');
      else basemap.onError(event);
    },
    [basemap],
  );

  const onIdle = useCallback(() => {
    const container = map?.getContainer();
    if (container) container.dataset.idle = 'true';
    performance.mark('map-idle');
  }, [map]);

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
      onLoad={onLoad}
      onClick={onClick}
      interactiveLayerIds={asButtons ? undefined : [SPACES_LAYER_ID]}
      onMouseEnter={() => setOverSpace(true)}
      onMouseLeave={() => setOverSpace(false)}
      cursor={overSpace ? 'pointer' : picking ? 'crosshair' : undefined}
      onError={onError}
      onMoveEnd={onMoveEnd}
      onZoomEnd={(event) => setZoomedTo(event.viewState.zoom)}
      onMoveStart={() => {
        const container = map?.getContainer();
        if (container) container.dataset.idle = 'false';
      }}
      onIdle={onIdle}
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
      {origin && <OriginLayer origin={origin} routeTo={routeTo} onMove={onPickPoint} />}
      {!asButtons && <SpacesLayer spaces={visible} highlighted={highlighted} />}
      {(asButtons ? visible : visible.filter((s) => s.id === selectedId)).map((space) => (
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
