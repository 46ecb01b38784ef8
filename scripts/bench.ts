/**
 * `npm run bench`: builds the app, then prints its size and speed figures.
 * - gzip size of the JS needed before the map (boot.ts, the app's chunk and their static imports),
 *   of the map chunk and of the map worker, and what a first visit downloads; the officials'
 *   desk's own size, and that residents load none of it;
 * - the address index's build time, sizes and suggestion times (bench-addresses.ts);
 * - the bundled basemap's sizes and time to draw at city zoom (bench-basemap.ts);
 * - Lighthouse, mobile preset, on the home, a space's page and the Arabic home, alternated with
 *   the bare react-map-gl page of scripts/baseline/, and desktop (bench-lighthouse.ts); then the
 *   first quarter-minute with a finger on a throttled phone, on the same two builds
 *   (bench-journey.ts: the drag, the tap, total blocking time, the slowest input event);
 * - the cost as the data grows: 9, 100 and 999 spaces (bench-scale.ts);
 * - who each space reaches: the build step at 9 and 999 spaces, the walking layer's file, and the
 *   layer drawn and dragged (bench-reach.ts);
 * - how long a phone set to Arabic or French sees another language at the root address, and
 *   the layout shift (bench-first-language.ts);
 * - the second visit, with the service worker, in a browser set to each language: how many of
 *   the app's links load, and the first paint against the first visit's (bench-second-visit.ts);
 * - over several runs in headless Chromium against `vite preview` (basemap served from the test
 *   fixture, so the figures measure the app, not the network): the median time from navigation to
 *   the list being usable, to the map chunk having arrived, and to the map's first `idle`.
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { benchAddresses } from './bench-addresses.ts';
import { benchBasemap } from './bench-basemap.ts';
import { benchFirstLanguage } from './bench-first-language.ts';
import { benchLighthouse } from './bench-lighthouse.ts';
import { benchReach } from './bench-reach.ts';
import { benchScale } from './bench-scale.ts';
import { benchSecondVisit } from './bench-second-visit.ts';
import { CHROMIUM_ARGS, chromiumPath, keepLocal } from './chromium.ts';
import { startPreview } from './preview-server.ts';
import { median } from './median.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = 4180;
const TARGET_ENTRY_KB = 80;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  src?: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipOf = (file: string) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const rawOf = (file: string) => readFileSync(`dist/${file}`).length;
function staticClosure(
  manifest: Record<string, ManifestChunk>,
  key: string,
  seen = new Set<string>(),
): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticClosure(manifest, dep, seen);
  return seen;
}

function sizes() {
  const manifest: Record<string, ManifestChunk> = JSON.parse(
    readFileSync('dist/.vite/manifest.json', 'utf8'),
  );
  // boot.ts is the page's script; it starts the app (main.tsx), which loads the map lazily.
  const bootKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const appKey = manifest[bootKey]!.dynamicImports!.find((k) => k.endsWith('src/main.tsx'))!;
  const beforeMap = staticClosure(manifest, bootKey, staticClosure(manifest, appKey));
  const mapKey = manifest[appKey]!.dynamicImports!.find((k) => k.includes('space-map'))!;
  const mapOnly = [...staticClosure(manifest, mapKey)].filter((k) => !beforeMap.has(k));
  const files = (keys: Iterable<string>) =>
    [...keys].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
  const sum = (fs: string[], of: (f: string) => number) => fs.reduce((t, f) => t + of(f), 0);
  const entryFiles = files(beforeMap);
  const mapFiles = files(mapOnly);
  const worker = readFileSync(`dist/${manifest[mapKey]!.file}`, 'utf8').match(
    /maplibre-gl-worker-[\w-]+\.js/,
  )?.[0];
  const workerFile = worker ? `assets/${worker}` : undefined;
  return {
    entry: { raw: sum(entryFiles, rawOf), gzip: sum(entryFiles, gzipOf) },
    map: { raw: sum(mapFiles, rawOf), gzip: sum(mapFiles, gzipOf) },
    worker: workerFile ? { raw: rawOf(workerFile), gzip: gzipOf(workerFile) } : undefined,
    visit: firstVisit(entryFiles, [...mapFiles, ...(workerFile ? [workerFile] : [])]),
  };
}

/**
 * What a first visit downloads (gzip), before and once the map is reached for, and what the
 * service worker then stores on top for offline use (its precache list in dist/sw.js).
 */
function firstVisit(appJs: string[], mapFiles: string[]) {
  const html = readFileSync('dist/index.html', 'utf8');
  const linked = [...html.matchAll(/(?:href|src)="\/([^"]+\.(?:js|woff2|svg))"/g)].map(
    (m) => m[1]!,
  );
  const spaces = readdirSync('dist/assets').find((f) => /^spaces-.*\.geojson$/.test(f))!;
  const page = new Set(['index.html', ...linked, ...appJs, `assets/${spaces}`]);
  // favicon.svg comes with the page, not counted twice.
  const pageBytes = [...page].reduce((t, f) => t + gzipOf(f), 0);
  const mapBytes =
    mapFiles.reduce((t, f) => t + gzipOf(f), 0) + gzipOf('generated/basemap/city.json');
  const precached = precacheList();
  const seen = new Set([...page, ...mapFiles, 'generated/basemap/city.json']);
  const extra = precached.filter((f) => !seen.has(f));
  return {
    page: pageBytes,
    map: mapBytes,
    serviceWorker: extra.reduce((t, f) => t + gzipOf(f), 0),
    serviceWorkerFiles: extra.length,
  };
}

/** The files the service worker stores at install: the list injectManifest wrote into sw.js. */
function precacheList(): string[] {
  const worker = readFileSync('dist/sw.js', 'utf8');
  const urls = [...worker.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
  if (!urls.includes('index.html')) throw new Error('dist/sw.js: no precache list found');
  return urls;
}

/**
 * The officials' desk (modifica/, scripts/desk/): its own JS, and that none of it is in the
 * public pages' scripts or in what the service worker stores for residents.
 */
function deskSizes() {
  const deskJs = readdirSync('dist/modifica/assets').filter((f) => f.endsWith('.js'));
  const exceljs = deskJs.filter((f) => f.startsWith('exceljs'));
  const gzip = (fs: string[]) => fs.reduce((t, f) => t + gzipOf(`modifica/assets/${f}`), 0);
  const precached = precacheList();
  const publicPage = readFileSync('dist/index.html', 'utf8');
  return {
    own: gzip(deskJs.filter((f) => !exceljs.includes(f))),
    exceljs: gzip(exceljs),
    inPublic: /modifica\//.test(publicPage) || precached.some((url) => url.startsWith('modifica/')),
  };
}

async function timings() {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.log(
      'timings: skipped, no Chromium found (apt-get install -y chromium, or set CHROME_PATH)',
    );
    return;
  }
  const server = await startPreview(PORT);
  try {
    const base = server.url;
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const rows: { list: number; chunk: number; idle: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await keepLocal(page, true);
      await page.goto(base);
      // The map loads when reached for: here at once, as a person's pointer over it would.
      await page.locator('#map').hover({ position: { x: 4, y: 4 } });
      await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, {
        timeout: 60_000,
      });
      rows.push(
        await page.evaluate(() => ({
          list: performance.getEntriesByName('spaces-ready')[0]!.startTime,
          chunk:
            performance
              .getEntriesByType('resource')
              .find((e): e is PerformanceResourceTiming => /space-map-[^/]*\.js$/.test(e.name))
              ?.responseEnd ?? NaN,
          idle: performance.getEntriesByName('map-idle')[0]!.startTime,
        })),
      );
      await context.close();
    }
    await browser.close();
    const ms = (xs: number[]) =>
      `${median(xs).toFixed(0)} ms (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;
    console.log(
      `timings over ${RUNS} runs, headless Chromium, software WebGL, local server, the map reached for at once:`,
    );
    console.log(
      `  navigation -> list usable (spaces-ready): median ${ms(rows.map((r) => r.list))}`,
    );
    console.log(
      `  navigation -> map chunk received:         median ${ms(rows.map((r) => r.chunk))}`,
    );
    console.log(
      `  navigation -> map idle:                   median ${ms(rows.map((r) => r.idle))}`,
    );
  } finally {
    server.stop();
  }
}

console.log('building...');
execSync('npx vite build', { stdio: 'ignore' });
execSync('npx vite build --outDir dist-bundled', {
  stdio: 'ignore',
  env: { ...process.env, VITE_BASEMAP_STYLE_URL: 'bundled' },
});
const s = sizes();
console.log(
  `JS before the map: ${kb(s.entry.gzip)} gzip (${kb(s.entry.raw)} raw); target < ${TARGET_ENTRY_KB} KB: ${s.entry.gzip / 1024 < TARGET_ENTRY_KB ? 'met' : 'NOT met'}`,
);
console.log(
  `map chunk (MapLibre, react-map-gl, map views): ${kb(s.map.gzip)} gzip (${kb(s.map.raw)} raw)`,
);
if (s.worker) console.log(`map worker: ${kb(s.worker.gzip)} gzip (${kb(s.worker.raw)} raw)`);
console.log(
  `first visit, gzip: the page before the map ${kb(s.visit.page)} (HTML with its stylesheet, scripts, fonts, first map view, spaces); ` +
    `the map once reached for ${kb(s.visit.map)}; then the service worker stores ${s.visit.serviceWorkerFiles} more files, ${kb(s.visit.serviceWorker)} (the address index only once the address field is used)`,
);
const desk = deskSizes();
console.log(
  `officials' desk (modifica/): ${kb(desk.own)} gzip of its own JS, plus ${kb(desk.exceljs)} for workbooks (loaded when one is asked for); in the public page or the service worker's precache: ${desk.inPublic ? 'YES (a fault)' : 'none of it'}`,
);
await timings();
await benchFirstLanguage();
await benchSecondVisit();
await benchBasemap(RUNS);
await benchAddresses();
await benchScale();
await benchReach();
await benchLighthouse();
