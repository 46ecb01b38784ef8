/**
 * The page: header, notices, the list beside the map, the panel, the footer. It is the one place
 * that places the features and wires them together (sidebar.tsx, map-column.tsx, in-app-page.tsx
 * are its parts); features do not import each other (eslint.config.js holds them to it).
 */
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, switchLanguage } from '../i18n/i18n.ts';
import { LANGUAGE_NAMES } from '../i18n/languages.ts';
import type { SpaceListHandle } from '../list/space-list.tsx';
import { useNearest } from '../nearest/nearest-store.ts';
import { pageTitle } from '../pages/page-text.ts';
import { PendingPrint } from '../print/print-button.tsx';
import { TransitBrief } from '../reach/transit-section.tsx';
import type { Space } from '../spaces/types.ts';
import { fullAppUrl } from '../state/app-links.ts';
import { useAppStore } from '../state/app-store.ts';
import { wantMap } from '../state/map-wanted.ts';
import { useMessages } from '../state/messages-store.ts';
import { useSelectedSpace } from '../state/selectors.ts';
import { useSpacesData } from '../state/spaces-store.ts';
import type { AppPage } from '../state/url-state.ts';
import { ExternalLink } from '../ui/external-link.tsx';
import { Announcer } from './announcer.tsx';
import { AppFooter } from './app-footer.tsx';
import { AppHeader } from './app-header.tsx';
import { DataError } from './data-error.tsx';
import { InAppPage } from './in-app-page.tsx';
import { MapColumn } from './map-column.tsx';
import { OpenSpace, ProgrammeTitle } from './open-space.tsx';
import { Notices } from './notices.tsx';
import { Sidebar } from './sidebar.tsx';
import { UpdatePrompt } from './update-prompt.tsx';
import './app.css';

/** The pages that need no spaces file: they are shown even when it could not be read. */
const PAGES_WITHOUT_DATA: readonly AppPage[] = ['accessibility', 'updates'];
const printTransit = (space: Space) => <TransitBrief space={space} compact />;

export function App() {
  const { t } = useTranslation();
  const failed = useSpacesData((s) => s.data.status === 'error');
  const page = useAppStore((s) => s.page);
  const embedded = useAppStore((s) => s.embedded);
  const startPresentation = useAppStore((s) => s.startPresentation);
  const presentStep = useAppStore((s) => s.presentStep);
  // Presentation mode hides everything but the map and the tour, in large type.
  const presenting = presentStep !== null && !failed && !page;
  const listRef = useRef<SpaceListHandle>(null);
  const focusListItem = useCallback((id: string) => listRef.current?.focusSpace(id), []);
  useLanguageSwitch();

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
        {presenting ? null : embedded ? <EmbedBar /> : <AppHeader />}
        {!presenting && <Notices />}
        <main className={failed || page ? 'app-main app-main--page' : 'app-main'}>
          {/* The tour fills the screen without the header: its title is still the page's. */}
          {presenting && <h1 className="visually-hidden">{t('app.title')}</h1>}
          {page && (!failed || PAGES_WITHOUT_DATA.includes(page)) ? (
            <InAppPage page={page} />
          ) : failed ? (
            <DataError />
          ) : (
            <>
              {!presenting && <OpenSpace onReturnFocus={focusListItem} />}
              {!presenting && <Sidebar listRef={listRef} onStartPresentation={startPresentation} />}
              <MapColumn presenting={presenting} />
            </>
          )}
        </main>
      </div>
      {!embedded && !presenting && <AppFooter />}
      <Announcer />
      <UpdatePrompt />
      <PendingPrint transit={printTransit} />
    </>
  );
}

/** An embedded map's bar (`?embed=1`): the title for screen readers, and the way to the full app. */
function EmbedBar() {
  const { t } = useTranslation();
  return (
    <header className="embed-bar">
      <ProgrammeTitle className="visually-hidden" />
      <span>{t('share.embedBar')}</span>
      <ExternalLink href={fullAppUrl(window.location.href)}>{t('share.fullApp')}</ExternalLink>
    </header>
  );
}

/**
 * The page speaks the language the person chose. When the language's file does not come, the
 * switch (and the link) go back to the language the page speaks, and the page says so in it.
 */
function useLanguageSwitch(): void {
  const lang = useAppStore((s) => s.lang);
  useEffect(() => {
    void switchLanguage(lang).then((switched) => {
      if (switched) return;
      useAppStore.getState().setLang(currentLanguage());
      useMessages
        .getState()
        .notify({ key: 'languageFailed', params: { language: LANGUAGE_NAMES[lang] } });
    });
  }, [lang]);
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
