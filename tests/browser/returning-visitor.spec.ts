/**
 * A resident who has visited once comes back after the web team published the office's new
 * data: with the service worker in between, the new data shows at the next visit, and offline
 * the last data seen stays. Two real builds, served in turn from one address by a server the test
 * switches.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { jsonFileText } from '../../src/desk/json-file.ts';
import { omeroOpened } from '../fixtures/omero-opened.ts';
import { expect, test } from './driver.ts';

const NEW_BUILD = 'test-results/build-new-data';
const PORT = 4183;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
};

/** What the site serves: the build in `root`, a folder's index.html, else the home. */
let root = 'dist';
function serve(): Server {
  return createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname));
    const candidates = [join(root, path), join(root, path, 'index.html'), join(root, 'index.html')];
    const file = candidates.find((f) => statSync(f, { throwIfNoEntry: false })?.isFile())!;
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  }).listen(PORT, '127.0.0.1');
}

test.describe('a returning visitor', () => {
  test.use({ serviceWorkers: 'allow' });
  // One server and one new build for the file's tests: one after the other.
  test.describe.configure({ timeout: 240_000, mode: 'serial' });

  let server: Server;
  test.beforeAll(async () => {
    // The office's file: viale Omero 15 has opened.
    const opened = omeroOpened();
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/spaces-opened.geojson', await jsonFileText(opened));
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', NEW_BUILD, '--emptyOutDir', '--logLevel', 'error'],
      {
        env: {
          ...Object.fromEntries(
            Object.entries(process.env).filter(
              ([name]) => !/^(VITEST|NODE_ENV|TEST|MODE)/.test(name),
            ),
          ),
          SPACES_FILE: 'test-results/spaces-opened.geojson',
        },
        stdio: 'pipe',
      },
    );
    server = serve();
  });
  test.afterAll(() => server.close());

  test('sees the new data at the next visit, service worker included, and keeps it offline', async ({
    context,
  }) => {
    // The home (the page the service worker stores), then viale Omero 15 chosen in the list.
    const home = `http://127.0.0.1:${PORT}/`;
    const status = async (page: import('@playwright/test').Page) => {
      await page.getByRole('link', { name: /^viale Omero 15,/ }).click();
      return page.getByRole('region', { name: 'viale Omero 15' });
    };

    root = 'dist';
    const first = await context.newPage();
    await first.goto(home);
    await expect(await status(first)).toContainText('Il Comune cerca un ente del Terzo settore');
    await expect
      .poll(() => first.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state)))
      .toBe('activated');
    await first.close();

    // The web team publishes the new build. The visit that finds it is served what was stored,
    // and is offered the new version; the next visit has it.
    root = NEW_BUILD;
    const finding = await context.newPage();
    await finding.goto(home);
    await expect(finding.getByText('È disponibile una nuova versione della mappa.')).toBeVisible();
    await expect(await status(finding)).toContainText('Il Comune cerca un ente del Terzo settore');
    await finding.close();

    await expect
      .poll(
        async () => {
          const next = await context.newPage();
          await next.goto(home);
          const text = await (await status(next)).textContent({ timeout: 20_000 });
          await next.close();
          return text;
        },
        { timeout: 60_000 },
      )
      .toContain('Aperto: i servizi sono attivi');

    // Offline, the last data seen stays.
    await context.setOffline(true);
    const offline = await context.newPage();
    const response = await offline.goto(home);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(await status(offline)).toContainText('Aperto: i servizi sono attivi');
    await context.setOffline(false);
  });

  test.describe('in French', () => {
    test.use({ locale: 'fr-FR' });

    test('across a deploy: the links work, no page asks for a file the new build removed, and after the update the new data', async ({
      context,
    }) => {
      const site = `http://127.0.0.1:${PORT}`;
      // Nothing leaves the machine, the service worker's requests included (the map falls back).
      await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      // What the site failed to give, online (a request cut short by the page leaving is none).
      const failed: string[] = [];
      context.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      context.on('requestfailed', (r) => {
        const error = r.failure()?.errorText ?? '';
        if (r.url().startsWith(site) && !error.includes('ERR_ABORTED'))
          failed.push(`${error} ${r.url()}`);
      });
      const opened = async (page: import('@playwright/test').Page) => {
        await expect
          .poll(() => page.evaluate(() => performance.getEntriesByName('spaces-ready').length))
          .toBe(1);
        return page.getByRole('region', { name: 'viale Omero 15' });
      };

      root = 'dist';
      const first = await context.newPage();
      await first.goto(`${site}/`);
      await expect(first).toHaveURL(`${site}/fr/`);
      await expect
        .poll(() =>
          first.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state)),
        )
        .toBe('activated');
      await first.goto(`${site}/fr/espaces/omero-15/`);
      await expect(await opened(first)).toContainText('Le Comune cherche un organisme');
      await first.close();

      // The deploy. The old version answers, whole, and offers the new one.
      root = NEW_BUILD;
      const after = await context.newPage();
      for (const link of ['/fr/?areas=1', '/fr/espaces/zoia-105/?areas=1', '/?present=1&step=2']) {
        await after.goto(site + link);
        await expect(after.locator('html')).toHaveAttribute('lang', 'fr');
        // Offered everywhere but in a presentation, which nothing changes under.
        if (link.includes('present')) await expect(after.locator('.presentation')).toBeVisible();
        else
          await expect(
            after.getByText('Une nouvelle version de la carte est disponible.'),
          ).toBeVisible();
      }
      await after.goto(`${site}/fr/espaces/omero-15/`);
      await expect(after.getByRole('region', { name: 'viale Omero 15' })).toBeVisible();
      const reloaded = after.waitForEvent('load');
      await after.getByRole('button', { name: 'Mettre à jour' }).click();
      await reloaded;
      // The page reloads under the new version, with the new data, in French.
      await expect(await opened(after)).toContainText('Ouvert : les services fonctionnent');
      await expect(after.locator('html')).toHaveAttribute('lang', 'fr');
      // The spaces' pages the old version stored are gone with it.
      const pageCaches = await after.evaluate(async () =>
        (await caches.keys()).filter((name) => name.startsWith('space-pages-')),
      );
      expect(pageCaches).toHaveLength(1);
      await after.close();

      expect(failed).toEqual([]);

      // Offline, the new version's pages.
      await context.setOffline(true);
      const offline = await context.newPage();
      for (const link of ['/fr/espaces/omero-15/', '/fr/?space=omero-15&areas=1']) {
        const response = await offline.goto(site + link);
        expect(response?.fromServiceWorker()).toBe(true);
        await expect(await opened(offline)).toContainText('Ouvert : les services fonctionnent');
      }
      await context.setOffline(false);
    });
  });
});
