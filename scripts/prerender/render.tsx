/**
 * Renders the page as a person opening the app's address sees it first (Italian, every area
 * shown, no space open), with the spaces file the build ships, for index.html.
 *
 * It renders with React's client renderer into the DOM vite-plugin.ts provides (jsdom), the way
 * src/main.tsx renders in the browser, so the markup is exactly what the app's first render
 * replaces it with. (The server renderer would read the stores' initial, empty state.)
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from '../../src/app/app';
import { initItalian } from '../../src/i18n/i18n';
import { validateSpacesText } from '../../src/spaces/validate-spaces';
import { useAppStore } from '../../src/state/app-store';
import { setDataResult } from '../../src/state/spaces-store';
import { parseUrlState } from '../../src/state/url-state';

export async function render(spacesText: string): Promise<string> {
  await initItalian();
  const { state } = parseUrlState('');
  useAppStore.getState().applyUrlState(state, [], { initial: true, browserLang: 'it' });
  const data = validateSpacesText(spacesText);
  if (data.fatal || data.spaces.length === 0) {
    throw new Error(`The spaces file does not validate: ${JSON.stringify(data.problems)}`);
  }
  setDataResult(data);
  const container = document.getElementById('root')!;
  const root = createRoot(container);
  flushSync(() => root.render(<App />));
  // Effects settle (the document's language, the title).
  await new Promise((resolve) => setTimeout(resolve, 50));
  const html = container.innerHTML;
  root.unmount();
  return html;
}
