/**
 * The page: header, notices, the list beside the lazily loaded map, the panel, the footer. It is
 * the one place that places the features and wires them together; features do not import each
 * other (eslint.config.js holds them to it).
 */
import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, switchLanguage } from '../i18n/i18n.ts';
import { LANGUAGE_NAMES } from '../i18n/languages.ts';
import { AreaFilter } from '../list/area-filter.tsx';
import { OpenNowFilter } from '../list/open-now-filter.tsx';
import { DownloadData } from '../list/download-data.tsx';
import { SpaceList, type SpaceListHandle } from '../list/space-list.tsx';
import { useNearest, useRanking } from '../nearest/nearest-store.ts';
import { NearestSection } from '../nearest/nearest-section.tsx';
import { useChooseOrigin } from '../nearest/use-choose-origin.ts';
import { SpacePanel } from '../panel/space-panel.tsx';
import { pageTitle } from '../pages/page-text.ts';
import { PendingPrint, PrintButton } from '../print/print-button.tsx';
import { useWalkLayer } from '../reach/use-walk-layer.ts';
import { WalkLegend } from '../reach/walk-legend.tsx';
import { WalkSection } from '../reach/walk-section.tsx';
import { SpaceReachFacts } from '../reach/space-reach-facts.tsx';
import { CompareButton } from '../reach/compare-button.tsx';
import { ReachStep } from '../reach/reach-step.tsx';
import { ShareButton } from '../share/share-button.tsx';
import { highlightedIds, tourSteps } from '../spaces/tour.ts';
import type { LatLon, Space } from '../spaces/types.ts';
import { fullAppUrl } from '../state/app-links.ts';
import { useAppStore } from '../state/app-store.ts';
import { useMapWanted, wantMap } from '../state/map-wanted.ts';
import { useMessages } from '../state/messages-store.ts';
import { useAllSpaces, useSelectedSpace } from '../state/selectors.ts';
import { useSpacesData } from '../state/spaces-store.ts';
import { ExternalLink } from '../ui/external-link.tsx';
import { Announcer } from './announcer.tsx';
import { AppFooter } from './app-footer.tsx';
import { AppHeader } from './app-header.tsx';
import { DataError } from './data-error.tsx';
import { MapFaultMessage } from './map-fault-message.tsx';
import { MapStage } from './map-stage.tsx';
import { Notices } from './notices.tsx';
import { UpdatePrompt } from './update-prompt.tsx';
import './app.css';

// MapLibre is the heaviest part of the app: the list and filters work before it arrives, over
// the first map view, and it loads when a person reaches for the map (map-stage.tsx).
// Only officials present, and few open the accessibility page or the updates: each loads when
// asked for.
const Presentation = lazy(() => import('../present/presentation.tsx'));
const AccessibilityPage = lazy(() => import('./accessibility-page.tsx'));
const UpdatesPage = lazy(() => import('./updates-page.tsx'));
const CoveragePage = lazy(() => import('./coverage-page.tsx'));
const ComparePage = lazy(() => import('./compare-page.tsx'));

export function App() {
  const { t } = useTranslation();
  const failed = useSpacesData((s) => s.data.status === 'error');
  const page = useAppStore((s) => s.page);
  const embedded = useAppStore((s) => s.embedded);
  const startPresentation = useAppStore((s) => s.startPresentation);
  const lang = useAppStore((s) => s.lang);
  const presentStep = useAppStore((s) => s.presentStep);
  // Presentation mode hides everything but the map and the tour, in large type.
  const presenting = presentStep !== null && !failed && !page;
  const [basemapFallback, setBasemapFallback] = useState(false);
  const onBasemapFallback = useCallback(() => setBasemapFallback(true), []);
  const [fallbackDismissed, setFallbackDismissed] = useState(false);
  const listRef = useRef<SpaceListHandle>(null);
  const focusListItem = useCallback((id: string) => listRef.current?.focusSpace(id), []);

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

  useEffect(() => {
    void switchLanguage(lang).then((switched) => {
      if (switched) return;
      // The language's file did not come: the switch (and the link) go back to the language the
      // page speaks, and the page says so in it.
      useAppStore.getState().setLang(currentLanguage());
      useMessages
        .getState()
        .notify({ key: 'languageFailed', params: { language: LANGUAGE_NAMES[lang] } });
    });
  }, [lang]);

  const mapFault = useMapWanted((s) => s.fault);
  const fallbackShown = basemapFallback && !mapFault && !fallbackDismissed;

  return (
    <>
      <PageTitle />
      <WantsMap presenting={presenting} />
      {/* Not on the error screen, which has neither the list nor the map. */}
      {!page && !presenting && !failed && (
        <nav className="skip-links" aria-label={t('app.skipLinks')}>
          <a href="#space-list">{t('app.skipToList')}</a>
          <a href="#map">{t('app.skipToMap')}</a>
        </nav>
      )}
      <div
        className={
          failed || page
            ? 'app-screen app-screen--page'
            : presenting
              ? 'app-screen app-screen--presenting'
              : 'app-screen'
        }
      >
        {presenting ? null : embedded ? (
          <header className="embed-bar">
            <h1 className="visually-hidden">{t('app.title')}</h1>
            <span>{t('share.embedBar')}</span>
            <ExternalLink href={fullAppUrl(window.location.href)}>
              {t('share.fullApp')}
            </ExternalLink>
          </header>
        ) : (
          <AppHeader />
        )}
        {!presenting && <Notices />}
        <main className={failed || page ? 'app-main app-main--page' : 'app-main'}>
          {/* The tour fills the screen without the header: its title is still the page's. */}
          {presenting && <h1 className="visually-hidden">{t('app.title')}</h1>}
          {page === 'accessibility' ? (
            <Suspense fallback={null}>
              <AccessibilityPage />
            </Suspense>
          ) : page === 'updates' ? (
            <Suspense fallback={null}>
              <UpdatesPage />
            </Suspense>
          ) : page === 'coverage' && !failed ? (
            <Suspense fallback={null}>
              <CoveragePage />
            </Suspense>
          ) : page === 'compare' && !failed ? (
            <Suspense fallback={null}>
              <ComparePage />
            </Suspense>
          ) : failed ? (
            <DataError />
          ) : (
            <>
              {!presenting && <Sidebar listRef={listRef} onStartPresentation={startPresentation} />}
              <div className="map-column">
                <MapFaultMessage />
                <WalkLegend on={walkShown} />
                <div className="map-column__stage">
                  {/* Over the map's foot, above its credits: it moves nothing (no layout shift); its
                      live region is there, empty, from the start, so that the notice is read. */}
                  <div
                    className={
                      fallbackShown ? 'map-column__notice' : 'map-column__notice visually-hidden'
                    }
                  >
                    <p role="status">{fallbackShown ? t('map.fallback') : ''}</p>
                    {fallbackShown && (
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => setFallbackDismissed(true)}
                      >
                        {t('notice.dismiss')}
                      </button>
                    )}
                  </div>
                  <MapStage
                    walkSquares={walkSquares}
                    origin={origin}
                    nearest={nearest}
                    picking={picking}
                    onPickPoint={onPickPoint}
                    highlighted={highlighted}
                    onBasemapFallback={onBasemapFallback}
                  />
                  {presenting ? (
                    <Suspense fallback={null}>
                      <Presentation reachStep={<ReachStep />} />
                    </Suspense>
                  ) : (
                    <SpacePanel
                      onReturnFocus={focusListItem}
                      reach={spaceReach}
                      actions={
                        <>
                          <ShareButton /> <PrintButton kind="space" /> <SelectedCompareButton />
                        </>
                      }
                    />
                  )}
                </div>
              </div>
            </>
          )}
        </main>
      </div>
      {!embedded && !presenting && <AppFooter />}
      <Announcer />
      <UpdatePrompt />
      <PendingPrint />
    </>
  );
}

const spaceReach = (space: Space) => <SpaceReachFacts space={space} />;
const compareButton = (space: Space) => <CompareButton space={space} />;

/** The open space's "Confronta", at its panel's foot. */
function SelectedCompareButton() {
  const space = useSelectedSpace();
  return space ? <CompareButton space={space} /> : null;
}

/**
 * The tab says the page's own title: the open space's, else the map's (pages/page-text.ts). Its
 * own component, as the parts below: opening a space does not redraw the page.
 */
function PageTitle() {
  const { t, i18n } = useTranslation();
  const selected = useSelectedSpace();
  useEffect(() => {
    document.title = pageTitle(t, selected ?? null);
  }, [t, i18n.language, selected]);
  return null;
}

/**
 * What brings the map (state/map-wanted.ts) besides a hand on it: a space a person chooses, a
 * starting point, a presentation (and a link with a view: main.tsx). A space's page (or a link naming a space)
 * opens on the first map view around it, as fast as the home, and the map comes when reached for.
 */
function WantsMap({ presenting }: { presenting: boolean }) {
  const spaceChosen = useAppStore((s) => s.selectedId !== null && s.by === 'person');
  const origin = useNearest((s) => s.origin !== null);
  const picking = useNearest((s) => s.pickingOnMap);
  const walkLayer = useAppStore((s) => s.walkLayer);
  useEffect(() => {
    if (spaceChosen || origin || picking || presenting || walkLayer) wantMap();
  }, [spaceChosen, origin, picking, presenting, walkLayer]);
  return null;
}

/**
 * The list's column. It is its own component, kept unless its props change: its parts follow the
 * stores they show, so that a space opened redraws the panel and the list's entry, not the column.
 */
const Sidebar = memo(function Sidebar({
  listRef,
  onStartPresentation,
}: {
  listRef: RefObject<SpaceListHandle | null>;
  onStartPresentation: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="sidebar">
      <NearestSection />
      <AreaFilter />
      <OpenNowFilter />
      <div className="sidebar__share">
        <ShareButton className="button button--quiet" />
        <button type="button" className="button button--quiet" onClick={onStartPresentation}>
          {t('present.start')}
        </button>
        <PrintButton kind="overview" />
      </div>
      <SpaceList ref={listRef} entryAction={compareButton} />
      <WalkSection />
      <DownloadData />
      <section className="intro" aria-labelledby="intro-heading">
        <h2 id="intro-heading">{t('intro.heading')}</h2>
        <p>{t('intro.text')}</p>
      </section>
    </div>
  );
});
