/**
 * The prerendered page taken over as it is (src/main.tsx): the markup the build writes for a page
 * (scripts/prerender/render.tsx) is exactly the app's first render of it in the browser, so React
 * hydrates it without a mismatch. React's development build, which these tests run, names every
 * attribute or text that differs; the production build would silently keep a wrong attribute.
 * What a person changed on the page before the app started is then the app's.
 */
import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { loadPages, renderPage } from '../../scripts/prerender/render.tsx';
import { buildReach } from '../../scripts/reach/build-reach.ts';
import type { ReachSummary } from '../../src/reach/reach-format.ts';
import { REACH_URL } from '../../src/reach/reach-store.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { start } from '../../src/main.tsx';
import { appBase, pagePath } from '../../src/pages/page-paths.ts';
import { dataVersion } from '../../src/spaces/data-version.ts';
import { SPACES_URL } from '../../src/spaces/load-spaces.ts';
import { useAppStore } from '../../src/state/app-store.ts';
import { useNearest } from '../../src/nearest/nearest-store.ts';
import { resetStores } from '../reset-stores.ts';

const SPACES = readFileSync('data/spaces.geojson', 'utf8');
const COMPLETE = readFileSync('tests/fixtures/spaces-complete.geojson', 'utf8');

/** The walking figures the build computes from each spaces file (scripts/reach/). */
const reaches = new Map<string, ReachSummary>();
function reachOf(spacesText: string): ReachSummary {
  if (!reaches.has(spacesText)) reaches.set(spacesText, buildReach(spacesText));
  return reaches.get(spacesText)!;
}

const act = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let errors: MockInstance<typeof console.error>;
let root: Root | undefined;
let actEnvironment: boolean | undefined;

beforeEach(() => {
  // The app starts as in a browser, not inside testing-library's act().
  actEnvironment = act.IS_REACT_ACT_ENVIRONMENT;
  act.IS_REACT_ACT_ENVIRONMENT = false;
  performance.clearMarks();
});

afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.replaceChildren();
  act.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/**
 * The page the build writes for this language and space, with `spacesText`, put in the document
 * at its address (plus `search`) as the browser receives it, the app's state as it is before
 * the app's code runs. The server answers the spaces file with `served`: the same text, unless
 * the file has changed since the build.
 */
async function prerendered(
  lang: Language,
  space: string | null,
  spacesText = SPACES,
  search = '',
  served = spacesText,
  servedReach: () => Response = () => Response.json(reachOf(spacesText)),
) {
  const reach = reachOf(spacesText);
  // The build renders from a page's first state: nothing the previous test left (an announcement).
  resetStores();
  await loadPages(spacesText, reach);
  await i18next.changeLanguage(lang);
  const body = await renderPage(lang, space);
  resetStores();
  const serverFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input) === SPACES_URL) return Promise.resolve(new Response(served));
    if (String(input) === REACH_URL) return Promise.resolve(servedReach());
    return serverFetch(input, init);
  });
  window.history.replaceState(null, '', `${appBase()}${pagePath(lang, space)}${search}`);
  const page = document.createElement('div');
  page.id = 'root';
  page.setAttribute('data-lang', lang);
  if (space) page.setAttribute('data-space', space);
  page.setAttribute('data-spaces', dataVersion(spacesText));
  page.setAttribute('data-reach', reach.version);
  page.innerHTML = body;
  document.body.append(page);
  errors = vi.spyOn(console, 'error');
  return page;
}

/** Starts the app on the page and waits until it has taken the page over. */
async function startApp(): Promise<void> {
  root = await start();
  await waitFor(() => expect(performance.getEntriesByName('spaces-ready')).toHaveLength(1));
}

/** How many spaces the page's list shows. */
const listed = (page: HTMLElement) => page.querySelectorAll('#space-list [data-space]').length;

function expectHydratedAsItWas() {
  expect(errors.mock.calls.map((call) => call.map(String).join(' '))).toEqual([]);
  expect(performance.getEntriesByName('hydration-mismatch')).toHaveLength(0);
}

describe('a prerendered page', () => {
  const pages: [Language, string | null, string][] = [
    ['it', null, SPACES],
    ['en', 'omero-15', SPACES],
    ['ar', null, SPACES],
    ['zh', 'boccioni-10', SPACES],
    // Every fact filled in, hours included: the hours "now" come after the page is the app's.
    ['fr', 'omero-15', COMPLETE],
  ];
  for (const [lang, space, spacesText] of pages) {
    it(`is hydrated, not replaced: ${lang} ${space ?? 'home'}${spacesText === COMPLETE ? ' (every fact)' : ''}`, async () => {
      const page = await prerendered(lang, space, spacesText);
      const heading = page.querySelector('h1')!;
      const firstControl = page.querySelector('input')!;
      await startApp();
      expectHydratedAsItWas();
      expect(heading.isConnected).toBe(true);
      expect(firstControl.isConnected).toBe(true);
      expect(useAppStore.getState().selectedId).toBe(space);
    });
  }

  it('follows the rest of its link once it is the app’s: a filter in the link', async () => {
    const page = await prerendered('it', null, SPACES, '?areas=1&lang=it');
    expect(listed(page)).toBe(9);
    await startApp();
    expectHydratedAsItWas();
    await waitFor(() => expect(listed(page)).toBe(3));
    expect(useAppStore.getState().areas).toEqual([1]);
  });

  it('keeps what a person ticked and chose before the app started, and the app hears it', async () => {
    const page = await prerendered('it', null);
    // The browser's own answers to a click, with no script yet.
    within(page)
      .getByRole('checkbox', { name: /Impresa e comunità/ })
      .click();
    within(page)
      .getByRole('radio', { name: /qualsiasi/i })
      .click();
    const language = within(page).getByRole('combobox', { name: /lingua/i }) as HTMLSelectElement;
    language.value = 'en';
    await startApp();
    expectHydratedAsItWas();
    expect(useAppStore.getState().areas).toEqual([1, 2]);
    expect(listed(page)).toBe(6);
    expect(useNearest.getState().lookingFor).toBe('any');
    await waitFor(() => expect(useAppStore.getState().lang).toBe('en'));
    await screen.findByRole('heading', { level: 2, name: /nearest/i });
  });

  it('shows its space’s walking figures, hydrated as they were', async () => {
    const page = await prerendered('en', 'omero-15');
    const table = within(page).getByRole('table', { name: /house numbers within/i });
    await startApp();
    expectHydratedAsItWas();
    expect(table.isConnected).toBe(true);
    const omero = reachOf(SPACES).spaces.find((s) => s.id === 'omero-15')!;
    expect(within(table).getByRole('row', { name: /within 15 minutes/ })).toHaveTextContent(
      String(omero.within[2]),
    );
  });

  it('is rendered anew, without a mismatch, when its walking figures cannot be fetched', async () => {
    const page = await prerendered(
      'it',
      'omero-15',
      SPACES,
      '',
      SPACES,
      () => new Response('not json', { status: 200 }),
    );
    const heading = page.querySelector('h1')!;
    await startApp();
    expectHydratedAsItWas();
    await waitFor(() => expect(heading.isConnected).toBe(false));
    expect(
      await screen.findByText(/a piedi non sono disponibili in questo momento/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Le fermate vicine non sono disponibili/)).toBeInTheDocument();
    // The rest of the panel is there.
    expect(screen.getByRole('heading', { level: 1, name: /Omero 15/ })).toBeInTheDocument();
  });

  it('is rendered anew, without a mismatch, when the spaces file has changed since the build', async () => {
    const page = await prerendered('it', 'omero-15', SPACES, '', COMPLETE);
    const heading = page.querySelector('h1')!;
    await startApp();
    expectHydratedAsItWas();
    await waitFor(() => expect(heading.isConnected).toBe(false));
    // The changed file's facts (the fixture's operator), not the build's.
    expect(await screen.findAllByText(/Associazione di prova 1/)).not.toHaveLength(0);
  });
});
