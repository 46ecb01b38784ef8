/**
 * The desk's preview frame (modifica/anteprima/): the public app, fed the desk's edited data
 * instead of the site's file, with the space open. See panel-preview.tsx for the protocol.
 */
import '../styles/fonts.css';
import '../styles/tokens.css';
import '../styles/base.css';
import '../ui/ui.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../app/app.tsx';
import { initItalian } from '../i18n/i18n.ts';
import { validateSpacesDocument } from '../spaces/validate-spaces.ts';
import { useAppStore } from '../state/app-store.ts';
import { fetchReach } from '../reach/reach-store.ts';
import { followSpaces } from '../state/hours-store.ts';
import { setDataResult } from '../state/spaces-store.ts';
import type { PreviewMessage } from './panel-preview.tsx';

await initItalian();
// The hours are worked out as in the public app (main.tsx).
followSpaces();
// The walking figures the site's build computed: a space the desk moved shows them as outdated.
void fetchReach();

addEventListener('message', (event: MessageEvent<PreviewMessage>) => {
  if (event.origin !== location.origin || event.source !== parent) return;
  const { document: spaces, id, lang, photoFiles } = event.data;
  newPhotos = Object.fromEntries(
    Object.entries(photoFiles).map(([file, photo]) => {
      // Each message brings a copy of each photo: one address per photo is enough.
      const key = `${file} ${photo.size}`;
      if (!urls.has(key)) urls.set(key, URL.createObjectURL(photo));
      return [file, urls.get(key)!];
    }),
  );
  setDataResult({ ...validateSpacesDocument(spaces), version: 'anteprima' });
  // As a link opens a space: the focus stays with the desk.
  useAppStore.setState({ selectedId: id, by: 'link', lang });
  requestAnimationFrame(() => {
    // The panel may be shown already, its picture taken from the site.
    showNewPhotos();
    document.getElementById('space-panel-heading')?.scrollIntoView({ block: 'start' });
  });
});

/**
 * A photo added on the desk is not on the site yet: the panel's picture of it is shown from the
 * desk's copy. (The public app names photos by their address under /photos/.)
 */
let newPhotos: Record<string, string> = {};
/** Each photo's address in this frame, by its file name and size. */
const urls = new Map<string, string>();
const showNewPhotos = () => {
  for (const img of document.querySelectorAll<HTMLImageElement>('img[src*="/photos/"]')) {
    const file = decodeURIComponent(img.src.slice(img.src.lastIndexOf('/') + 1));
    const copy = newPhotos[file];
    if (copy) img.src = copy;
  }
};
new MutationObserver(showNewPhotos).observe(document.body, { childList: true, subtree: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
parent.postMessage('ready', location.origin);
