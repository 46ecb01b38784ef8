/**
 * The interactive map's behaviours (space-map.tsx), a hook each: where it opens, its controls'
 * words, its markers moved apart, and what it does on its events.
 */
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ErrorEvent,
  MapLayerMouseEvent,
  MapRef,
  ViewStateChangeEvent,
} from 'react-map-gl/maplibre';
import type { LatLon, Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { useMapCover } from '../state/map-cover.ts';
import { mapFailed } from '../state/map-wanted.ts';
import type { MapView } from '../state/url-state.ts';
import { boundsOf, coverPadding, fitPadding, SPACE_ZOOM, type FirstCamera } from './camera.ts';
import { SPACES_LAYER_ID } from './layers.ts';
import { faultOf } from './map-fault.ts';
import { relabelMapControls } from './map-labels.ts';
import { MARKER_GAP, spreadMarkers, type Offset } from './marker-spread.ts';
import type { useBasemap } from './use-basemap.ts';

/**
 * Where the map opens: where the first map view is (first-map-view.tsx), so that nothing moves.
 * Read once, when the map is made with the loaded spaces (`ready`).
 */
export function useOpeningView(
  opening: FirstCamera,
  area: RefObject<HTMLElement | null>,
  ready: boolean,
) {
  return useMemo(() => {
    if (opening.kind === 'view') {
      return { longitude: opening.centre.lon, latitude: opening.centre.lat, zoom: opening.zoom };
    }
    // The map fills the map's area, which is already laid out.
    const width = area.current?.clientWidth ?? window.innerWidth;
    const padding = opening.padding ?? fitPadding(width);
    return { bounds: boundsOf(opening.points), fitBoundsOptions: { padding } };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);
}

/**
 * The map's own words in the page's language (MapLibre's `locale`, and its controls relabelled as
 * the language changes); and the map's markup kept valid HTML.
 */
export function useMapLabels(map: MapRef | null): Record<string, string> {
  const { t, i18n } = useTranslation();
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
  return labels;
}

/**
 * Markers that would overlap at this zoom moved apart (marker-spread.ts); again at each zoom's end
 * (`onZoomEnd`; a pan changes nothing between them).
 */
export function useMarkerSpread(map: MapRef | null, asButtons: boolean, visible: Space[]) {
  const [zoomedTo, setZoomedTo] = useState<number | null>(null);
  const offsets = useMemo(
    () =>
      map && asButtons
        ? spreadMarkers(
            visible.map((s) => ({ id: s.id, ...map.project([s.lon, s.lat]) })),
            MARKER_GAP,
          )
        : new Map<string, Offset>(),
    // zoomedTo stands for the map's zoom, which `map` does not change with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map, asButtons, visible, zoomedTo],
  );
  const onZoomEnd = useCallback(
    (event: ViewStateChangeEvent) => setZoomedTo(event.viewState.zoom),
    [],
  );
  return { offsets, onZoomEnd };
}

interface MapEventsInput {
  map: MapRef | null;
  all: Space[];
  basemap: ReturnType<typeof useBasemap>;
  /** Whether a view the map reached was the one asked for in public (use-camera.ts). */
  reachedPublicTarget: (view: MapView) => boolean;
  picking: boolean;
  onPickPoint: (point: LatLon, options: { fit: boolean }) => void;
  /** Told once the map has loaded its style and first tiles. */
  onLoaded: (loaded: true) => void;
}

/** What the map does when it loads, is clicked, fails, moves and rests. */
export function useMapEvents({
  map,
  all,
  basemap,
  reachedPublicTarget,
  picking,
  onPickPoint,
  onLoaded,
}: MapEventsInput) {
  const selectSpace = useAppStore((s) => s.selectSpace);
  const setView = useAppStore((s) => s.setView);

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
    onLoaded(true);
  }, [basemap, map, setView, all, onLoaded]);

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

  const onMoveStart = useCallback(() => {
    const container = map?.getContainer();
    if (container) container.dataset.idle = 'false';
  }, [map]);
  const onIdle = useCallback(() => {
    const container = map?.getContainer();
    if (container) container.dataset.idle = 'true';
    performance.mark('map-idle');
  }, [map]);

  return { onMoveEnd, onLoad, onClick, onError, onMoveStart, onIdle };
}
