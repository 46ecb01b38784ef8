/**
 * The bundled basemap's figures for `npm run bench`: its data sizes (what the city view needs, the
 * street tiles), and the time to the map's first `idle` at city zoom with it (dist-bundled/,
 * built with VITE_BASEMAP_STYLE_URL=bundled), alternated with the app on the test fixture's plain
 * style, so that the ratio means something on a noisy machine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, keepLocal } from './chromium.ts';
import { startPreview } from './preview-server.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function sizes(): void {
  const city = 'dist-bundled/generated/basemap/city.json';
  const tiles = files('dist-bundled/generated/basemap/tiles').map(gzip);
  const font = files('dist-bundled/assets').find((f) =>
    /titillium-web-latin-600-normal.*\.woff2$/.test(f),
  );
  const beforeCity = gzip(city) + (font ? statSync(font).size : 0);
  console.log('bundled basemap:');
  console.log(
    `  before the city view draws: ${kb(beforeCity)} (city.json ${kb(gzip(city))} gzip + the label font ${font ? kb(statSync(font).size) : 'not found'}); target <= 150 KB gzip: ${beforeCity / 1024 <= 150 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  street tiles: ${tiles.length} files, ${kb(tiles.reduce((a, b) => a + b, 0))} gzip in all, largest ${kb(Math.max(...tiles))}, each fetched only when on screen`,
  );
}

async function idleAt(browser: Browser, url: string, fixtureStyle: boolean): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await keepLocal(page, fixtureStyle);
  await page.goto(url);
  // The map loads when reached for: at once here.
  await page.locator('#map').hover({ position: { x: 4, y: 4 } });
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, {
    timeout: 60_000,
  });
  const idle = await page.evaluate(() => performance.getEntriesByName('map-idle')[0]!.startTime);
  await context.close();
  return idle;
}

export async function benchBasemap(runs: number): Promise<void> {
  sizes();
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.log('  time to draw: skipped, no Chromium found');
    return;
  }
  const plain = await startPreview(4181);
  const bundled = await startPreview(4182, 'dist-bundled');
  try {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const times = { plain: [] as number[], bundled: [] as number[] };
    for (let run = 0; run < runs; run++) {
      times.plain.push(await idleAt(browser, plain.url, true));
      times.bundled.push(await idleAt(browser, bundled.url, false));
    }
    await browser.close();
    const [p, b] = [median(times.plain), median(times.bundled)];
    console.log(
      `  navigation -> map idle at city zoom, median of ${runs} alternated runs: bundled basemap ${b.toFixed(0)} ms, plain fixture style ${p.toFixed(0)} ms, ratio ${(b / p).toFixed(2)}`,
    );
  } finally {
    plain.stop();
    bundled.stop();
  }
}
