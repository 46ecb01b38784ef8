/**
 * Renders each page as a person opening its address sees it first: each language's home (every
 * area shown, no space open) and each space's page (its panel open, the first map view on it),
 * with the spaces file the build ships.
 *
 * It renders with React's client renderer into the DOM vite-plugin.ts provides (jsdom), the way
 * src/main.tsx renders in the browser, so the markup is exactly what the app's first render
 * replaces it with. (The server renderer would read the stores' initial, empty state.)
 */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from '../../src/app/app';
import { initItalian } from '../../src/i18n/i18n';
import { LANGUAGES, type Language } from '../../src/i18n/languages';
import { allPages, appBase, pagePath } from '../../src/pages/page-paths';
import { pageDescription, pageTitle } from '../../src/pages/page-text';
import { validateSpacesText } from '../../src/spaces/validate-spaces';
import type { Space } from '../../src/spaces/types';
import { useAppStore } from '../../src/state/app-store';
import { useMapWanted } from '../../src/state/map-wanted';
import { setDataResult } from '../../src/state/spaces-store';
import { parseUrlState } from '../../src/state/url-state';

export interface RenderedPage {
  lang: Language;
  space: Space | null;
  /** The app's markup, for `<div id="root">`. */
  body: string;
  title: string;
  description: string;
  feedTitle: string;
  noScript: string;
  /** The text alternative of the page's preview picture. */
  imageAlt: string;
}

async function loadLanguages(): Promise<void> {
  await initItalian();
  for (const lang of LANGUAGES) {
    if (i18next.hasResourceBundle(lang, 'translation')) continue;
    const file = `src/i18n/locales/${lang}.json`;
    i18next.addResourceBundle(lang, 'translation', JSON.parse(readFileSync(file, 'utf8')));
  }
}

export async function renderPages(spacesText: string): Promise<RenderedPage[]> {
  await loadLanguages();
  const data = validateSpacesText(spacesText);
  if (data.fatal || data.spaces.length === 0) {
    throw new Error(`The spaces file does not validate: ${JSON.stringify(data.problems)}`);
  }
  setDataResult(data);
  const container = document.getElementById('root')!;
  const pages: RenderedPage[] = [];
  // A page is prerendered with the first map view, never the interactive map (jsdom has no
  // WebGL): the app's wish for the map on a space's page is left to the browser.
  const keepMapAway = useMapWanted.subscribe((s) => {
    if (s.wanted || s.fault) useMapWanted.setState({ wanted: false, fault: null });
  });
  for (const { lang, space: id } of allPages(data.spaces.map((s) => s.id))) {
    await i18next.changeLanguage(lang);
    const t = i18next.getFixedT(lang);
    // The page's own address: the links the app writes from it (the report mail's) name it.
    window.history.replaceState(null, '', `${appBase()}${pagePath(lang, id)}`);
    const { state } = parseUrlState('');
    useAppStore
      .getState()
      .applyUrlState({ ...state, lang, space: id }, [], { initial: true, browserLang: lang });
    const root = createRoot(container);
    flushSync(() => root.render(<App />));
    // Effects settle (the document's language, the title).
    await new Promise((resolve) => setTimeout(resolve, 20));
    // A select's choice is a property React sets, not markup: the page without JavaScript shows
    // the option marked as selected (the language switch's).
    for (const select of container.querySelectorAll('select'))
      for (const option of select.options) option.toggleAttribute('selected', option.selected);
    const space = data.spaces.find((s) => s.id === id) ?? null;
    pages.push({
      lang,
      space,
      body: container.innerHTML,
      title: pageTitle(t, space),
      description: pageDescription(t, space),
      feedTitle: t('updates.feedTitle'),
      noScript: t('app.noScript'),
      imageAlt: space
        ? t('app.previewAlt', {
            address: space.address,
            neighbourhood: space.neighbourhood,
            area: t(`area.${space.area}.one`),
          })
        : t('app.previewAltHome'),
    });
    root.unmount();
  }
  keepMapAway();
  return pages;
}
