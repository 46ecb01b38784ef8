/**
 * What the prerender builds inside the app's build, as the app's code is built: the page
 * renderer (render.tsx) for Node, and the pages' own scripts (src/before-paint/) for the page.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type ResolvedConfig } from 'vite';
import { REACH_SUMMARY_FILE, type ReachSummary } from '../../src/reach/reach-format.ts';
import { nestedBuild } from '../nested-build.ts';
import { REACH_OUT } from '../reach/vite-plugin.ts';
import type { RenderedPage } from './render.tsx';

/** Who each space reaches on foot (scripts/reach/), which each space's panel shows. */
const REACH_SUMMARY = `${REACH_OUT}/${REACH_SUMMARY_FILE}`;

/** What the app's page renderer (render.tsx), built for Node, offers the build. */
interface PageRenderer {
  renderPages: (spacesText: string, reach: ReachSummary) => Promise<RenderedPage[]>;
}

/**
 * Every page, rendered by the app's own modules: built for Node by Vite's SSR build, with the
 * same mode, `.env` and aliases as the app's build, into a folder of its own that is removed
 * once the pages are rendered.
 */
export async function renderAll(config: ResolvedConfig, spacesFile: string) {
  const cache = resolve(config.root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(resolve(cache, 'prerender-'));
  try {
    await build({
      ...nestedBuild(config),
      plugins: [react()],
      build: {
        ssr: resolve(config.root, 'scripts/prerender/render.tsx'),
        outDir,
        emptyOutDir: true,
        minify: false,
        sourcemap: false,
        rollupOptions: { output: { entryFileNames: 'render.mjs' } },
      },
    });
    const { renderPages } = (await import(
      pathToFileURL(resolve(outDir, 'render.mjs')).href
    )) as PageRenderer;
    // Computed from the same spaces file when the build started (scripts/reach/vite-plugin.ts).
    const reach = JSON.parse(readFileSync(REACH_SUMMARY, 'utf8')) as ReachSummary;
    return await renderPages(readFileSync(spacesFile, 'utf8'), reach);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * A script of the pages themselves (src/before-paint/), built as the app's code is (bundled,
 * minified, for the same mode) into one classic script's text, which the pages hold inline and
 * the content security policy allows by its hash.
 */
export async function beforePaintScript(config: ResolvedConfig, entry: string): Promise<string> {
  const built = await build({
    ...nestedBuild(config),
    build: {
      write: false,
      minify: true,
      target: config.build.target,
      lib: {
        entry: resolve(config.root, 'src/before-paint', entry),
        formats: ['iife'],
        name: 'beforePaint',
      },
    },
  });
  const [output] = Array.isArray(built) ? built : [built];
  if (!output || !('output' in output)) throw new Error(`${entry} was not built`);
  return output.output[0].code.trim();
}
