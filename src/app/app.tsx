/** The page: header, notices, the list beside the lazily loaded map, the panel, the footer. */
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n/i18n';
import { AreaFilter } from '../list/area-filter';
import { DownloadData } from '../list/download-data';
import { NearestSection } from '../nearest/nearest-section';
import { SpaceList } from '../list/space-list';
import { SpacePanel } from '../panel/space-panel';
import { PendingPrint, PrintButton } from '../print/print-button';
import { ShareButton } from '../share/share-button';
import { fullAppUrl } from '../share/share-links';
import { useAppStore } from '../state/app-store';
import { ExternalLink } from '../ui/external-link';
import { Announcer } from './announcer';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import { DataError } from './data-error';
import { MapErrorBoundary } from './map-error-boundary';
import { Notices } from './notices';
import { UpdatePrompt } from './update-prompt';

// MapLibre is the heaviest part of the app: the list and filters work before it arrives.
const SpaceMap = lazy(() => import('../map/space-map'));
// Only officials present, and few open the accessibility page: both load when asked for.
const Presentation = lazy(() => import('../present/presentation'));
const AccessibilityPage = lazy(() => import('./accessibility-page'));

export function App() {
  const { t } = useTranslation();
  const failed = useAppStore((s) => s.data.status === 'error');
  const page = useAppStore((s) => s.page);
  // `?embed=1`: the compact view for an iframe on another site.
  const embedded = new URLSearchParams(window.location.search).get('embed') === '1';
  const fallback = useAppStore((s) => s.basemapFallback);
  const present = useAppStore((s) => s.present);
  const lang = useAppStore((s) => s.lang);
  // Presentation mode hides everything but the map and the tour, in large type.
  const presenting = useAppStore((s) => s.presentStep !== null) && !failed && !page;

  useEffect(() => {
    void switchLanguage(lang);
  }, [lang]);

  return (
    <>
      {!page && !presenting && (
        <nav className="skip-links" aria-label={t('app.skipLinks')}>
          <a href="#space-list">{t('app.skipToList')}</a>
          {!failed && <a href="#map">{t('app.skipToMap')}</a>}
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
        {presenting ? (
          <h1 className="visually-hidden">{t('app.title')}</h1>
        ) : embedded ? (
          <div className="embed-bar">
            <span>{t('share.embedBar')}</span>
            <ExternalLink href={fullAppUrl(window.location.href)}>
              {t('share.fullApp')}
            </ExternalLink>
          </div>
        ) : (
          <AppHeader />
        )}
        {!presenting && <Notices />}
        <main className={failed || page ? 'app-main app-main--page' : 'app-main'}>
          {page === 'accessibility' ? (
            <Suspense fallback={null}>
              <AccessibilityPage />
            </Suspense>
          ) : failed ? (
            <DataError />
          ) : (
            <>
              {!presenting && (
                <div className="sidebar">
                  <NearestSection />
                  <AreaFilter />
                  <p className="sidebar__share">
                    <ShareButton className="button button--quiet" />
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => present(1)}
                    >
                      {t('present.start')}
                    </button>
                    <PrintButton kind="overview" />
                  </p>
                  <SpaceList />
                  <DownloadData />
                  <section className="intro" aria-labelledby="intro-heading">
                    <h2 id="intro-heading">{t('intro.heading')}</h2>
                    <p>{t('intro.text')}</p>
                  </section>
                </div>
              )}
              <div className="map-column">
                <p className="map-column__status" role="status">
                  {fallback ? t('map.fallback') : ''}
                </p>
                <div className="map-column__stage">
                  <section className="map-area" id="map" aria-label={t('map.label')} tabIndex={-1}>
                    <MapErrorBoundary message={t('map.unavailable')}>
                      <Suspense fallback={<p className="map-area__message">{t('map.loading')}</p>}>
                        <SpaceMap />
                      </Suspense>
                    </MapErrorBoundary>
                  </section>
                  {presenting ? (
                    <Suspense fallback={null}>
                      <Presentation />
                    </Suspense>
                  ) : (
                    <SpacePanel />
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
