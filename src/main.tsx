/** Starts the app: URL into the store, translations, the spaces file, then the page. */
import '@fontsource/titillium-web/400.css';
import '@fontsource/titillium-web/600.css';
import '@fontsource/titillium-web/700.css';
import './styles/tokens.css';
import './styles/base.css';
import './ui/ui.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startI18n } from './i18n/i18n';
import { loadSpaces } from './spaces/load-spaces';
import { useAppStore } from './state/app-store';
import { setDataResult } from './state/spaces-store';
import { startUrlSync } from './state/url-sync';

async function start(): Promise<void> {
  const spaces = loadSpaces();
  startUrlSync();
  await startI18n(useAppStore.getState().lang);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  setDataResult(await spaces);
  // Read by `npm run bench`: when the list and filters became usable.
  performance.mark('spaces-ready');
}

void start();
