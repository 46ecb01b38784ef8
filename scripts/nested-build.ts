/**
 * What a build run inside the app's build shares with it: the same root, base, mode (and so the
 * same `.env`), and the spaces file it is built with (SPACES_FILE). The desk (scripts/desk/), the
 * pages' renderer and their own scripts (scripts/prerender/) are built so.
 */
import { resolve } from 'node:path';
import type { InlineConfig, ResolvedConfig } from 'vite';

export function nestedBuild(config: ResolvedConfig): InlineConfig {
  return {
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    envPrefix: config.envPrefix,
    logLevel: 'warn',
    publicDir: false,
    resolve: {
      alias: [
        // The service worker's registration (the public app's update prompt asks for it) is the
        // public build's alone: the desk registers the site's worker itself (desk-main.tsx).
        {
          find: 'virtual:pwa-register',
          replacement: resolve(config.root, 'scripts/no-update-prompt.ts'),
        },
        // The spaces file the public app is built with (SPACES_FILE).
        ...config.resolve.alias.filter(
          (alias) => alias.find instanceof RegExp && alias.find.test('data/spaces.geojson?url'),
        ),
      ],
    },
  };
}
