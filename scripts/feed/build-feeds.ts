/**
 * Writes the updates feeds (updates-feed.ts) as JSON on stdout, `{ "it": "<feed …>", … }`:
 * `tsx scripts/feed/build-feeds.ts [site]`. Run by the Vite plugin at build time; a broken
 * updates file is named on stderr and exits with an error.
 */
import { buildFeeds } from './updates-feed.ts';

try {
  process.stdout.write(JSON.stringify(buildFeeds(process.argv[2])));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
