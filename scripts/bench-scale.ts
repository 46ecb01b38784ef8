/**
 * The cost as the data grows, for `npm run bench`: the production build with generated spaces
 * files of 9, 100 and 999 spaces (999 is the most the data rules accept: `number` is 1-999 and
 * unique), in headless Chromium, unthrottled. For each: the time to a usable list, to the next
 * paint after a filter toggle and after opening a panel from the list (once the page has
 * settled), the map's time to `idle` from that choice (which loads it), and the longest task of
 * the whole visit. Goals at 999: filter toggle < 100 ms, no task > 200 ms, list usable < 1 s.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, keepLocal } from './chromium.ts';
import { spacesFixture } from './many-spaces.ts';
import { startPreview } from './preview-server.ts';

const PORT = 4184;
const SIZES = [9, 100, 999] as const;
const OUT = 'test-results/scale';
const GOALS = { filter: 100, task: 200, list: 1000 };

interface Figures {
  list: number;
  filter: number;
  panel: number;
  idle: number;
  longestTask: number;
}

/** Milliseconds from an action to the next paint after it. */
function untilPainted(page: Page, selector: string): Promise<number> {
  return page.evaluate(async (selector) => {
    const element = document.querySelector<HTMLElement>(selector)!;
    const start = performance.now();
    element.click();
    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
    return performance.now() - start;
  }, selector);
}

async function visit(page: Page, base: string, file: string): Promise<Figures> {
  await keepLocal(page, true);
  await page.route(/\/assets\/spaces-[^/]*\.geojson$/, (route) =>
    route.fulfill({ path: file, contentType: 'application/geo+json' }),
  );
  await page.addInitScript(() => {
    (window as unknown as { longest: number }).longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const w = window as unknown as { longest: number };
        w.longest = Math.max(w.longest, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(base);
  await page.waitForFunction(() => performance.getEntriesByName('spaces-ready').length > 0);
  const list = await page.evaluate(
    () => performance.getEntriesByName('spaces-ready')[0]!.startTime,
  );
  // The interactions come once the page has settled (the browser twice idle), as a person's do.
  for (let i = 0; i < 2; i++) {
    await page.evaluate(() => new Promise((idle) => requestIdleCallback(idle, { timeout: 2000 })));
  }
  // Untick the third area and tick it again: the mean of the two.
  const third = `.area-filter label:nth-of-type(3) input`;
  const filter = ((await untilPainted(page, third)) + (await untilPainted(page, third))) / 2;
  // Choosing a space opens its panel and, as a reach for the map, loads the map.
  const reached = await page.evaluate(() => performance.now());
  const panel = await untilPainted(page, '.space-list__item');
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, {
    timeout: 120_000,
  });
  const idle =
    (await page.evaluate(() => performance.getEntriesByName('map-idle')[0]!.startTime)) - reached;
  const longestTask = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  return { list, filter, panel, idle, longestTask };
}

export async function benchScale(runs = 3): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.log('scale: skipped, no Chromium found');
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const server = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  try {
    console.log(
      `scale: generated spaces files, production build, headless Chromium unthrottled, median of ${runs} runs:`,
    );
    console.log(
      '  | spaces | list usable | filter toggle | panel open | longest task | map idle after a space is chosen |',
    );
    console.log('  |---|---|---|---|---|---|');
    for (const size of SIZES) {
      const file = `${OUT}/spaces-${size}.geojson`;
      writeFileSync(file, spacesFixture(size));
      const rows: Figures[] = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        rows.push(await visit(await context.newPage(), server.url, file));
        await context.close();
      }
      const m = (key: keyof Figures) => median(rows.map((r) => r[key]));
      console.log(
        `  | ${size} | ${m('list').toFixed(0)} ms | ${m('filter').toFixed(0)} ms | ${m('panel').toFixed(0)} ms | ${m('longestTask').toFixed(0)} ms | ${m('idle').toFixed(0)} ms |`,
      );
      if (size === SIZES.at(-1)) {
        const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
        console.log(
          `  goals at ${size}: filter toggle < ${GOALS.filter} ms ${met(m('filter') < GOALS.filter)}; no task > ${GOALS.task} ms ${met(m('longestTask') <= GOALS.task)}; list usable < ${GOALS.list} ms ${met(m('list') < GOALS.list)}`,
        );
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
}
