/**
 * The first view (issue 11): the prerendered page and the first map view at first paint, MapLibre
 * only once the map is reached for, nothing a person does meanwhile lost, no flight at start.
 */
import type { Locator, Page } from '@playwright/test';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { pagePath } from '../../src/pages/page-paths.ts';
import { expect, SPACES, test } from './driver.ts';

const MAP_CHUNK = /\/assets\/space-map-[^/]*\.js$/;

/** Holds back the code at `url` until `release()`; `requested` tells whether it was asked for. */
async function holdCode(page: Page, url: RegExp) {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const state = { requested: false };
  await page.route(url, async (route) => {
    state.requested = true;
    await held;
    await route.continue();
  });
  return { release, state };
}

/** The map's code, and the app's own (boot.ts holds the page until it arrives). */
const holdMapCode = (page: Page) => holdCode(page, MAP_CHUNK);
const holdAppCode = (page: Page) => holdCode(page, /\/assets\/main-[^/]*\.js$/);

/** The shortest distance between two of these points. */
function closest(points: number[][]): number {
  let shortest = Infinity;
  for (const [i, [x0, y0]] of points.entries())
    for (const [x1, y1] of points.slice(i + 1))
      shortest = Math.min(shortest, Math.hypot(x1! - x0!, y1! - y0!));
  return shortest;
}

/** The centres of the marker buttons, by space id. */
function markerCentres(page: Page, within: string) {
  return page.$$eval(`${within} .space-marker`, (buttons) =>
    Object.fromEntries(
      buttons.map((b) => {
        const r = b.getBoundingClientRect();
        return [b.getAttribute('data-space'), [r.x + r.width / 2, r.y + r.height / 2]];
      }),
    ),
  );
}

test.describe('before any script has run', () => {
  test.use({ javaScriptEnabled: false });

  for (const phone of [false, true]) {
    test(`the page, the list, the filters, the nearest-space form and a map of Milan with the nine spaces are there at first paint${phone ? ' @phone' : ''}`, async ({
      app,
      page,
    }) => {
      await page.goto('/');
      await expect(
        page.getByRole('heading', { level: 1, name: 'Quartieri Connessi' }),
      ).toBeVisible();
      await expect(app.listItems()).toHaveCount(9);
      await expect(app.areaCheckboxes()).toHaveCount(3);
      await expect(app.addressField()).toBeVisible();
      await expect(app.useMyLocationButton()).toBeVisible();
      const firstView = page.locator('[data-first-view]');
      await expect(firstView.locator('img')).toHaveJSProperty('complete', true);
      expect(
        await firstView.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth),
      ).toBeGreaterThan(0);
      for (const space of SPACES) await expect(app.marker(space.address)).toBeInViewport();
      await app.screenshot(phone ? 'first-paint-phone' : 'first-paint');
    });
  }
});

test.describe('before the app has started', () => {
  test('the app takes each prerendered page over as it is: hydrated, nothing replaced, no mismatch', async ({
    app,
    page,
  }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    // The prerendered page's heading, as the browser parsed it, before any of the app's code.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        (window as { prerendered?: Element | null }).prerendered = document.querySelector('h1');
      }),
    );
    // Every language's home and a space's page, with their dates and numbers as this browser
    // writes them (the prerender wrote them with Node's).
    for (const lang of LANGUAGES) {
      for (const space of [null, 'capuana-7']) {
        const path = pagePath(lang, space);
        await app.open(path, { waitForMap: false });
        await expect.poll(() => started(page), path).toBe(true);
        const taken = await page.evaluate(() => ({
          kept: (window as { prerendered?: Element | null }).prerendered?.isConnected,
          mismatch: performance.getEntriesByName('hydration-mismatch').length,
          // Each element's place is in its own style again, where React changes it.
          rules: document.querySelectorAll('[data-prerender-style]').length,
          placed: document.querySelector<HTMLElement>('.first-view__marker')?.style.left !== '',
        }));
        expect(taken, path).toEqual({ kept: true, mismatch: 0, rules: 0, placed: true });
      }
    }
    expect(errors).toEqual([]);
  });

  test('a space chosen and the map reached for on the prerendered page are carried out once it starts', async ({
    app,
    page,
  }) => {
    const code = await holdAppCode(page);
    await app.open('', { waitForMap: false });
    // The prerendered page: a list item tapped, then the pointer over the map.
    await app.listItem('viale Faenza 25').click();
    await app.map.hover({ position: { x: 4, y: 4 } });
    await expect(app.panel('viale Faenza 25')).toHaveCount(0);
    code.release();
    await expect(app.panel('viale Faenza 25')).toBeVisible();
    await expect(page.locator('.maplibregl-map[data-idle="true"]')).toBeVisible({
      timeout: 30_000,
    });
    await expect(app.marker('viale Faenza 25')).toHaveAttribute('aria-current', 'true');
  });

  test('what is typed, ticked and focused on the prerendered page is kept once the app starts', async ({
    app,
    page,
  }) => {
    const code = await holdAppCode(page);
    await app.open('', { waitForMap: false });
    await app.filter(/Impresa e comunità/).uncheck();
    await app.addressField().fill('omero 15');
    code.release();
    await expect.poll(() => started(page)).toBe(true);
    await expect(app.listItems()).toHaveCount(6);
    await expect(app.filter(/Impresa e comunità/)).not.toBeChecked();
    await expect(app.addressField()).toHaveValue('omero 15');
    await expect(app.addressField()).toBeFocused();
    await expect(page.getByRole('option', { name: 'viale Omero 15' })).toBeVisible();
  });
});

test.describe('the first map view', () => {
  test('the list and filters work with the map code held back, and the map loads only when reached for', async ({
    app,
    page,
  }) => {
    const map = await holdMapCode(page);
    await app.open('', { waitForMap: false });
    await expect(app.listItems()).toHaveCount(9);
    await app.filter(/Impresa e comunità/).uncheck();
    await expect(app.listItems()).toHaveCount(6);
    await expect(app.markers()).toHaveCount(6);
    await app.filter(/Impresa e comunità/).check();
    await expect(app.markers()).toHaveCount(9);
    expect(map.state.requested, 'nothing asked for the map yet').toBe(false);
    await expect(page.locator('.maplibregl-map')).toHaveCount(0);
    // A person reaches for the map: its code is fetched.
    await app.map.hover({ position: { x: 4, y: 4 } });
    await expect.poll(() => map.state.requested).toBe(true);
    map.release();
    await app.mapIsIdle();
    await expect(page.locator('[data-first-view]')).toHaveCount(0);
  });

  for (const phone of [false, true]) {
    test(`shows the nine spaces where MapLibre then draws them${phone ? ' @phone' : ''}`, async ({
      app,
      page,
    }) => {
      const map = await holdMapCode(page);
      const code = await holdAppCode(page);
      await app.open('', { waitForMap: false });
      // The prerendered page, the app's code held back: its markers are apart already (on a
      // phone, largo Boccioni and via Capuana would overlap), moved by the page's own script.
      await expect(page.locator('[data-first-view] .space-marker')).toHaveCount(9);
      const before = await markerCentres(page, '[data-first-view]');
      expect(Object.keys(before).sort()).toEqual(SPACES.map((s) => s.id).sort());
      expect(closest(Object.values(before))).toBeGreaterThanOrEqual(43.9);
      // The app's own first view is where the prerendered one was.
      code.release();
      await expect.poll(() => started(page)).toBe(true);
      await expect.poll(() => markerCentres(page, '[data-first-view]')).toEqual(before);
      map.release();
      await app.mapIsIdle();
      const after = await markerCentres(page, '.maplibregl-map');
      expect(Object.keys(after).sort()).toEqual(SPACES.map((s) => s.id).sort());
      for (const space of SPACES) {
        const [x0, y0] = before[space.id]!;
        const [x1, y1] = after[space.id]!;
        expect.soft(Math.hypot(x1! - x0!, y1! - y0!), space.id).toBeLessThan(2);
      }
    });
  }

  test('a marker tapped while the map loads opens its space, and the map then shows it without a flight', async ({
    app,
    page,
  }) => {
    const map = await holdMapCode(page);
    await app.open('', { waitForMap: false });
    await app.marker('via Palmanova 59').click();
    await expect(app.panel('via Palmanova 59')).toBeVisible();
    await expect.poll(() => map.state.requested).toBe(true);
    map.release();
    await app.mapIsIdle();
    await expect(app.marker('via Palmanova 59')).toHaveAttribute('aria-current', 'true');
    // The map opened on the space, clear of its panel.
    const marker = (await app.marker('via Palmanova 59').boundingBox())!;
    const panel = (await app.panel('via Palmanova 59').boundingBox())!;
    expect(marker.x + marker.width).toBeLessThan(panel.x);
    expect(await flights(page)).toBe(0);
  });

  test('a list item chosen while the map loads is where the map opens', async ({ app, page }) => {
    const map = await holdMapCode(page);
    await app.open('', { waitForMap: false });
    await app.listItem('via Fratelli Zoia 105').click();
    await expect(app.panel('via Fratelli Zoia 105')).toBeVisible();
    map.release();
    await app.mapIsIdle();
    await expect(app.marker('via Fratelli Zoia 105')).toBeInViewport();
    await expect.poll(async () => (await app.viewInUrl())?.zoom ?? 0).toBeGreaterThanOrEqual(15);
  });

  test('no camera flight runs at start; a space chosen afterwards flies there', async ({
    app,
    page,
  }) => {
    await app.open();
    expect(await flights(page)).toBe(0);
    await app.listItem('viale Omero 15').click();
    await expect.poll(() => flights(page)).toBe(1);
  });
});

test.describe('the first map view under a finger, before MapLibre has drawn', () => {
  /** The centres of the first map view's markers, once the app's page has replaced the first. */
  async function firstViewCentres(page: Page) {
    await expect.poll(() => started(page)).toBe(true);
    let centres: Record<string, number[]> = {};
    await expect
      .poll(async () => {
        centres = await markerCentres(page, '[data-first-view]');
        return Object.keys(centres).length === 9 && !Object.values(centres).flat().includes(0);
      })
      .toBe(true);
    return centres;
  }

  /**
   * The home with the map's code held back: the first map view's marker centres once the app has
   * started, and the middle of the map's area.
   */
  async function heldFirstView(
    app: { open: (a: string, o: object) => Promise<void>; map: Locator },
    page: Page,
  ) {
    const map = await holdMapCode(page);
    await app.open('', { waitForMap: false });
    const before = await firstViewCentres(page);
    const box = (await app.map.boundingBox())!;
    return { map, before, x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /**
   * Each marker moved by (dx, dy) and spread by `scale` about (cx, cy), within a pixel; `only`
   * some of them (markers moved apart at one zoom, marker-spread.ts, are not at another).
   */
  function expectMoved(
    before: Record<string, number[]>,
    after: Record<string, number[]>,
    { dx = 0, dy = 0, scale = 1, cx = 0, cy = 0 },
    only: readonly string[] = SPACES.map((s) => s.id),
  ) {
    for (const space of SPACES.filter((s) => only.includes(s.id))) {
      const [x0, y0] = before[space.id]!;
      const [x1, y1] = after[space.id]!;
      const x = cx + (x0! - cx) * scale + dx;
      const y = cy + (y0! - cy) * scale + dy;
      expect.soft(Math.hypot(x1! - x, y1! - y), space.id).toBeLessThan(1.5);
    }
  }

  /** Then MapLibre, once its code arrives, draws every marker where the first map view left it. */
  async function mapTakesOverAt(
    page: Page,
    app: { mapIsIdle: () => Promise<void> },
    where: Record<string, number[]>,
  ) {
    await app.mapIsIdle();
    await expect(page.locator('[data-first-view]')).toHaveCount(0);
    const drawn = await markerCentres(page, '.maplibregl-map');
    expectMoved(where, drawn, {});
  }

  test('a drag and a pinch move it at once, and the map continues from there @phone', async ({
    app,
    page,
  }) => {
    const { map, before, x, y } = await heldFirstView(app, page);
    const touch = await fingers(page);

    await touch.drag([{ x, y }], { dx: -60, dy: -40 });
    const dragged = await markerCentres(page, '[data-first-view]');
    expectMoved(before, dragged, { dx: -60, dy: -40 });
    // The link has the view the person left.
    await expect.poll(() => app.viewInUrl()).not.toBeNull();
    const draggedZoom = (await app.viewInUrl())!.zoom;

    // Two fingers spread from 60 to 120 px apart about the middle: the view doubles about it.
    await touch.pinch({ x, y }, 30, 60);
    const pinched = await markerCentres(page, '[data-first-view]');
    // The markers with room at the city's zoom (the others were moved apart there, not here).
    const apart = ['omero-15', 'zoia-105', 'faenza-25', 'visconti-24', 'monti-18-20'];
    expectMoved(dragged, pinched, { scale: 2, cx: x, cy: y }, apart);
    // Twice as large is one zoom level closer.
    await expect
      .poll(async () => ((await app.viewInUrl())?.zoom ?? 0) - draggedZoom)
      .toBeCloseTo(1, 1);
    // The markers keep their size.
    const marker = (await page.locator('[data-first-view] .space-marker').first().boundingBox())!;
    expect(marker.width).toBeLessThan(50);

    map.release();
    await mapTakesOverAt(page, app, pinched);
  });

  test('a marker tapped at once after a quick drag opens its space @phone', async ({
    app,
    page,
  }) => {
    const { map, x, y } = await heldFirstView(app, page);
    const touch = await fingers(page);
    // A flick: the browser would take the next tap to stop it, and send that tap no click.
    await touch.drag([{ x, y }], { dx: -72, dy: -48 });
    const [mx, my] = (await markerCentres(page, '[data-first-view]'))['omero-15']!;
    await page.touchscreen.tap(mx!, my!);
    await expect(app.panel('viale Omero 15')).toBeVisible();
    map.release();
    await app.mapIsIdle();
    await expect(app.marker('viale Omero 15')).toHaveAttribute('aria-current', 'true');
  });

  test('a tap while the map is starting opens its space at once, before the map has finished @phone', async ({
    app,
    page,
  }) => {
    // The basemap's style held: MapLibre, once made, cannot finish starting until it comes.
    let releaseStyle: () => void = () => {};
    const styleHeld = new Promise<void>((resolve) => (releaseStyle = resolve));
    await page.route(/^https:\/\/tiles\.openfreemap\.org\/styles\//, async (route) => {
      await styleHeld;
      await route.fallback();
    });
    const { map, x, y } = await heldFirstView(app, page);
    // A drag reaches for the map; its code arrives, and MapLibre is made under the first map view.
    const touch = await fingers(page);
    await touch.drag([{ x, y }], { dx: -72, dy: -48 });
    const [mx, my] = (await markerCentres(page, '[data-first-view]'))['omero-15']!;
    map.release();
    await expect(page.locator('.maplibregl-map')).toHaveCount(1);

    await page.touchscreen.tap(mx!, my!);
    await expect(app.panel('viale Omero 15')).toBeVisible();
    // The space answered while the map was still starting: the first map view is still there.
    await expect(page.locator('.maplibregl-map[data-idle="true"]')).toHaveCount(0);
    await expect(page.locator('[data-first-view]')).toHaveCount(1);
    await expect(page.locator('[data-first-view] [data-space="omero-15"]')).toHaveAttribute(
      'aria-current',
      'true',
    );

    releaseStyle();
    await app.mapIsIdle();
    await expect(app.marker('viale Omero 15')).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('[data-first-view]')).toHaveCount(0);
  });

  test('a drag under way when the map arrives keeps the first map view until the finger lifts @phone', async ({
    app,
    page,
  }) => {
    const { map, before, x, y } = await heldFirstView(app, page);
    const touch = await fingers(page);

    await touch.down([{ x, y }]);
    await touch.move([{ x: x - 30, y: y + 20 }]);
    map.release();
    // MapLibre has drawn beneath, and the finger is still down: what the person holds stays.
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('map-idle').length))
      .toBeGreaterThan(0);
    await expect(page.locator('[data-first-view]')).toHaveCount(1);
    await touch.move([{ x: x - 50, y: y + 40 }]);
    await touch.up();
    await mapTakesOverAt(
      page,
      app,
      Object.fromEntries(
        Object.entries(before).map(([id, [bx, by]]) => [id, [bx! - 50, by! + 40]]),
      ),
    );
  });

  test('a mouse drag and the wheel move it, and the map continues from there', async ({
    app,
    page,
  }) => {
    const { map, before, x, y } = await heldFirstView(app, page);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 40, y - 20, { steps: 5 });
    await page.mouse.move(x + 80, y + 30, { steps: 5 });
    await page.mouse.up();
    const dragged = await markerCentres(page, '[data-first-view]');
    expectMoved(before, dragged, { dx: 80, dy: 30 });
    // No marker was opened by the drag's end.
    await expect(page.locator('.space-panel')).toHaveCount(0);

    // One notch of the wheel, away from the reader: in about the pointer.
    await page.mouse.move(x + 80, y + 30);
    await page.mouse.wheel(0, -250);
    await expect
      .poll(async () => {
        const now = await markerCentres(page, '[data-first-view]');
        return Math.round(
          (Math.hypot(now[SPACES[0]!.id]![0]! - x - 80, now[SPACES[0]!.id]![1]! - y - 30) /
            Math.hypot(
              dragged[SPACES[0]!.id]![0]! - x - 80,
              dragged[SPACES[0]!.id]![1]! - y - 30,
            )) *
            100,
        );
      })
      .toBe(141);
    const zoomed = await markerCentres(page, '[data-first-view]');
    await expect.poll(async () => (await app.viewInUrl())?.zoom ?? 0).toBeGreaterThan(11);
    map.release();
    await mapTakesOverAt(page, app, zoomed);
  });
});

/**
 * Fingers on the screen, by the browser's own touch input (Chrome DevTools Protocol): each call
 * is a touch event, as a phone's screen sends them.
 */
async function fingers(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  let points: { x: number; y: number }[] = [];
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', next: typeof points) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: next.map((p, id) => ({ ...p, id })),
    });
  const finger = {
    down: async (at: typeof points) => {
      points = at;
      await send('touchStart', points);
    },
    move: async (to: typeof points) => {
      points = to;
      await send('touchMove', points);
    },
    up: async () => {
      points = [];
      await send('touchEnd', []);
    },
    /** Down, ten moves by (dx, dy) in all, up. */
    drag: async (from: typeof points, { dx, dy }: { dx: number; dy: number }) => {
      await finger.down(from);
      for (let i = 1; i <= 10; i++)
        await finger.move(from.map((p) => ({ x: p.x + (dx * i) / 10, y: p.y + (dy * i) / 10 })));
      await finger.up();
    },
    /** Two fingers on a line through `centre`, from `from` to `to` px each side of it. */
    pinch: async (centre: { x: number; y: number }, from: number, to: number) => {
      const at = (r: number) => [
        { x: centre.x - r, y: centre.y },
        { x: centre.x + r, y: centre.y },
      ];
      await finger.down(at(from));
      for (let i = 1; i <= 10; i++) await finger.move(at(from + ((to - from) * i) / 10));
      await finger.up();
    },
  };
  return finger;
}

test('on a phone no marker hides under the map’s zoom buttons @phone', async ({ app, page }) => {
  await app.open();
  const controls = (await page.locator('.maplibregl-ctrl-group').boundingBox())!;
  for (const space of SPACES) {
    const marker = (await app.marker(space.address).boundingBox())!;
    const apart =
      marker.x >= controls.x + controls.width ||
      marker.x + marker.width <= controls.x ||
      marker.y >= controls.y + controls.height ||
      marker.y + marker.height <= controls.y;
    expect.soft(apart, space.address).toBe(true);
  }
});

/** True once the app has taken the prerendered page over (main.tsx marks it). */
function started(page: Page): Promise<boolean> {
  return page.evaluate(() => performance.getEntriesByName('spaces-ready').length > 0);
}

/** How many animated camera moves the map has started (use-camera.ts marks each). */
function flights(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('map-flight').length);
}
