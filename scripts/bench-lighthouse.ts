/**
 * Lighthouse for `npm run bench`: the production build's pages (the Italian home, a space's page,
 * the Arabic home) against the baseline page (scripts/baseline/, a bare react-map-gl page of the
 * nine spaces), all drawing the bundled basemap, in the local Chromium with Lighthouse's mobile
 * preset (simulated throttling). They are measured alternately, several runs each, so that the
 * machine's noise falls on all; the figures that matter are the ratios. Then one desktop run of
 * the home, for its scores, and the journey with a finger on the same two builds
 * (bench-journey.ts).
 *
 * This machine has no internet, so the build measured here uses the bundled basemap
 * (VITE_BASEMAP_STYLE_URL=bundled): otherwise the blocked basemap requests would be counted as
 * errors that a deployment does not have.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import type { Result } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { APP_DIR, APP_PORT, BASELINE_DIR, BASELINE_PORT, buildForBench } from './bench-builds.ts';
import { benchJourney } from './bench-journey.ts';
import { startPreview } from './preview-server.ts';
import { median } from './median.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const OTHER_CATEGORIES = CATEGORIES.filter((c) => c !== 'performance');

/** The goals (issues 11 and 21), printed beside the figures. */
const GOALS = { score: 0.95, accessibility: 1, lcpRatio: 0.5, tbtRatio: 0.5, cls: 0 };

/** The app's pages measured, each against the same baseline runs. */
const PAGES = [
  { name: 'the home (Italian)', path: '' },
  { name: 'a space’s page (spazi/omero-15/)', path: 'spazi/omero-15/' },
  { name: 'the Arabic home (ar/)', path: 'ar/' },
];

interface Figures {
  score: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: number;
}

function figuresOf(lhr: Result): Figures {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    score: lhr.categories.performance?.score ?? 0,
    accessibility: lhr.categories.accessibility?.score ?? 0,
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    bytes: value('total-byte-weight'),
  };
}

/** The binary audits that did not pass, with where (for the accessibility score). */
function notPassed(lhr: Result): string[] {
  return Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => {
      const items = (a.details as { items?: { node?: { snippet?: string } }[] } | undefined)?.items;
      const where = (items ?? [])
        .map((i) => i.node?.snippet?.slice(0, 90))
        .filter(Boolean)
        .slice(0, 3);
      return `${a.id}${where.length ? `: ${where.join(' | ')}` : ''}`;
    });
}

export async function benchLighthouse(runs = 3): Promise<void> {
  const chromePath = chromiumPath();
  if (!chromePath) {
    console.log('lighthouse: skipped, no Chromium found');
    return;
  }
  buildForBench();
  const app = await startPreview(APP_PORT, APP_DIR);
  const baseline = await startPreview(BASELINE_PORT, BASELINE_DIR);
  // An Italian browser, as most of the people the app serves have: the page is prerendered in
  // Italian (another language takes over once the app has started).
  const chrome = await chromeLauncher.launch({
    chromePath,
    // Both flags: headless Chromium otherwise tells pages it prefers English, and the root page
    // would go to the English home.
    chromeFlags: ['--headless=new', '--lang=it-IT', '--accept-lang=it-IT', ...CHROMIUM_ARGS],
  });
  const run = async (url: string, config?: typeof desktopConfig) => {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      config,
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    return result.lhr;
  };
  try {
    const rows = PAGES.map(() => [] as { app: Figures; baseline: Figures }[]);
    const last: Result[] = [];
    for (let i = 0; i < runs; i++) {
      const appFigures = [];
      for (const [n, page] of PAGES.entries()) {
        last[n] = await run(`${app.url}${page.path}`);
        appFigures.push(figuresOf(last[n]));
      }
      const baselineFigures = figuresOf(await run(baseline.url));
      for (const [n, figures] of appFigures.entries())
        rows[n]!.push({ app: figures, baseline: baselineFigures });
    }
    const desktop = await run(app.url, desktopConfig);
    for (const [n, page] of PAGES.entries())
      print(page.name, rows[n]!, last[n]!, n === 0 ? desktop : null);
    // Lighthouse never touches the map: the first quarter-minute with a finger, on the same pages.
    chrome.kill();
    await benchJourney(app.url, baseline.url, runs);
  } finally {
    chrome.kill();
    app.stop();
    baseline.stop();
  }
}

function print(
  name: string,
  rows: { app: Figures; baseline: Figures }[],
  lastApp: Result,
  desktop: Result | null,
) {
  const of = (who: 'app' | 'baseline', key: keyof Figures) => median(rows.map((r) => r[who][key]));
  const all = (who: 'app' | 'baseline', key: keyof Figures, format: (x: number) => string) =>
    rows.map((r) => format(r[who][key])).join(', ');
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const msf = (ms: number) => `${ms.toFixed(0)} ms`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const score = (x: number) => x.toFixed(2);
  const lines: [string, keyof Figures, (x: number) => string][] = [
    ['performance score', 'score', score],
    ['First Contentful Paint', 'fcp', s],
    ['Largest Contentful Paint', 'lcp', s],
    ['Total Blocking Time', 'tbt', msf],
    ['Cumulative Layout Shift', 'cls', (x) => x.toFixed(3)],
    ['bytes downloaded', 'bytes', kb],
  ];
  console.log(
    `lighthouse, ${name}, mobile preset (simulated throttling), ${rows.length} runs each, alternated; medians (all runs):`,
  );
  console.log('  | | the app | bare react-map-gl page | ratio |');
  console.log('  |---|---|---|---|');
  for (const [label, key, format] of lines) {
    const ratio = of('app', key) / of('baseline', key);
    console.log(
      `  | ${label} | ${format(of('app', key))} (${all('app', key, format)}) | ${format(of('baseline', key))} (${all('baseline', key, format)}) | ${Number.isFinite(ratio) ? ratio.toFixed(2) : '-'} |`,
    );
  }
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const ratio = (key: keyof Figures) => of('app', key) / of('baseline', key);
  console.log(`  goals:`);
  console.log(
    `    performance >= ${GOALS.score}: ${met(of('app', 'score') >= GOALS.score)}; accessibility, best practices and SEO 100: ${met(OTHER_CATEGORIES.every((c) => (lastApp.categories[c]?.score ?? 0) >= 1))} (last run: ${OTHER_CATEGORIES.map((c) => Math.round((lastApp.categories[c]?.score ?? 0) * 100)).join(', ')})`,
  );
  console.log(
    `    LCP <= ${GOALS.lcpRatio} x baseline: ${met(ratio('lcp') <= GOALS.lcpRatio)}; TBT <= ${GOALS.tbtRatio} x baseline: ${met(ratio('tbt') <= GOALS.tbtRatio)}; CLS 0: ${met(of('app', 'cls') === GOALS.cls)}`,
  );
  if (of('app', 'cls') !== GOALS.cls) {
    // Under 0.0005 it prints as 0.000: say how small, and what moved.
    const shifted = (
      lastApp.audits['layout-shifts']?.details as
        { items?: { node?: { snippet?: string } }[] } | undefined
    )?.items?.map((item) => item.node?.snippet?.slice(0, 90));
    console.log(
      `    CLS median ${of('app', 'cls').toExponential(1)}; moved in the last run: ${shifted?.join(' | ') || 'nothing'}`,
    );
  }
  const lcpElement = (
    lastApp.audits['largest-contentful-paint-element']?.details as
      { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined
  )?.items?.[0]?.items?.[0]?.node?.snippet;
  if (lcpElement) console.log(`  the app's LCP element: ${lcpElement.slice(0, 120)}`);
  const presets: [string, Result][] = [['mobile (last run)', lastApp]];
  if (desktop) presets.push(['desktop', desktop]);
  for (const [preset, lhr] of presets) {
    const scores = CATEGORIES.map(
      (c) => `${c} ${Math.round((lhr.categories[c]?.score ?? 0) * 100)}`,
    );
    console.log(`  the app, ${preset}: ${scores.join(', ')}`);
    for (const audit of notPassed(lhr)) console.log(`    not passed: ${audit}`);
  }
}
