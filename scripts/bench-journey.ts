/**
 * The first quarter-minute as a person lives it, for `npm run bench`: a mid-range phone (412 x
 * 823 CSS pixels, touch, 4x slower processor, slow 4G: 150 ms round trip, 1.6 Mbps down), a first
 * visit. The app's home and the bare react-map-gl page of scripts/baseline/ are measured
 * alternately, several runs each, on the same bundled basemap; the figures are medians.
 *
 * The person:
 * - looks at the page until the nine spaces are on a map (their marker buttons are laid out, over
 *   the first map view's picture or a map that has loaded);
 * - drags the middle of the map with a finger at 4 s (touch start, six moves of 12 px left and 8 px
 *   up, 16 ms apart, touch end), and again every 0.5 s until what they see follows it (viale Omero
 *   15's marker has moved more than 25 px);
 * - at once taps viale Omero 15's marker, and waits for its address in a heading or paragraph (the
 *   app's panel) or the baseline's popup: the moment right after the first drag, when the app is
 *   starting the interactive map, is the one a tap is likeliest to wait behind;
 * - stays until 15 s.
 *
 * A person does not drag a blank screen: on a page slower than 4 s to show the spaces, the first
 * drag comes when they show. `JOURNEY_DEBUG=1` also prints each run's long tasks and slow events.
 *
 * Measured in the page: total blocking time over the first 15 s (long tasks, less 50 ms each), the
 * longest task from the first drag on (while the map starts: the longest a tap at the worst moment
 * would wait before the page could hear it) and the slowest input event of the visit (the Event
 * Timing API: from the input to the next paint).
 * The service worker is kept out: it stores files for offline use only after the page has loaded,
 * and the baseline has none.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { APP_DIR, APP_PORT, BASELINE_DIR, BASELINE_PORT, buildForBench } from './bench-builds.ts';
import { CHROMIUM_ARGS, chromiumPath, throttleAsPhone } from './chromium.ts';
import { median } from './median.ts';
import { startPreview } from './preview-server.ts';

export type JourneyPage = 'app' | 'baseline';

interface Journey {
  /** From navigation to the nine spaces on a map, in ms. */
  visible: number;
  /** When the first drag was made, and when a drag first moved the map (ms), and how many did nothing. */
  firstDrag: number;
  followed: number;
  lostDrags: number;
  /** From the tap on a marker to its address on screen, in ms. */
  tap: number;
  /** Total blocking time over the first 15 s, in ms. */
  tbt: number;
  /** The longest task from the first drag on (ms): the longest a tap then could wait to be heard. */
  longestTask: number;
  /** The slowest input event of the visit (its name and duration, ms). */
  /** With its parts: waiting for the page's thread, the page's handlers, then until painted. */
  slowestEvent: { name: string; duration: number; delay: number; handlers: number };
}

const PHONE = { width: 412, height: 823 };
const FIRST_DRAG = 4000;
const DRAG_EVERY = 500;
/** Each drag: six moves of 12 px left and 8 px up; it is followed when the marker moved 25 px. */
const DRAG_MOVES = 6;
const DRAG_STEP = { dx: -12, dy: -8 };
const FOLLOWED_PX = 25;
const VISIT = 15_000;
/** The spaces' addresses, as both pages show them. */
const ADDRESSES = new Map(
  (
    JSON.parse(readFileSync('data/spaces.geojson', 'utf8')) as {
      features: { properties: { id: string; address: string } }[];
    }
  ).features.map((f) => [f.properties.id, f.properties.address]),
);
/** The space whose marker is followed through the drags (viale Omero 15). */
const FOLLOWED = 'omero-15';

/** Runs in the page before its own scripts: what the person would see, and the page's timings. */
function recorder(kind: JourneyPage) {
  const journey = {
    visibleAt: null as number | null,
    longTasks: [] as [number, number][],
    /** Name, start, duration, input delay, handlers' time. */
    events: [] as [string, number, number, number, number][],
  };
  Object.assign(window, { __journey: journey });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) journey.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const onEvents = (list: PerformanceObserverEntryList) => {
    for (const e of list.getEntries() as PerformanceEventTiming[])
      journey.events.push([
        e.name,
        e.startTime,
        e.duration,
        e.processingStart - e.startTime,
        e.processingEnd - e.processingStart,
      ]);
  };
  new PerformanceObserver(onEvents).observe({
    type: 'event',
    buffered: true,
    durationThreshold: 16,
  } as PerformanceObserverInit);
  new PerformanceObserver(onEvents).observe({ type: 'first-input', buffered: true });
  const markersLaidOut = () =>
    [...document.querySelectorAll('button[data-space]')].filter(
      (b) => b.getBoundingClientRect().width > 0,
    ).length >= 9;
  const onMap = () => {
    if (kind === 'baseline') return performance.getEntriesByName('map-load').length > 0;
    const picture = document.querySelector<HTMLImageElement>('[data-first-view] img');
    if (picture) return picture.complete && picture.naturalWidth > 0;
    return document.querySelector('.maplibregl-canvas') !== null;
  };
  const check = () => {
    if (document.body && markersLaidOut() && onMap()) journey.visibleAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** A marker's centre on screen, or null while it is not there. */
async function markerCentre(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((id) => {
    // The marker on top (the map's, once it has replaced the first map view).
    const buttons = [...document.querySelectorAll(`button[data-space="${id}"]`)];
    for (const button of buttons.reverse()) {
      const r = button.getBoundingClientRect();
      if (r.width > 0) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, id);
}

/** A one-finger drag: six moves of (dx, dy), 16 ms apart, and the finger lifts at once. */
async function drag(cdp: CDPSession, x: number, y: number, dx: number, dy: number) {
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', px: number, py: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: px, y: py }],
    });
  await touch('touchStart', x, y);
  for (let i = 1; i <= DRAG_MOVES; i++) {
    await new Promise((r) => setTimeout(r, 16));
    await touch('touchMove', x + dx * i, y + dy * i);
  }
  await touch('touchEnd', x + dx * DRAG_MOVES, y + dy * DRAG_MOVES);
}

const now = (page: Page) => page.evaluate(() => performance.now());

async function journeyOnce(context: BrowserContext, url: string, kind: JourneyPage) {
  const page = await context.newPage();
  // tsx names functions with a helper the page does not have: the page gets a stand-in.
  await page.addInitScript({
    content: `var __name = (f) => f; (${recorder.toString()})(${JSON.stringify(kind)});`,
  });
  const cdp = await throttleAsPhone(context, page);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => (window as unknown as { __journey: { visibleAt: number | null } }).__journey.visibleAt,
    null,
    { timeout: 60_000, polling: 100 },
  );
  const visible = await page.evaluate(
    () => (window as unknown as { __journey: { visibleAt: number } }).__journey.visibleAt,
  );

  // Drags at 4 s, then every 0.5 s, each from the map area's middle, until the marker moves.
  const box = (await page.locator('#map, .maplibregl-map').first().boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  let firstDrag = NaN;
  let followed = NaN;
  let lostDrags = 0;
  for (let at = FIRST_DRAG; at < VISIT; at += DRAG_EVERY) {
    const wait = at - (await now(page));
    if (wait > 0) await page.waitForTimeout(wait);
    const before = await markerCentre(page, FOLLOWED);
    const started = await now(page);
    if (Number.isNaN(firstDrag)) firstDrag = started;
    await drag(cdp, x, y, DRAG_STEP.dx, DRAG_STEP.dy);
    // What the person sees after the gesture: two frames later.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const after = await markerCentre(page, FOLLOWED);
    const moved =
      before && after && Math.hypot(after.x - before.x, after.y - before.y) > FOLLOWED_PX;
    if (moved) {
      followed = started;
      break;
    }
    lostDrags++;
  }

  // At once, a tap on the marker followed, until its address shows.
  const address = ADDRESSES.get(FOLLOWED)!;
  const centre = await markerCentre(page, FOLLOWED);
  let tap = NaN;
  if (centre) {
    const tappedAt = await now(page);
    await page.touchscreen.tap(centre.x, centre.y);
    const shown = await page
      .waitForFunction(
        ([text, k]) => {
          const where = document.querySelectorAll<HTMLElement>(
            k === 'app' ? '.space-panel :is(h1, h2, h3, p)' : '.maplibregl-popup-content',
          );
          return [...where].some((e) => e.innerText.includes(text)) ? performance.now() : null;
        },
        [address, kind] as const,
        { timeout: 30_000, polling: 'raf' },
      )
      .catch(async () => {
        await page.screenshot({ path: `test-results/journey-${kind}-no-address.png` });
        console.log(
          `  (${kind}: the tap showed no address; see test-results/journey-${kind}-no-address.png)`,
        );
        return null;
      });
    if (shown) tap = ((await shown.jsonValue()) as number) - tappedAt;
  }

  const rest = VISIT - (await now(page));
  if (rest > 0) await page.waitForTimeout(rest);
  const recorded = await page.evaluate(
    () =>
      (
        window as unknown as {
          __journey: {
            longTasks: [number, number][];
            events: [string, number, number, number, number][];
          };
        }
      ).__journey,
  );
  await page.close();
  if (process.env.JOURNEY_DEBUG) {
    const f = (x: number) => x.toFixed(0);
    console.log(
      `  ${kind}: long tasks ${recorded.longTasks.map(([t, d]) => `${f(t)}+${f(d)}`).join(' ')}`,
    );
    console.log(
      `  ${kind}: events ${recorded.events
        .filter((e) => e[2] > 50)
        .map(([n, t, d]) => `${n}@${f(t)}+${f(d)}`)
        .join(' ')}`,
    );
    console.log(`  ${kind}: first drag ${f(firstDrag)}, followed ${f(followed)}, tap ${f(tap)}`);
  }
  const tbt = recorded.longTasks
    .filter(([start]) => start < VISIT)
    .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
  const longestTask = Math.max(
    0,
    ...recorded.longTasks
      .filter(([start]) => start >= firstDrag && start < VISIT)
      .map(([, duration]) => duration),
  );
  const slowest = recorded.events.reduce<[string, number, number, number, number]>(
    (worst, event) => (event[2] > worst[2] ? event : worst),
    ['none', 0, 0, 0, 0],
  );
  return {
    visible,
    firstDrag,
    followed,
    lostDrags,
    tap,
    tbt,
    longestTask,
    slowestEvent: {
      name: slowest[0],
      duration: slowest[2],
      delay: slowest[3],
      handlers: slowest[4],
    },
  } satisfies Journey;
}

/** The journey on the app's and the baseline's built pages, `runs` each, alternated. */
export async function benchJourney(appUrl: string, baselineUrl: string, runs = 3): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.log('journey: skipped, no Chromium found');
    return;
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const results: Record<JourneyPage, Journey[]> = { app: [], baseline: [] };
  try {
    for (let run = 0; run < runs; run++) {
      for (const [kind, url] of [
        ['app', appUrl],
        ['baseline', baselineUrl],
      ] as const) {
        const context = await browser.newContext({
          viewport: PHONE,
          deviceScaleFactor: 1.75,
          isMobile: true,
          hasTouch: true,
          locale: 'it-IT',
          serviceWorkers: 'block',
        });
        results[kind].push(await journeyOnce(context, url, kind));
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  printJourney(results);
}

function printJourney(results: Record<JourneyPage, Journey[]>) {
  const of = (kind: JourneyPage, pick: (j: Journey) => number) => median(results[kind].map(pick));
  const all = (kind: JourneyPage, pick: (j: Journey) => number, f: (x: number) => string) =>
    results[kind].map((j) => f(pick(j))).join(', ');
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const count = (x: number) => x.toFixed(0);
  const rows: [string, (j: Journey) => number, (x: number) => string, boolean][] = [
    ['the nine spaces visible on a map', (j) => j.visible, s, true],
    ['the map follows a drag (first drag at 4 s, then every 0.5 s)', (j) => j.followed, s, true],
    ['  of which waiting after the first drag', (j) => j.followed - j.firstDrag, ms, true],
    ['drags that did nothing', (j) => j.lostDrags, count, false],
    ['a tap on a marker until its address shows', (j) => j.tap, ms, true],
    ['total blocking time over the first 15 s', (j) => j.tbt, ms, true],
    [
      'the longest task from the first drag on (the longest a tap could wait)',
      (j) => j.longestTask,
      ms,
      true,
    ],
    ['the slowest input event of the visit', (j) => j.slowestEvent.duration, ms, true],
  ];
  const n = results.app.length;
  console.log(
    `journey: a first visit on a throttled phone (4x CPU, 150 ms, 1.6 Mbps, touch, 412 x 823), ${n} runs each, alternated; medians (all runs):`,
  );
  console.log('  | | the app | bare react-map-gl page | ratio |');
  console.log('  |---|---|---|---|');
  for (const [label, pick, format, withRatio] of rows) {
    const app = of('app', pick);
    const base = of('baseline', pick);
    const ratio = withRatio && base > 0 ? (app / base).toFixed(2) : '';
    console.log(
      `  | ${label} | ${format(app)} (${all('app', pick, format)}) | ${format(base)} (${all('baseline', pick, format)}) | ${ratio} |`,
    );
  }
  const slowest = results.app
    .map(
      ({ slowestEvent: e }) =>
        `${e.name} ${ms(e.duration)} (waiting ${ms(e.delay)}, handlers ${ms(e.handlers)}, to the paint ${ms(e.duration - e.delay - e.handlers)})`,
    )
    .join('; ');
  console.log(`  the app's slowest input events, by run: ${slowest}`);
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log('  goals:');
  console.log(
    `    the first drag followed in every run: ${met(results.app.every((j) => j.lostDrags === 0))}; tap <= baseline: ${met(of('app', (j) => j.tap) <= of('baseline', (j) => j.tap))}`,
  );
  console.log(
    `    TBT <= 0.5 x baseline: ${met(of('app', (j) => j.tbt) <= 0.5 * of('baseline', (j) => j.tbt))}; no input event over 200 ms in any run: ${met(results.app.every((j) => j.slowestEvent.duration <= 200))}`,
  );
}

/** Run alone (`npx tsx scripts/bench-journey.ts`): builds both pages, serves them, measures. */
if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  buildForBench();
  const app = await startPreview(APP_PORT, APP_DIR);
  const baseline = await startPreview(BASELINE_PORT, BASELINE_DIR);
  try {
    await benchJourney(app.url, baseline.url, Number(process.env.BENCH_RUNS ?? 3));
  } finally {
    app.stop();
    baseline.stop();
  }
}
