/**
 * Who each space reaches, for `npm run bench`: the build step's time and output (the figures and
 * the map layer's squares) for the nine spaces and for the bench's made-up programme of 999, and
 * the layer in headless Chromium, unthrottled, on the bundled basemap (dist-bundled/): the time
 * from the switch to the layer drawn, and the frames per second while a mouse drags the map for
 * two seconds, with the layer and, in the same page just before, without it (software WebGL on a
 * busy machine reaches far less than a phone's GPU: the ratio is what the layer costs). Goals: the step under 10 s for the nine and under 2 s at 999, the layer's file at
 * most 300 KB gzip, 60 frames per second on pan at 999.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, keepLocal } from './chromium.ts';
import { median } from './median.ts';
import { spacesFixture } from './many-spaces.ts';
import { startPreview } from './preview-server.ts';
import { buildTransit, buildWalkReach } from './reach/build-reach.ts';

const PORT = 4185;
const OUT = 'test-results/reach';
const GOALS = { stepNine: 10, stepMany: 2, layerKb: 300, fps: 60 };

interface LayerFigures {
  drawn: number;
  /** Frames per second with the layer off, in the same page. */
  without: number;
  fps: number;
  longestFrame: number;
}

/** Turns the layer on, waits for it to be drawn, then drags the map for two seconds. */
async function layerFigures(page: Page, base: string, files: string): Promise<LayerFigures> {
  await keepLocal(page, false);
  await page.route(/\/assets\/spaces-[^/]*\.geojson$/, (route) =>
    route.fulfill({ path: `${files}/spaces.geojson`, contentType: 'application/geo+json' }),
  );
  await page.route(/\/generated\/reach\/(summary|walk-grid)\.json$/, (route) =>
    route.fulfill({
      path: `${files}/${new URL(route.request().url()).pathname.split('/').pop()}`,
      contentType: 'application/json',
    }),
  );
  await page.goto(base);
  await page.locator('#map').hover({ position: { x: 4, y: 4 } });
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, {
    timeout: 120_000,
  });
  // The same drag without the layer first: what this machine's software WebGL reaches anyway.
  const without = await dragFrames(page);
  const on = await page.evaluate(() => {
    document.querySelector<HTMLInputElement>('.walk-section input[type="checkbox"]')!.click();
    return performance.now();
  });
  await page.waitForFunction(
    () => performance.getEntriesByName('walk-layer-drawn').length > 0,
    null,
    {
      timeout: 120_000,
    },
  );
  const drawn =
    (await page.evaluate(() => performance.getEntriesByName('walk-layer-drawn')[0]!.startTime)) -
    on;

  const layer = await dragFrames(page);
  return { drawn, without: without.fps, fps: layer.fps, longestFrame: layer.longestFrame };
}

/** Frames per second, and the longest frame, while a mouse drags the map for two seconds. */
async function dragFrames(page: Page): Promise<{ fps: number; longestFrame: number }> {
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  // A string: tsx would name the function with a helper the page does not have.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.counting = true;
    const tick = (t) => {
      window.frames_.push(t);
      if (window.counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const started = Date.now();
  // Back and forth across a third of the map, a small step every frame or so, for two seconds.
  for (let i = 0; Date.now() - started < 2000; i++) {
    const phase = (i % 60) / 60;
    const dx = (phase < 0.5 ? phase : 1 - phase) * 2 * (box.width / 3);
    await page.mouse.move(x - dx, y - dx / 3);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; counting: boolean };
    w.counting = false;
    return w.frames_;
  });
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  const span = frames.at(-1)! - frames[0]!;
  // The map settles before what comes next.
  await page.waitForFunction(
    () => document.querySelector('.maplibregl-map')?.getAttribute('data-idle') === 'true',
  );
  return { fps: ((frames.length - 1) / span) * 1000, longestFrame: Math.max(...gaps) };
}

export async function benchReach(runs = 3): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const rows: string[] = [];
  const sizes: [number, string][] = [];
  for (const count of [9, 999]) {
    const text = spacesFixture(count);
    // The step's time: the median of `runs` (the first pays for the code's warming up).
    const times: number[] = [];
    let reach = buildWalkReach(text);
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      reach = buildWalkReach(text);
      times.push((performance.now() - started) / 1000);
    }
    const { summary, grid } = reach;
    const seconds = median(times);
    // Of which the stops near each space ("Come arrivare"), timed alone the same way.
    const transitTimes: number[] = [];
    buildTransit(text);
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      buildTransit(text);
      transitTimes.push((performance.now() - started) / 1000);
    }
    const folder = `${OUT}/${count}`;
    mkdirSync(folder, { recursive: true });
    writeFileSync(`${folder}/spaces.geojson`, text);
    writeFileSync(`${folder}/summary.json`, JSON.stringify(summary));
    writeFileSync(`${folder}/walk-grid.json`, JSON.stringify(grid));
    const gzip = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length / 1024;
    sizes.push([count, folder]);
    rows.push(
      `  | ${count} | ${seconds.toFixed(2)} s (${times.map((t) => t.toFixed(2)).join(', ')}) | ${(median(transitTimes) * 1000).toFixed(0)} ms, ${gzip(summary.transit).toFixed(1)} KB | ${gzip(summary).toFixed(1)} KB | ${gzip(grid).toFixed(1)} KB (${grid.cells.length / 6} squares) | ${((summary.city.any / summary.city.numbers) * 100).toFixed(1)} % |`,
    );
  }
  console.log(
    `reach: the build step (register snapshot, NIL, spaces; median of ${runs} runs after one) and its output, gzip:`,
  );
  console.log(
    '  | spaces | step | of which the stops near each space: time, size | figures (summary.json) | layer (walk-grid.json) | city within 15 min |',
  );
  console.log('  |---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log(
    `  goals: the step < ${GOALS.stepNine} s for the nine, < ${GOALS.stepMany} s at 999; the layer's file <= ${GOALS.layerKb} KB gzip`,
  );

  const executablePath = chromiumPath();
  if (!executablePath) {
    console.log('reach: the layer in the browser skipped, no Chromium found');
    return;
  }
  const server = await startPreview(PORT, 'dist-bundled');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    console.log(
      `reach: the walking layer on the bundled map, headless Chromium unthrottled (software WebGL), 1280 x 800, median of ${runs} runs:`,
    );
    console.log(
      '  | spaces | switch -> layer drawn | frames per second dragging 2 s, layer on | the same, layer off | longest frame, layer on |',
    );
    console.log('  |---|---|---|---|---|');
    for (const [count, folder] of sizes) {
      const figures: LayerFigures[] = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        figures.push(await layerFigures(await context.newPage(), server.url, folder));
        await context.close();
      }
      const m = (key: keyof LayerFigures) => median(figures.map((f) => f[key]));
      console.log(
        `  | ${count} | ${m('drawn').toFixed(0)} ms | ${m('fps').toFixed(0)} (runs: ${figures.map((f) => f.fps.toFixed(0)).join(', ')}) | ${m('without').toFixed(0)} | ${m('longestFrame').toFixed(0)} ms |`,
      );
    }
  } finally {
    await browser.close();
    server.stop();
  }
}
