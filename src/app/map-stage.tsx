/**
 * The map's area, and the one house for the map's start: the first map view at first paint
 * (map/first-map-view.tsx), MapLibre once a person reaches for the map (state/map-wanted.ts, its
 * code by attempt in map-code.ts), and the hand-over between them. The first map view answers
 * taps, drags, pinches and the wheel until MapLibre has drawn; a gesture under way keeps it until
 * the finger lifts, and the map then shows exactly what the person left (a camera request).
 *
 * It subscribes to the map's loading itself, so that reaching for the map, or a finger on the
 * first map view, redraws this area only, not the page.
 */
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coverPadding, firstCamera, firstViewCameraFor, type FirstCamera } from '../map/camera.ts';
import { FirstMapView } from '../map/first-map-view.tsx';
import { spacesAsButtons } from '../map/marker-mode.ts';
import type { SpaceMapProps } from '../map/space-map.tsx';
import { useAppStore } from '../state/app-store.ts';
import { requestCamera, useCamera } from '../state/camera-store.ts';
import { useMapCover } from '../state/map-cover.ts';
import { useMapWanted, wantMap } from '../state/map-wanted.ts';
import { useAllSpaces, useSelectedSpace, useVisibleSpaces } from '../state/selectors.ts';
import type { MapView } from '../state/url-state.ts';
import type { Space } from '../spaces/types.ts';
import { LazySpaceMap } from './lazy-space-map.tsx';
import { MapErrorBoundary } from './map-error-boundary.tsx';

type MapStageProps = Omit<SpaceMapProps, 'onReady' | 'area' | 'opening' | 'routeTo'> & {
  /** The space nearest the starting point: the route goes there unless a space is open. */
  nearest: Space | undefined;
};

export function MapStage({ nearest, ...props }: MapStageProps) {
  const { t } = useTranslation();
  const spaces = useAllSpaces();
  const selected = useSelectedSpace();
  const visible = useVisibleSpaces();
  const selectedId = useAppStore((s) => s.selectedId);
  const selectSpace = useAppStore((s) => s.selectSpace);
  const mapWanted = useMapWanted((s) => s.wanted);
  const mapFault = useMapWanted((s) => s.fault);
  // Each attempt after a fault loads the map's code anew (a failed import is not kept).
  const attempt = useMapWanted((s) => s.attempt);
  const failedCode = useMapWanted((s) => s.failedCode);
  // The attempt whose map has drawn: the first map view goes, and comes back on a fault.
  const [drawnAttempt, setDrawnAttempt] = useState<number | null>(null);
  const onMapReady = useCallback(() => setDrawnAttempt(useMapWanted.getState().attempt), []);
  // A finger on the first map view keeps it until the gesture ends.
  const [held, setHeld] = useState(false);
  const mapReady = drawnAttempt === attempt && !mapFault && !held;

  const spacesReady = spaces.length > 0;
  // The first camera (map/camera.ts), worked out here only, once the spaces are there.
  const firstView = useMemo(
    () => {
      const { view, selectedId: id } = useAppStore.getState();
      return firstCamera(spaces, view, id);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [spacesReady],
  );
  // A drag, a pinch or the wheel on the first map view: the map opens, or jumps, to that view.
  const ownRequest = useRef<number | null>(null);
  const [leftAt, setLeftAt] = useState<FirstCamera | null>(null);
  const onFirstViewMoved = useCallback((view: MapView) => {
    useAppStore.getState().setView(view);
    setLeftAt({ kind: 'view', centre: view, zoom: view.zoom });
    requestCamera({ kind: 'view', view });
    ownRequest.current = useCamera.getState().request?.seq ?? null;
  }, []);

  // Until the interactive map shows, the first map view answers the camera's requests itself (a
  // space chosen moves it there, clear of the panel), as the map will: without WebGL, for good.
  const area = useRef<HTMLElement>(null);
  const [moved, setMoved] = useState<FirstCamera | null>(null);
  const request = useCamera((s) => s.request);
  useEffect(() => {
    const element = area.current;
    if (!request || mapReady || !element || request.seq === ownRequest.current) return;
    const cover = coverPadding(element, useMapCover.getState().element);
    const camera = firstViewCameraFor(request, visible, element.clientWidth, cover);
    if (!camera) return;
    setMoved(camera);
    setLeftAt(null);
    // Only a new request moves it, not a change of the spaces shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request?.seq]);

  return (
    <section
      className="map-area"
      ref={area}
      id="map"
      aria-label={t('map.label')}
      tabIndex={-1}
      onPointerEnter={wantMap}
      onPointerDown={wantMap}
      onTouchStart={wantMap}
      onWheel={wantMap}
      onFocus={wantMap}
    >
      {mapWanted && !mapFault && (
        <MapErrorBoundary key={attempt}>
          <Suspense fallback={null}>
            <LazySpaceMap
              attempt={attempt}
              failedCode={failedCode}
              {...props}
              routeTo={selected ?? nearest}
              onReady={onMapReady}
              area={area}
              opening={leftAt ?? moved ?? firstView}
            />
          </Suspense>
        </MapErrorBoundary>
      )}
      {/* Without the interactive map, the first map view stays in its place. */}
      {!mapReady && spacesReady && (
        <FirstMapView
          camera={moved ?? firstView}
          spaces={visible}
          selectedId={selectedId}
          highlighted={props.highlighted}
          onChoose={selectSpace}
          dots={!spacesAsButtons(spaces.length)}
          onMoved={onFirstViewMoved}
          onGesture={setHeld}
        />
      )}
    </section>
  );
}
