/**
 * For `npm run bench`: the second visit, with the service worker installed and controlling the
 * page, in browsers set to each of the app's languages (as a phone: 360 px, touch). For each:
 * - how many of the app's links load (the page reaches `load`, is in the language the link
 *   names, and the app starts) on a second visit: every language's home, a filter link, a
 *   presentation step, a view permalink, older `?space=` links at the root and under the home,
 *   and a space's page;
 * - the first contentful paint of the browser's home on the first visit and on the second, each
 *   run on a throttled phone (4x CPU, slow 4G: 150 ms round trip, 1.6 Mbps down), alternated in
 *   one run (first, then second), medians. The service worker stores the app unthrottled between
 *   the two, as a phone on Wi-Fi would later.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { DOCUMENT_LANG, type Language } from '../src/i18n/languages.ts';
import { pagePath } from '../src/pages/page-paths.ts';
import { CHROMIUM_ARGS, chromiumPath, throttleAsPhone } from './chromium.ts';
import { median } from './median.ts';
import { startPreview } from './preview-server.ts';

const PORT = 4184;
const BROWSERS: [Language, string][] = [
  ['it', 'it-IT'],
  ['en', 'en-GB'],
  ['es', 'es-ES'],
  ['fr', 'fr-FR'],
  ['ar', 'ar-EG'],
  ['zh', 'zh-CN'],
];
/** The links, each with the language its page must be in, for a browser set to `lang`. */
function links(lang: Language): [string, Language][] {
  const home = pagePath(lang, null);
  return [
    ...BROWSERS.map(([l]): [string, Language] => [pagePath(l, null), l === 'it' ? lang : l]),
    [`${home}?areas=1`, lang],
    [`${home}?present=1&step=5`, lang],
    [`${home}?map=14/45.43/9.22`, lang],
    ['?space=omero-15', lang],
    [`${home}?space=zoia-105`, lang],
    [pagePath(lang, 'capuana-7'), lang],
  ];
}

async function phoneContext(browser: Browser, locale: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    serviceWorkers: 'allow',
  });
  // Nothing leaves the machine, the service worker's requests included.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  return context;
}

/** Opens `url` on a throttled phone; the first contentful paint, in ms from the navigation. */
async function firstPaint(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await throttleAsPhone(context, page);
  await page.goto(url, { timeout: 60_000 });
  const paint = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    null,
    { timeout: 60_000 },
  );
  const at = (await paint.jsonValue()) as number;
  await page.close();
  return at;
}

/**
 * Whether the link loads, in a tab of its own: `load`, in its language, the app started, within
 * 20 s each.
 */
async function loads(context: BrowserContext, url: string, lang: Language): Promise<boolean> {
  const page = await context.newPage();
  try {
    await page.goto(url, { timeout: 20_000 });
    await page.waitForFunction(
      () => performance.getEntriesByName('spaces-ready').length > 0,
      null,
      {
        timeout: 20_000,
      },
    );
    return (await page.locator('html').getAttribute('lang')) === DOCUMENT_LANG[lang];
  } catch {
    return false;
  } finally {
    await page.close();
  }
}

export async function benchSecondVisit(runs = 3): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.log('second visit: skipped, no Chromium found');
    return;
  }
  const server = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  console.log(
    `second visit, a phone with the service worker controlling the page (first paint: 4x CPU, slow 4G), ${runs} runs; medians (all runs):`,
  );
  try {
    for (const [lang, locale] of BROWSERS) {
      const home = server.url + pagePath(lang, null);
      const first: number[] = [];
      const second: number[] = [];
      let loaded = 0;
      let total = 0;
      for (let run = 0; run < runs; run++) {
        const context = await phoneContext(browser, locale);
        first.push(await firstPaint(context, home));
        const page = await context.newPage();
        await page.goto(home);
        await page.waitForFunction(
          () => navigator.serviceWorker.ready.then((r) => r.active?.state === 'activated'),
          null,
          { timeout: 60_000 },
        );
        second.push(await firstPaint(context, home));
        if (run === 0) {
          for (const [link, linkLang] of links(lang)) {
            total++;
            if (await loads(context, server.url + link, linkLang)) loaded++;
            else console.log(`  ${locale}: ${link} did not load`);
          }
        }
        await context.close();
      }
      const ms = (xs: number[]) =>
        `${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
      console.log(
        `  ${locale}: links loaded on a second visit ${loaded} of ${total}; first paint of /${pagePath(lang, null)}: first visit ${ms(first)}, second visit ${ms(second)}, ratio ${(median(second) / median(first)).toFixed(2)}`,
      );
    }
  } finally {
    await browser.close();
    server.stop();
  }
}
