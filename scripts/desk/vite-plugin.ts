/**
 * Builds the officials' desk (modifica/ and its preview frame, modifica/anteprima/) after the
 * public app, as a build of its own: it shares no chunk with the public pages, so residents load
 * nothing of it and the public bundle is what it would be without it. Its pages carry the public
 * pages' content security policy (a server sends that one for every file), and are refused if
 * they hold what the policy refuses.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { nestedBuild } from '../nested-build.ts';
import { inlineCode, policyIn, withPolicy } from '../security/policy.ts';

export const DESK_FOLDER = 'modifica';

export function deskPlugin(): Plugin {
  let config: ResolvedConfig;
  // closeBundle runs after a failed build too: the desk is built only once the public pages are
  // written, so that a failed build shows its own error.
  let written = false;
  return {
    name: 'quartieri-connessi:desk',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      written = false;
    },
    writeBundle() {
      written = true;
    },
    async closeBundle(error?: Error) {
      if (error || !written) return;
      const outDir = resolve(config.root, config.build.outDir);
      const policy = policyIn(readFileSync(resolve(outDir, 'index.html'), 'utf8'));
      await build({
        ...nestedBuild(config),
        plugins: [
          react(),
          {
            name: 'quartieri-connessi:desk-policy',
            enforce: 'post',
            transformIndexHtml(html, { filename }) {
              const refused = inlineCode(html);
              if (refused.length > 0)
                throw new Error(`${filename} holds what the policy refuses: ${refused.join(', ')}`);
              return policy ? withPolicy(html, policy) : html;
            },
          },
        ],
        build: {
          outDir,
          emptyOutDir: false,
          assetsDir: `${DESK_FOLDER}/assets`,
          // As the public build: none unless SOURCE_MAPS asks (vite.config.ts).
          sourcemap: config.build.sourcemap,
          rollupOptions: {
            input: {
              desk: resolve(config.root, `${DESK_FOLDER}/index.html`),
              preview: resolve(config.root, `${DESK_FOLDER}/anteprima/index.html`),
            },
          },
        },
      });
    },
  };
}
