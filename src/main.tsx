/**
 * Starts the app (from boot.ts): URL into the store, translations, the spaces file, then the page,
 * and carries out what the person did on the prerendered page meanwhile.
 */
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import './ui/ui.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AfterStart } from './app/after-start';
import { carryOutControls, type EarlyInput } from './early-input';
import { startI18n } from './i18n/i18n';
import { useAppStore } from './state/app-store';
import { takeReloadForMap, wantMap } from './state/map-wanted';
import { followSpaces } from './state/hours-store';
import { fetchSpaces } from './state/spaces-store';
import { startUrlSync } from './state/url-sync';

export async function start(takeEarlyInput: () => EarlyInput = noEarlyInput): Promise<void> {
  // Settles with the spaces, the reason they cannot be shown, or, past a timeout, that they are late.
  const spaces = fetchSpaces();
  followSpaces();
  // Read before the link is written back, which replaces the history entry's state.
  const reloadedForMap = takeReloadForMap();
  startUrlSync();
  await startI18n(useAppStore.getState().lang);
  // The prerendered page (scripts/prerender/) is on screen meanwhile: it is replaced in one go
  // by the same page with the spaces, not by a page still loading them.
  const root = document.getElementById('root')!;
  const prerendered = root.hasChildNodes();
  if (prerendered) await spaces;

  let started = false;
  const onStarted = () => {
    if (started) return;
    started = true;
    const early = takeEarlyInput();
    if (early.mapReached || reloadedForMap) wantMap();
    carryOutControls(early);
    if (early.space) useAppStore.getState().selectSpace(early.space);
    // Read by `npm run bench`: when the list and filters became usable.
    if (prerendered) performance.mark('spaces-ready');
  };
  // A transition: React renders in slices and the page (prerendered, or empty) stays responsive
  // meanwhile, with no long task.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
        <AfterStart then={onStarted} />
      </StrictMode>,
    ),
  );
  if (!prerendered) {
    await spaces;
    performance.mark('spaces-ready');
  }
}

const noEarlyInput = (): EarlyInput => ({
  space: null,
  mapReached: false,
  controls: new Map(),
  focus: null,
});
