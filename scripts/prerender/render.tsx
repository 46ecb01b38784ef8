/**
 * Renders each page as a person opening its address sees it first: each language's home (every
 * area shown, no space open) and each space's page (its panel open, the first map view on it),
 * with the spaces file the build ships.
 *
 * It renders with React's static renderer, with the page's state set first (`applyPageState`),
 * in Node: the build runs it from Vite's SSR build of it (vite-plugin.ts). No module reads the
 * browser's globals while a page renders. The browser sets the same state and hydrates the page
 * (src/main.tsx): its first render must be exactly this markup (tests/component/hydration.test.tsx).
 */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { prerender } from 'react-dom/static';
import { AppTree } from '../../src/app/app-tree.tsx';
import { initItalian } from '../../src/i18n/i18n.ts';
import { LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { allPages, pagePath } from '../../src/pages/page-paths.ts';
import { pageDescription, pageTitle } from '../../src/pages/page-text.ts';
import { dataVersion } from '../../src/spaces/data-version.ts';
import { readSpacesFile } from '../../src/spaces/load-spaces.ts';
import type { Space } from '../../src/spaces/types.ts';
import { describeProblem } from '../../src/spaces/validate-spaces.ts';
import type { PageWords } from './page-document.ts';
import { pageFailure } from './page-failure.ts';
import type { ReachSummary } from '../../src/reach/reach-format.ts';
import { setReachSummary } from '../../src/reach/reach-store.ts';
import { setDataResult } from '../../src/state/spaces-store.ts';
import { applyPageState } from '../../src/state/url-sync.ts';

/** A page as the app renders it, with what its document says of it (page-document.ts). */
export interface RenderedPage extends PageWords {
  space: Space | null;
  /** The app's markup, for `<div id="root">`. */
  body: string;
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

/**
 * One page's markup, for `<div id="root">`, with its state set as the browser sets it before
 * hydrating. The languages and the spaces file are loaded (`loadPages`).
 */
export async function renderPage(lang: Language, space: string | null): Promise<string> {
  applyPageState(lang, space);
  // React's static renderer waits for every part of the page still loading (Suspense); a part
  // that fails would be left to the browser to render: none may.
  const failures: unknown[] = [];
  const { prelude } = await prerender(<AppTree onStarted={() => {}} />, {
    onError: (error) => void failures.push(error),
  });
  const body = await new Response(prelude).text();
  if (failures.length > 0 || body.includes('<!--$!-->'))
    throw new Error(
      `Part of the page ${pagePath(lang, space)} did not render: ${failures.map(String).join('; ')}`,
    );
  return body;
}

/**
 * Loads the languages, the spaces file and the walking figures the build computed from it
 * (scripts/reach/) for `renderPage`, and returns the spaces.
 */
export async function loadPages(spacesText: string, reach: ReachSummary): Promise<Space[]> {
  await loadLanguages();
  const data = readSpacesFile(spacesText);
  const errors = data.problems.filter((p) => p.severity === 'error');
  // The app leaves out a space with an error and says so; a build is refused: no site is
  // published without one of its spaces.
  if (data.fatal || data.spaces.length === 0 || errors.length > 0) {
    const problems = errors.map(describeProblem);
    throw new Error(
      `The spaces file does not validate (npm run check:data):\n${(problems.length > 0 ? problems : ['it holds no space']).join('\n')}`,
    );
  }
  setDataResult(data);
  setReachSummary(reach);
  return data.spaces;
}

/** Every page (or those `wanted`), rendered with this spaces file. */
export async function renderPages(
  spacesText: string,
  reach: ReachSummary,
  wanted: (page: { lang: Language; space: string | null }) => boolean = () => true,
): Promise<RenderedPage[]> {
  const spaces = await loadPages(spacesText, reach);
  const pages: RenderedPage[] = [];
  for (const { lang, space: id } of allPages(spaces.map((s) => s.id)).filter(wanted)) {
    await i18next.changeLanguage(lang);
    const t = i18next.getFixedT(lang);
    const space = spaces.find((s) => s.id === id) ?? null;
    let body: string;
    try {
      body = await renderPage(lang, id);
    } catch (error) {
      throw pageFailure(
        { path: pagePath(lang, id), space },
        (error as Error).message ?? String(error),
      );
    }
    pages.push({
      lang,
      space,
      body,
      spacesVersion: dataVersion(spacesText),
      reachVersion: reach.version,
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
  }
  return pages;
}
