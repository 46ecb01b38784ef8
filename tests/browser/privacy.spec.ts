/**
 * The starting point never leaves the page: whatever way a resident gives it, no URL the app
 * writes (history entries) or offers (links, QR codes, the embed snippet, "open in" and
 * directions links) lets anyone recover it within 500 m, from a coordinate in it or from any
 * space reflected through that coordinate (a view framing the point and the nearest space is
 * centred half way between them).
 */
import type { Page } from '@playwright/test';
import { expect, SPACES, test, type AppDriver } from './driver.ts';

interface Point {
  lat: number;
  lon: number;
}

const LEAK_RADIUS_M = 500;

function metres(a: Point, b: Point): number {
  const dy = (a.lat - b.lat) * 111_320;
  const dx = (a.lon - b.lon) * 111_320 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dx, dy);
}

/** Every point a reader could take from a URL: each pair of numbers in it, either way round. */
function pointsIn(url: string): Point[] {
  let text = url;
  for (let i = 0; i < 3; i++) text = decodeURIComponent(text);
  const numbers = (text.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const points: Point[] = [];
  for (let i = 0; i + 1 < numbers.length; i++) {
    points.push(
      { lat: numbers[i]!, lon: numbers[i + 1]! },
      { lat: numbers[i + 1]!, lon: numbers[i]! },
    );
  }
  return points;
}

/**
 * A point, and every space reflected through it: a view centred half way between a starting
 * point and a space gives the point back as twice the centre minus the space.
 */
function derived(point: Point): Point[] {
  return [
    point,
    ...SPACES.map((s) => ({ lat: 2 * point.lat - s.lat, lon: 2 * point.lon - s.lon })),
  ];
}

/** The URLs that come closer than the radius to the point, with how close. */
function leaks(urls: readonly string[], origin: Point): string[] {
  return urls.flatMap((url) => {
    const closest = Math.min(
      Infinity,
      ...pointsIn(url)
        .flatMap(derived)
        .map((p) => metres(p, origin)),
    );
    return closest < LEAK_RADIUS_M ? [`${Math.round(closest)} m: ${url}`] : [];
  });
}

/** Records every URL the page puts in its history from now on. */
async function recordHistory(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const written: string[] = [];
    (window as unknown as { written: string[] }).written = written;
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history);
      history[method] = (...args: Parameters<History['pushState']>) => {
        original(...args);
        written.push(location.href);
      };
    }
  });
}

/** Every link in the page (directions, "open in", the footer's), and the address bar. */
async function linksNow(app: AppDriver): Promise<string[]> {
  const hrefs = await app.page.evaluate(() => [...document.links].map((a) => a.href));
  return [app.page.url(), ...hrefs];
}

/**
 * What a resident might do once the starting point is set, collecting every URL on the way:
 * move the map a little, open the nearest space, share it, print it, go back.
 */
async function everyUrlAfter(app: AppDriver): Promise<string[]> {
  const { page } = app;
  const urls: string[] = [];
  await app.mapIsIdle();
  urls.push(...(await linksNow(app)));

  // The person moves the map a little from the framed view, with the keyboard.
  await app.mapCanvas().focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  await app.mapIsIdle();
  expect(await app.viewInUrl(), 'a view moved on from the framing stays out').toBeNull();
  urls.push(...(await linksNow(app)));

  // Sharing the view as it is.
  await page.getByRole('button', { name: 'Condividi questa vista' }).click();
  urls.push(...(await sharedUrls(app)));

  // Opening the nearest space, sharing and printing it.
  await app.when.openNearest();
  await app.mapIsIdle();
  // Centred on the space, the view tells nothing of the starting point: the link has it again.
  await expect.poll(() => app.viewInUrl()).not.toBeNull();
  urls.push(...(await linksNow(app)));
  await page.getByRole('button', { name: 'Condividi lo spazio' }).first().click();
  urls.push(...(await sharedUrls(app)));
  await app.when.print('space');
  await app.then.printed();
  await page.emulateMedia({ media: 'print' });
  const printed = await app.decodeQr(
    app.printSheet().getByRole('img', { name: 'Codice QR del link' }),
  );
  await page.emulateMedia({ media: 'screen' });
  expect(printed, 'the printed QR code is readable').toBeTruthy();
  urls.push(printed ?? '');

  // Back to the view before the space.
  await page.goBack();
  await app.mapIsIdle();
  urls.push(...(await linksNow(app)));

  urls.push(...(await page.evaluate(() => (window as unknown as { written: string[] }).written)));
  return urls;
}

/** The share dialog's link, its QR code, the embed snippet and its "open in" links. */
async function sharedUrls(app: AppDriver): Promise<string[]> {
  const dialog = app.page.getByRole('dialog');
  const link = await dialog.getByRole('textbox', { name: 'Link a questa vista' }).inputValue();
  const qr = await app.decodeQr(dialog.getByRole('img', { name: 'Codice QR del link' }));
  const snippet = await dialog
    .getByRole('textbox', { name: 'Codice per incorporare la mappa in un altro sito' })
    .inputValue();
  const embedded = snippet.match(/src="([^"]+)"/)?.[1];
  const openIn = await dialog
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  await dialog.getByRole('button', { name: 'Chiudi' }).click();
  expect(qr, 'the QR code is readable').toBeTruthy();
  expect(embedded, 'the snippet has a link').toBeTruthy();
  return [link, qr ?? '', embedded ?? '', ...openIn];
}

/** Forgets what the page wrote before the starting point was set. */
async function startCounting(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { written: string[] }).written.length = 0));
}

test.describe('the starting point never leaves the page', () => {
  test.beforeEach(async ({ page }) => {
    await recordHistory(page);
  });

  test('the test itself sees a leak: a link with the framing of the old app', () => {
    // Before the fix the link held the centre of the starting point and viale Omero 15.
    const origin = { lat: 45.45, lon: 9.17 };
    const omero = SPACES.find((s) => s.id === 'omero-15')!;
    const midpoint = { lat: (origin.lat + omero.lat) / 2, lon: (origin.lon + omero.lon) / 2 };
    expect(leaks([`http://x/?map=13.2/${midpoint.lat}/${midpoint.lon}`], origin)).toHaveLength(1);
    expect(leaks([`http://x/?map=13.2/45.4800/9.2000`], origin)).toEqual([]);
  });

  for (const origin of [
    { lat: 45.452, lon: 9.16 },
    { lat: 45.48, lon: 9.2 },
    { lat: 45.45, lon: 9.17 },
    { lat: 45.481738, lon: 9.179583 },
    { lat: 45.482132, lon: 9.172738 },
  ]) {
    test(`(guard) ${origin.lat}, ${origin.lon} is far from every space and its reflections`, () => {
      expect(
        leaks(
          SPACES.map((s) => `?at=${s.lat},${s.lon}`),
          origin,
        ),
      ).toEqual([]);
    });
  }

  test('shared by the browser as the person’s location', async ({ app, page }) => {
    const origin = { lat: 45.452, lon: 9.16 };
    await app.givenLocation(origin.lat, origin.lon, 20);
    await app.open();
    await startCounting(page);
    await app.when.useMyLocation();
    await expect(app.rankedAddresses()).toHaveCount(9);
    expect(leaks(await everyUrlAfter(app), origin)).toEqual([]);
  });

  test('chosen on the map, by a tap and from the map’s centre', async ({ app, page }) => {
    // The person has zoomed in on their home: that view is the starting point itself.
    const home = { lat: 45.48, lon: 9.2 };
    await app.open(`?map=15/${home.lat}/${home.lon}`);
    await startCounting(page);
    await app.when.pickOnMap();
    await app.when.clickMap(0.5, 0.5);
    await expect(app.rankedAddresses()).toHaveCount(9);
    const urls = await everyUrlAfter(app);

    await app.open(`?map=15/${home.lat}/${home.lon}`);
    await startCounting(page);
    await app.when.pickOnMap();
    await page.getByRole('button', { name: 'Parti dal centro della mappa' }).click();
    await expect(app.rankedAddresses()).toHaveCount(9);
    urls.push(...(await everyUrlAfter(app)));

    expect(leaks(urls, home)).toEqual([]);
  });

  test('typed as an address', async ({ app, page }) => {
    // Via Paolo Sarpi 10, as the house-number register places it.
    const origin = { lat: 45.481738, lon: 9.179583 };
    await app.open();
    await startCounting(page);
    await app.when.typeAddress('via paolo sarpi 10');
    await app.when.chooseSuggestion(/Sarpi 10$/);
    await expect(app.rankedAddresses()).toHaveCount(9);
    expect(leaks(await everyUrlAfter(app), origin)).toEqual([]);
  });

  test('chosen as a neighbourhood', async ({ app, page }) => {
    // The point the app starts from for the Sarpi neighbourhood (a point well inside it).
    const origin = { lat: 45.482132, lon: 9.172738 };
    await app.open();
    await startCounting(page);
    await app.when.typeAddress('sarpi');
    await app.when.chooseSuggestion('Quartiere Sarpi');
    await expect(app.rankedAddresses()).toHaveCount(9);
    expect(leaks(await everyUrlAfter(app), origin)).toEqual([]);
  });

  test('the share dialog says why its link leaves the view out', async ({ app, page }) => {
    await app.givenLocation(45.452, 9.16, 20);
    await app.open();
    await app.when.useMyLocation();
    // The position has come (the answer is there), and the map has framed it.
    await expect(app.rankedSpaces()).toHaveCount(9);
    await app.mapIsIdle();
    expect(await app.viewInUrl()).toBeNull();
    await page.getByRole('button', { name: 'Condividi questa vista' }).click();
    await expect(page.getByRole('dialog')).toContainText(
      'Il link non contiene la vista della mappa, perché mostra il tuo punto di partenza',
    );
    await app.screenshot('share-view-private');
  });
});

test('a printed space shows no line to the starting point', async ({ app }) => {
  // About 400 m from viale Omero 15: the line would run across the printed block.
  await app.givenLocation(45.4375, 9.2215, 20);
  await app.open();
  await app.when.useMyLocation();
  await app.then.nearestIs('viale Omero 15');
  await app.when.openNearest();
  await app.mapIsIdle();
  await app.when.print('space');
  await app.then.printed();
  expect(await app.printMapPixels('#0066cc'), 'the space is in the picture').toBeGreaterThan(200);
  expect(await app.printMapPixels('#17324d'), 'pixels of the route line').toBe(0);
  // On screen the line is back, half way between the pin's tip and the space's marker.
  await app.mapIsIdle();
  const pin = (await app.map.getByRole('img', { name: 'Punto di partenza' }).boundingBox())!;
  const space = (await app.marker('viale Omero 15').boundingBox())!;
  const halfWay = {
    x: (pin.x + pin.width / 2 + space.x + space.width / 2) / 2,
    y: (pin.y + pin.height + space.y + space.height / 2) / 2,
  };
  await expect.poll(() => app.pixelsAround(halfWay, '#17324d')).toBeGreaterThan(10);
});
