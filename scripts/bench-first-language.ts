/**
 * For `npm run bench`: a phone set to Arabic or French opening the root address, as a person
 * following a bare link does (4x slower CPU, slow 4G: 150 ms round trip, 1.6 Mbps down; 360 px,
 * touch). It prints how long a page in another language was painted before the page in the
 * phone's language (the goal is 0 ms), when the phone's language was first painted, and the
 * layout shift of that page until the app has taken it over (the goal is 0).
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, keepLocal, throttleAsPhone } from './chromium.ts';
import { startPreview } from './preview-server.ts';
import { median } from './median.ts';

const PORT = 4183;

/**
 * Run in every document before its own scripts: reports its first contentful paint and its layout
 * shifts, with its address and language. Plain JavaScript in a string: a function here would be
 * sent to the browser as compiled by tsx, which names functions with a helper the page lacks. The
 * observers are kept on the window: one nothing refers to may be collected before it reports.
 */
const REPORTER = `
  (function () {
    function report(kind, at, value) {
      window.benchReport({ kind: kind, url: location.href, lang: document.documentElement.lang,
        at: performance.timeOrigin + at, value: value });
    }
    var paints = new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        if (entry.name === 'first-contentful-paint') report('paint', entry.startTime, 0);
      });
    });
    paints.observe({ type: 'paint', buffered: true });
    var shifts = new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        if (!entry.hadRecentInput) report('shift', entry.startTime, entry.value);
      });
    });
    shifts.observe({ type: 'layout-shift', buffered: true });
    window.benchObservers = [paints, shifts];
  })();
`;

interface Report {
  kind: 'paint' | 'shift';
  url: string;
  lang: string;
  /** Milliseconds since the epoch (the document's time origin plus the entry's time). */
  at: number;
  value: number;
}

export async function benchFirstLanguage(runs = 3): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.log('first language: skipped, no Chromium found');
    return;
  }
  const server = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    for (const [locale, lang] of [
      ['ar-EG', 'ar'],
      ['fr-FR', 'fr'],
    ] as const) {
      const rows: { other: number; own: number; shift: number }[] = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({
          locale,
          viewport: { width: 360, height: 740 },
          isMobile: true,
          hasTouch: true,
          deviceScaleFactor: 2,
          serviceWorkers: 'block',
        });
        const reports: Report[] = [];
        await context.exposeBinding('benchReport', (_source, report: Report) => {
          reports.push(report);
        });
        // Every document says what it paints, in which language, and what moves in it.
        await context.addInitScript({ content: REPORTER });
        const page = await context.newPage();
        await keepLocal(page, true);
        await throttleAsPhone(context, page);
        const start = Date.now();
        await page.goto(server.url);
        await page.waitForURL(new RegExp(`/${lang}/$`), { timeout: 60_000 });
        // Until the app has taken the page over: its own mark.
        await page.waitForFunction(
          () => performance.getEntriesByName('spaces-ready').length > 0,
          null,
          {
            timeout: 60_000,
          },
        );
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        const paints = reports.filter((r) => r.kind === 'paint');
        const own = paints.find((r) => r.lang === lang);
        const other = paints.find((r) => r.lang !== lang);
        rows.push({
          // Not measured (NaN) when the page in the phone's language reported no paint.
          other: !own ? NaN : other ? Math.max(0, own.at - other.at) : 0,
          own: own ? own.at - start : NaN,
          shift: reports
            .filter((r) => r.kind === 'shift' && r.url.includes(`/${lang}/`))
            .reduce((sum, r) => sum + r.value, 0),
        });
        await context.close();
      }
      const list = (xs: number[], f: (x: number) => string) => xs.map(f).join(', ');
      const ms = (x: number) => `${x.toFixed(0)} ms`;
      console.log(
        `first language, a phone set to ${locale} opening the root address (4x CPU, slow 4G), ${runs} runs; medians (all runs):`,
      );
      console.log(
        `  another language painted first, for: ${ms(median(rows.map((r) => r.other)))} (${list(
          rows.map((r) => r.other),
          ms,
        )}); goal 0 ms`,
      );
      console.log(
        `  the page in ${lang} first painted at: ${ms(median(rows.map((r) => r.own)))} (${list(
          rows.map((r) => r.own),
          ms,
        )}) after the link was opened`,
      );
      console.log(
        `  its layout shift until the app took it over: ${median(rows.map((r) => r.shift)).toFixed(3)} (${list(
          rows.map((r) => r.shift),
          (x) => x.toFixed(3),
        )}); goal 0`,
      );
    }
  } finally {
    await browser.close();
    server.stop();
  }
}
