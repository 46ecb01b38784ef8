/**
 * Lighthouse scores for `npm run bench`: performance, accessibility, best practices and SEO of the
 * production build, with Lighthouse's mobile and desktop presets, in the local Chromium.
 * This machine has no internet, so the build measured here uses the bundled basemap
 * (VITE_BASEMAP_STYLE_URL=bundled): otherwise the blocked basemap requests would be counted as
 * errors that a deployment does not have.
 */
import { execSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { startPreview } from './preview-server';

const PORT = 4181;
const OUT_DIR = 'test-results/dist-lighthouse';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export async function benchLighthouse(): Promise<void> {
  const chromePath = chromiumPath();
  if (!chromePath) {
    console.log('lighthouse: skipped, no Chromium found');
    return;
  }
  execSync(`npx vite build --outDir ${OUT_DIR} --emptyOutDir`, {
    stdio: 'ignore',
    env: { ...process.env, VITE_BASEMAP_STYLE_URL: 'bundled' },
  });
  const server = await startPreview(PORT, OUT_DIR);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const url = server.url;
    console.log(
      'lighthouse (production build with the bundled basemap, local Chromium, simulated throttling):',
    );
    for (const [preset, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ] as const) {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        config,
      );
      const categories = result?.lhr.categories ?? {};
      const scores = CATEGORIES.map((c) => `${c} ${Math.round((categories[c]?.score ?? 0) * 100)}`);
      console.log(`  ${preset}: ${scores.join(', ')}`);
      const failing = Object.values(result?.lhr.audits ?? {})
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      for (const id of failing) {
        const items =
          (
            result?.lhr.audits[id]?.details as
              { items?: { node?: { snippet?: string } }[] } | undefined
          )?.items ?? [];
        const where = items
          .map((i) => i.node?.snippet?.slice(0, 90))
          .filter(Boolean)
          .slice(0, 4);
        console.log(`    not passed: ${id}${where.length ? `: ${where.join(' | ')}` : ''}`);
      }
    }
  } finally {
    chrome.kill();
    server.stop();
  }
}
