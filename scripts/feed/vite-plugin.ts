/**
 * Publishes data/updates.json as Atom feeds at build time (one per language, beside index.html),
 * serves them from the development server, and names the Italian one in the page's head so that
 * feed readers find it. A broken updates file fails the build with its problems. Only Node's own
 * modules here: the feeds are written in their own process (build-feeds.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const feedFile = (lang: string) => `updates-${lang}.atom`;

/** Each language's feed, from build-feeds.ts; its message when the updates file is broken. */
function buildFeeds(site: string | undefined): Record<string, string> {
  const result = spawnSync('npx', ['tsx', 'scripts/feed/build-feeds.ts', ...(site ? [site] : [])], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(result.stderr || 'could not write the updates feeds');
  return JSON.parse(result.stdout);
}

export function updatesFeedPlugin(): Plugin {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'quartieri-connessi:updates-feed',
    configResolved(config) {
      base = config.base;
      site = config.env.VITE_SITE_URL || undefined;
    },
    generateBundle() {
      let feeds: Record<string, string>;
      try {
        feeds = buildFeeds(site);
      } catch (error) {
        this.error(String((error as Error).message));
      }
      for (const [lang, feed] of Object.entries(feeds))
        this.emitFile({ type: 'asset', fileName: feedFile(lang), source: feed });
    },
    // The preview serves the built feeds saying their charset, as the nginx set-up in docs/deploying.md does.
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const name = /^updates-[a-z]+\.atom$/.exec(
          req.url?.split('?')[0]?.slice(base.length) ?? '',
        );
        if (!name) return next();
        let feed: Buffer;
        try {
          feed = readFileSync(resolve(outDir, name[0]));
        } catch {
          return next();
        }
        res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
        res.end(feed);
      });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const lang = /^updates-([a-z]+)\.atom$/.exec(
          req.url?.split('?')[0]?.slice(base.length) ?? '',
        )?.[1];
        const feed = lang ? buildFeeds(site)[lang] : undefined;
        if (!feed) return next();
        res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
        res.end(feed);
      });
    },
    transformIndexHtml() {
      const it = JSON.parse(readFileSync('src/i18n/locales/it.json', 'utf8'));
      return [
        {
          tag: 'link',
          attrs: {
            rel: 'alternate',
            type: 'application/atom+xml',
            title: it.updates.feedTitle,
            href: `${base}${feedFile('it')}`,
          },
          injectTo: 'head',
        },
      ];
    },
  };
}
