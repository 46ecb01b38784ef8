/** Where Debian's Chromium is, and how to start it headless here (software WebGL, no network noise). */
import { existsSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `CHROME_PATH` if set, else the usual Debian paths; undefined when no browser is installed. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

/**
 * Keeps a benchmark page on this machine: every request to another host is refused, except the
 * configured basemap's style when `fixtureStyle`, which gets the test fixture's plain style.
 */
export async function keepLocal(page: Page, fixtureStyle: boolean): Promise<void> {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    fixtureStyle && route.request().url().includes('/styles/')
      ? route.fulfill({
          path: 'tests/fixtures/basemap-style.json',
          contentType: 'application/json',
        })
      : route.abort(),
  );
}

/**
 * Slows `page` to a mid-range phone on a slow 4G connection, by the browser's own throttling: CPU
 * 4x slower, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. Returns the page's DevTools
 * session, for what else the bench asks of it (a finger's touches).
 */
export async function throttleAsPhone(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}
