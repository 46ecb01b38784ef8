/**
 * The two builds the bench compares (bench-lighthouse.ts, bench-journey.ts): the app with the
 * bundled basemap, at its own address, as a deployment has it (the pages' canonical and
 * alternates are absolute), and the baseline page of scripts/baseline/.
 */
import { execSync } from 'node:child_process';

export const APP_PORT = 4181;
export const BASELINE_PORT = 4182;
export const APP_DIR = 'test-results/dist-lighthouse';
export const BASELINE_DIR = 'test-results/baseline-dist';

/** Builds both, into APP_DIR and BASELINE_DIR. */
export function buildForBench(): void {
  execSync(`npx vite build --outDir ${APP_DIR} --emptyOutDir`, {
    stdio: 'ignore',
    env: {
      ...process.env,
      VITE_BASEMAP_STYLE_URL: 'bundled',
      VITE_SITE_URL: `http://127.0.0.1:${APP_PORT}/`,
    },
  });
  execSync('npx vite build -c scripts/baseline/vite.config.ts', { stdio: 'ignore' });
}
