/**
 * The map's column: the map (map-stage.tsx) with what goes over it, the walking layer's legend,
 * the notice that the bundled map stands in for the basemap, and in presentation mode the tour.
 * (The open space's panel lies over it, but comes first in the page: open-space.tsx.)
 */
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNearest, useRanking } from '../nearest/nearest-store.ts';
import { useChooseOrigin } from '../nearest/use-choose-origin.ts';
import { ReachStep } from '../reach/reach-step.tsx';
import { TransitBrief } from '../reach/transit-section.tsx';
import { useWalkLayer } from '../reach/use-walk-layer.ts';
import { WalkLegend } from '../reach/walk-legend.tsx';
import { useOpenSpaceStops } from '../reach/use-space-reach.ts';
import { highlightedIds, tourSteps } from '../spaces/tour.ts';
import type { LatLon, Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { useMapWanted } from '../state/map-wanted.ts';
import { useAllSpaces } from '../state/selectors.ts';
import { MapFaultMessage } from './map-fault-message.tsx';
import { MapStage } from './map-stage.tsx';

// Only officials present: the tour loads when asked for.
const Presentation = lazy(() => import('../present/presentation.tsx'));

const transitBrief = (space: Space) => <TransitBrief space={space} compact />;

export function MapColumn({ presenting }: { presenting: boolean }) {
  const presentStep = useAppStore((s) => s.presentStep);
  const [basemapFallback, setBasemapFallback] = useState(false);
  const onBasemapFallback = useCallback(() => setBasemapFallback(true), []);
  const [fallbackDismissed, setFallbackDismissed] = useState(false);

  // What the nearest-space feature puts on the map and in the panel.
  const origin = useNearest((s) => s.origin);
  const picking = useNearest((s) => s.pickingOnMap);
  const chooseOrigin = useChooseOrigin();
  const onPickPoint = useCallback(
    (point: LatLon, { fit }: { fit: boolean }) =>
      chooseOrigin({ ...point, source: 'map' }, { fit }),
    [chooseOrigin],
  );
  const nearest = useRanking()?.[0]?.space;
  const spaces = useAllSpaces();
  const tourStep = useMemo(
    () => (presentStep === null ? undefined : tourSteps(spaces)[presentStep - 1]),
    [presentStep, spaces],
  );
  const highlighted = useMemo(
    () => (presentStep === null ? null : highlightedIds(tourStep)),
    [presentStep, tourStep],
  );
  // "A piedi dagli spazi": the person's switch, or the presentation's step that shows it.
  const walkLayer = useAppStore((s) => s.walkLayer);
  const walkShown = walkLayer || (presenting && tourStep?.kind === 'reach');
  const walkSquares = useWalkLayer(walkShown);
  const stops = useOpenSpaceStops();

  const mapFault = useMapWanted((s) => s.fault);
  const fallbackShown = basemapFallback && !mapFault && !fallbackDismissed;

  return (
    <div className="map-column">
      <MapFaultMessage />
      <WalkLegend on={walkShown} />
      <div className="map-column__stage">
        <BasemapNotice shown={fallbackShown} onDismiss={() => setFallbackDismissed(true)} />
        <MapStage
          walkSquares={walkSquares}
          stops={stops}
          origin={origin}
          nearest={nearest}
          picking={picking}
          onPickPoint={onPickPoint}
          highlighted={highlighted}
          onBasemapFallback={onBasemapFallback}
        />
        {presenting && (
          <Suspense fallback={null}>
            <Presentation reachStep={<ReachStep />} spaceTransit={transitBrief} />
          </Suspense>
        )}
      </div>
    </div>
  );
}

/**
 * Over the map's foot, above its credits: it moves nothing (no layout shift); its live region is
 * there, empty, from the start, so that the notice is read.
 */
function BasemapNotice({ shown, onDismiss }: { shown: boolean; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={shown ? 'map-column__notice' : 'map-column__notice visually-hidden'}>
      <p role="status">{shown ? t('map.fallback') : ''}</p>
      {shown && (
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('notice.dismiss')}
        </button>
      )}
    </div>
  );
}
