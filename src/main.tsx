/**
 * Starts the app (from boot.ts). On a prerendered page (scripts/prerender/), the app takes the
 * page over as it is: its state is set to the page's own (its language, its space, the spaces
 * file), React hydrates the page's markup, and only then does the app read the rest of the link
 * and what the person did meanwhile. Nothing on screen is replaced, so a box they ticked, what
 * they typed and where the focus is stay where they are. Without a prerendered page (the
 * development server), the app renders into the empty page.
 */
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import './ui/ui.css';
import { startTransition } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { AppTree } from './app/app-tree.tsx';
import { adoptPrerenderedStyles, announceChangedControls, type EarlyInput } from './early-input.ts';
import { startI18n } from './i18n/i18n.ts';
import { isLanguage, type Language } from './i18n/languages.ts';
import { fetchReach, useReach } from './reach/reach-store.ts';
import { useAppStore } from './state/app-store.ts';
import { requestCamera } from './state/camera-store.ts';
import { takeReloadForMap, wantMap } from './state/map-wanted.ts';
import { followSpaces } from './state/hours-store.ts';
import { fetchSpaces, SPACES_TIMEOUT_MS, useSpacesData } from './state/spaces-store.ts';
import { applyPageState, startUrlSync } from './state/url-sync.ts';

interface PrerenderedPage {
  lang: Language;
  space: string | null;
  /** The version of the spaces file it shows. */
  spaces: string | null;
  /** The version of the walking figures it shows (the city's beside the list, a space's in its panel). */
  reach: string | null;
}

/** The page the prerender made (its root says which), or null for an empty page. */
function prerenderedPage(root: HTMLElement): PrerenderedPage | null {
  const lang = root.getAttribute('data-lang');
  if (!root.hasChildNodes() || lang === null || !isLanguage(lang)) return null;
  return {
    lang,
    space: root.getAttribute('data-space'),
    spaces: root.getAttribute('data-spaces'),
    reach: root.getAttribute('data-reach'),
  };
}

/** Returns the app's React root (which the tests unmount). */
export async function start(takeEarlyInput: () => EarlyInput = noEarlyInput): Promise<Root> {
  const root = document.getElementById('root')!;
  const page = prerenderedPage(root);
  // Settles with the spaces, the reason they cannot be shown, or, past a timeout, that they are late.
  const spaces = fetchSpaces();
  const reach = fetchReach();
  // Read before the link is written back, which replaces the history entry's state.
  const reloadedForMap = takeReloadForMap();
  if (page) applyPageState(page.lang, page.space);
  else startUrlSync();
  await startI18n(useAppStore.getState().lang);
  if (page) await spaces;
  // The page shows walking figures: it waits for them as long as for the spaces file.
  if (page?.reach) await settledWithin(reach, SPACES_TIMEOUT_MS);
  // The page's markup is the app's first render for that state only with the files the build had:
  // a page without them (a file failed, is late, or has changed since) is rendered anew.
  const data = useSpacesData.getState().data;
  const figures = useReach.getState().reach;
  const hydrating =
    page !== null &&
    data.status === 'ready' &&
    data.version === page.spaces &&
    (page.reach === null || (figures.status === 'ready' && figures.summary.version === page.reach));
  // From hydration on, React hears the page's events itself (and those of a part of the page not
  // yet hydrated: it hydrates that part first). A page rendered anew is not the app's until then.
  const earlyInput = hydrating ? takeEarlyInput() : null;

  let started = false;
  const onStarted = () => {
    if (started) return;
    started = true;
    // What the page's markup could not know: the rest of the link, the hours at this moment.
    if (page) startUrlSync();
    followSpaces();
    followLink(page);
    if (hydrating) announceChangedControls(root);
    const early = earlyInput ?? takeEarlyInput();
    if (early.mapReached || reloadedForMap) wantMap();
    if (early.space) useAppStore.getState().selectSpace(early.space);
    // Read by `npm run bench` and the tests: the list and filters are the app's.
    performance.mark('spaces-ready');
  };
  const app = <AppTree onStarted={onStarted} />;
  // A transition: React works in slices and the page stays responsive meanwhile, with no long task.
  let reactRoot: Root | undefined;
  startTransition(() => {
    if (hydrating) {
      // Before React reads the page: its elements' places back in their own style (a strict
      // content security policy had them as rules), as React's first render writes them.
      adoptPrerenderedStyles(root);
      reactRoot = hydrateRoot(root, app, {
        onRecoverableError(error) {
          // React renders the page anew where its markup did not match: the tests fail on this.
          performance.mark('hydration-mismatch');
          console.error('The prerendered page did not match the app’s first render:', error);
        },
      });
    } else {
      reactRoot = createRoot(root);
      reactRoot.render(app);
    }
  });
  if (!page) await spaces;
  return reactRoot!;
}

/**
 * What the link asks of the map: a link with a view opens the interactive map at once, there; on
 * a prerendered page, whose first view was drawn for the page alone, a view or another space in
 * the link moves it there (map-stage.tsx answers, and the map opens where it is).
 */
function followLink(page: { space: string | null } | null): void {
  const { view, selectedId } = useAppStore.getState();
  if (view) wantMap();
  if (!page) return;
  if (view) requestCamera({ kind: 'view', view });
  else if (selectedId && selectedId !== page.space)
    requestCamera({ kind: 'space', id: selectedId });
}

/** Waits for `promise`, or `ms` at most. */
function settledWithin(promise: Promise<void>, ms: number): Promise<void> {
  return new Promise((settled) => {
    const timer = setTimeout(settled, ms);
    void promise.then(() => {
      clearTimeout(timer);
      settled();
    });
  });
}

const noEarlyInput = (): EarlyInput => ({ space: null, mapReached: false });
