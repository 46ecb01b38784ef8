/**
 * The officials' desk's page (modifica/): built apart from the public app (scripts/desk/), so
 * that residents never load it. Italian only, like the office; the preview speaks every language.
 */
import '../styles/fonts.css';
import '../styles/tokens.css';
import '../styles/base.css';
import '../ui/ui.css';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initItalian } from '../i18n/i18n.ts';
import { DeskApp } from './desk-app.tsx';
import { loadWork } from './desk-store.ts';
import desk from './locales/it.json';

await initItalian();
i18next.addResourceBundle('it', 'desk', desk);

// The work left in this browser, if any (desk-store.ts keeps it).
const resumed = await loadWork();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DeskApp resumed={resumed} />
  </StrictMode>,
);

// The site's service worker keeps the desk too, for use offline (vite.config.ts).
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  void navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, {
    scope: import.meta.env.BASE_URL,
  });
