/**
 * The second visit (issue 31): with the service worker installed and controlling the page, every
 * link the app makes opens in the language it names, with what it asks for, in browsers set to
 * several languages, offline too; and a list entry leads to its space's page without the app.
 */
import type { BrowserContext, Page, Response, TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DOCUMENT_LANG, LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { pagePath } from '../../src/pages/page-paths.ts';
import { AppDriver, expect, test } from './driver.ts';

const BROWSERS: [Language, string][] = [
  ['it', 'it-IT'],
  ['fr', 'fr-FR'],
  ['ar', 'ar-EG'],
  ['en', 'en-GB'],
];

/**
 * A visitor who has been here once: the page's driver, after a first visit. Nothing leaves the
 * machine meanwhile, the service worker's requests included (the map falls back to its own).
 */
async function returning(page: Page, context: BrowserContext, testInfo: TestInfo) {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await firstVisit(page);
  return new AppDriver(page, testInfo);
}

/** The first visit: the home, until the service worker that stored the app is active. */
async function firstVisit(page: Page): Promise<void> {
  await page.goto('/');
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state)), {
      timeout: 30_000,
    })
    .toBe('activated');
}

/** The app has taken the page over (main.tsx marks it). */
async function appStarted(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('spaces-ready').length), {
      timeout: 30_000,
    })
    .toBe(1);
}

/** Opens a link as a person does, typed or followed: the page loads, from the service worker. */
async function open(page: Page, link: string): Promise<Response> {
  const response = await page.goto(link, { timeout: 30_000 });
  expect(response, link).not.toBeNull();
  expect(response!.fromServiceWorker(), `${link} answered by the service worker`).toBe(true);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), link).toBe(true);
  await appStarted(page);
  return response!;
}

async function inLanguage(page: Page, lang: Language, link: string): Promise<void> {
  await expect(page.locator('html'), link).toHaveAttribute('lang', DOCUMENT_LANG[lang]);
  await expect(page.locator('html'), link).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
}

/** The path of a language's home with a query. */
const home = (lang: Language, query = '') => `/${pagePath(lang, null)}${query}`;

/** The links the app makes, in `lang`, each with what it asks for, checked once it has loaded. */
function links(lang: Language): [string, (app: AppDriver) => Promise<void>][] {
  return [
    [
      home(lang, '?areas=1'),
      async (app) => {
        await expect(app.listItems()).toHaveCount(3);
        await expect(app.areaCheckboxes().nth(1)).not.toBeChecked();
      },
    ],
    [
      home(lang, '?present=1&step=5'),
      async (app) => {
        await expect(app.tourStep()).toContainText('5 / 15');
      },
    ],
    [
      home(lang, '?map=14/45.43/9.22'),
      async (app) => {
        // A link with a view opens the interactive map at once, there.
        await expect(app.page.locator('.maplibregl-map')).toHaveCount(1);
        expect(await app.viewInUrl()).toMatchObject({ zoom: 14, lat: 45.43, lon: 9.22 });
      },
    ],
    [
      // An older link to a space, under a language's home.
      home(lang, '?space=zoia-105'),
      async (app) => {
        await expect(app.panel('via Fratelli Zoia 105')).toBeVisible();
      },
    ],
    [
      `/${pagePath(lang, 'omero-15')}`,
      async (app) => {
        await expect(app.panel('viale Omero 15')).toBeVisible();
      },
    ],
  ];
}

/** Every request for the app's own files that failed, by the status or the network. */
function failedFiles(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).hostname === '127.0.0.1')
      failed.push(`${r.status()} ${r.url()}`);
  });
  // A request cut short by the page leaving (a redirect, the next link) is no failure.
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    if (new URL(r.url()).hostname === '127.0.0.1' && !error.includes('ERR_ABORTED'))
      failed.push(`${error} ${r.url()}`);
  });
  return failed;
}

test.describe('a returning visitor', () => {
  test.use({ serviceWorkers: 'allow' });
  test.describe.configure({ timeout: 180_000 });

  for (const [browserLang, locale] of BROWSERS) {
    test.describe(`with a browser set to ${locale}`, () => {
      test.use({ locale });

      test('opens every link of the app, in the language the link names, with what it asks for', async ({
        page,
        context,
      }, testInfo) => {
        const failed = failedFiles(page);
        const app = await returning(page, context, testInfo);

        // Each language's home. The root is every language's (x-default): it follows the browser.
        for (const lang of LANGUAGES) {
          await open(page, home(lang));
          await inLanguage(page, lang === 'it' ? browserLang : lang, home(lang));
          await expect(app.listItems()).toHaveCount(9);
        }
        // The app's links in the browser's language and in another one: the path's wins. (The
        // Italian links are the root's, which follows the browser: an Italian one tries them.)
        const other: Language = browserLang === 'en' ? 'zh' : 'en';
        for (const lang of [browserLang, other]) {
          for (const [link, asks] of links(lang)) {
            await open(page, link);
            await inLanguage(page, lang, link);
            await asks(app);
          }
        }
        // An older link to a space: its page, in the browser's language.
        await open(page, '/?space=omero-15&areas=1');
        await expect(app.panel('viale Omero 15')).toBeVisible();
        expect(new URL(page.url()).pathname).toBe(`/${pagePath(browserLang, 'omero-15')}`);
        await inLanguage(page, browserLang, '/?space=omero-15');
        // `?lang=` wins over the path and the browser.
        await open(page, `${home(other)}?lang=fr`);
        await inLanguage(page, 'fr', `${home(other)}?lang=fr`);
        expect(failed).toEqual([]);
      });
    });
  }

  test.describe('at a meeting', () => {
    test.use({ locale: 'en-GB' });

    test('a presentation step reloaded stays at its step, in its language, online and offline', async ({
      page,
      context,
    }, testInfo) => {
      const app = await returning(page, context, testInfo);
      // The QR code's link, in Italian, opened on an English laptop: the root sends it on.
      await open(page, '/?present=1&step=5');
      await inLanguage(page, 'en', 'the presentation');
      await expect(app.tourStep()).toContainText('5 / 15');
      await page.keyboard.press('PageDown');
      await expect(app.tourStep()).toContainText('6 / 15');
      await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('6');
      expect(new URL(page.url()).pathname).toBe('/en/');
      const heading = await app.tourHeading().textContent();

      await page.reload();
      await appStarted(page);
      await expect(app.tourStep()).toContainText('6 / 15');
      await expect(app.tourHeading()).toHaveText(heading!);

      // The Wi-Fi drops: the same step comes back.
      await context.setOffline(true);
      const response = await page.reload();
      expect(response?.fromServiceWorker()).toBe(true);
      await appStarted(page);
      await expect(app.tourStep()).toContainText('6 / 15');
      await inLanguage(page, 'en', 'offline');
      await context.setOffline(false);
    });
  });

  test.describe('offline', () => {
    test.use({ locale: 'ar-EG' });

    test('every language’s home and the pages visited open in their language; a page never visited opens as its language’s home with its space', async ({
      page,
      context,
    }, testInfo) => {
      const app = await returning(page, context, testInfo);
      await open(page, `/${pagePath('es', 'palmanova-59')}`);
      await expect(app.panel('via Palmanova 59')).toBeVisible();

      await context.setOffline(true);
      for (const lang of LANGUAGES) {
        await open(page, home(lang, '?areas=2'));
        // The root follows the browser (x-default).
        await inLanguage(page, lang === 'it' ? 'ar' : lang, home(lang));
        await expect(app.listItems()).toHaveCount(3);
      }
      const visited = await open(page, `/${pagePath('es', 'palmanova-59')}?areas=3`);
      // The page as it was stored, not a home standing in for it.
      expect(await visited.text()).toContain('<title>via Palmanova 59');
      await inLanguage(page, 'es', 'a page visited');
      await expect(app.panel('via Palmanova 59')).toBeVisible();

      const never = await open(page, `/${pagePath('fr', 'omero-15')}`);
      expect(await never.text()).not.toContain('<title>viale Omero 15');
      await inLanguage(page, 'fr', 'a page never visited');
      await expect(app.panel('viale Omero 15')).toBeVisible();
      expect(new URL(page.url()).pathname).toBe(`/${pagePath('fr', 'omero-15')}`);
      await context.setOffline(false);
    });
  });
});

test.describe('a list entry, before and without the app', () => {
  /** The page's entry script, as the build names it (the one script the page itself loads). */
  const entry = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'))['index.html'].file;

  test('leads to the space’s page when every script but the page’s entry is refused', async ({
    app,
    page,
  }) => {
    await page.route(/\/assets\/[^/]+\.js$/, (route) =>
      new URL(route.request().url()).pathname === `/${entry}` ? route.continue() : route.abort(),
    );
    await app.open('', { waitForMap: false });
    await app.listItem('viale Faenza 25').click();
    await expect(page).toHaveURL(/\/spazi\/faenza-25\/$/);
    await expect(app.panel('viale Faenza 25')).toBeVisible();
    await expect(page).toHaveTitle(/^viale Faenza 25:/);
  });

  test('leads to the space’s page when the app’s code does not come', async ({ app, page }) => {
    // The app's code is asked for and never answered.
    await page.route(/\/assets\/main-[^/]*\.js$/, () => {});
    await app.open('', { waitForMap: false });
    await app.listItem('viale Omero 15').click();
    await expect(page).toHaveURL(/\/spazi\/omero-15\/$/);
    await expect(app.panel('viale Omero 15')).toBeVisible();
    await expect(page).toHaveTitle(/^viale Omero 15:/);
  });
});
