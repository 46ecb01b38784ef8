/**
 * Every fault gets a true message and the rest keeps working: a browser without WebGL, the map's
 * code not arriving, a spaces file that never answers, a language file that fails, and a link
 * whose values are long or reordered on purpose.
 */
import type { Page, Route } from '@playwright/test';
import { expect, test, type AppDriver } from './driver.ts';

/** The page's canvases get no WebGL context, as in a browser without it or with it turned off. */
async function withoutWebgl(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (/webgl/i.test(type)) return null;
      return (getContext as (this: HTMLCanvasElement, ...a: unknown[]) => unknown).call(
        this,
        type,
        ...rest,
      );
    } as typeof getContext;
  });
}

/** The home in such a browser, with the map reached for. */
async function openWithoutWebgl(app: AppDriver, page: Page): Promise<void> {
  await withoutWebgl(page);
  await app.open('', { waitForMap: false });
  await app.reachForMap();
}

test.describe('a browser without WebGL', () => {
  test('is told the true reason, keeps the still map, the list, the filters, the panel and the nearest space', async ({
    app,
    page,
  }) => {
    await openWithoutWebgl(app, page);
    await expect(app.mapFault()).toContainText('Questo browser non può disegnare la mappa');
    await expect(app.mapFault()).toContainText('WebGL');
    // Not the basemap's message, which would say a bundled map is shown.
    await expect(app.basemapStatus()).toBeHidden();
    await expect(app.mapFault().getByRole('button')).toHaveCount(0);
    await expect(page.locator('.maplibregl-map')).toHaveCount(0);
    await expect(app.firstView()).toBeVisible();
    await expect(app.firstView().locator('img')).toHaveJSProperty('complete', true);
    await expect(app.firstView().locator('.space-marker')).toHaveCount(9);

    await app.filter(/Portinerie sociali/).uncheck();
    await expect(app.listItems()).toHaveCount(6);
    await expect(app.firstView().locator('.space-marker')).toHaveCount(6);
    await app.filter(/Portinerie sociali/).check();
    await app.when.chooseInList('viale Faenza 25');
    await expect(app.panel('viale Faenza 25')).toBeVisible();
    await page.keyboard.press('Escape');
    await app
      .firstView()
      .getByRole('button', { name: /^viale Omero 15,/ })
      .click();
    await expect(app.panel('viale Omero 15')).toBeVisible();
    await page.keyboard.press('Escape');
    await app.when.typeAddress('corvetto');
    await app.suggestions().first().click();
    await app.then.nearestIs('viale Omero 15');
    await app.screenshot('no-webgl');
    await app.expectNoAxeViolations();
  });

  for (const phone of [false, true]) {
    test(`choosing a space moves the still map so that its marker is clear of the panel${phone ? ' @phone' : ''}`, async ({
      app,
      page,
    }) => {
      await openWithoutWebgl(app, page);
      await expect(app.mapFault()).toContainText('WebGL');
      for (const address of ['viale Omero 15', 'via Fratelli Zoia 105']) {
        await app.when.chooseInList(address);
        await expect(app.panel(address)).toBeVisible();
        const marker = app.firstView().getByRole('button', { name: new RegExp(`^${address},`) });
        await expect(marker).toHaveAttribute('aria-current', 'true');
        const box = (await marker.boundingBox())!;
        const panel = (await app.panel(address).boundingBox())!;
        const map = (await app.map.boundingBox())!;
        const apart =
          box.x + box.width <= panel.x ||
          box.x >= panel.x + panel.width ||
          box.y + box.height <= panel.y ||
          box.y >= panel.y + panel.height;
        expect(apart, `${address} clear of its panel`).toBe(true);
        // Within the map, and closer in than the city's view (the street zoom).
        expect(box.x).toBeGreaterThanOrEqual(map.x);
        expect(box.y).toBeGreaterThanOrEqual(map.y);
        expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
        expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
        await app.screenshot(`no-webgl-chosen-${address.split(' ').at(-1)}`);
        await page.keyboard.press('Escape');
      }
      await app.expectNoAxeViolations();
    });
  }

  test('on a phone too @phone', async ({ app, page }) => {
    await openWithoutWebgl(app, page);
    await expect(app.mapFault()).toContainText('WebGL');
    await expect(app.firstView()).toBeVisible();
    await expect(app.firstView().locator('.space-marker')).toHaveCount(9);
    await app.screenshot('no-webgl');
  });
});

test.describe("the map's code not arriving", () => {
  test('is said without blaming the device, and a retry brings the map', async ({ app, page }) => {
    let blocked = true;
    let askedAfterFault = 0;
    await page.route(/\/assets\/space-map-[^/]*\.js(\?.*)?$/, (route) => {
      if (blocked) return route.abort('internetdisconnected');
      askedAfterFault += 1;
      return route.fallback();
    });
    await app.open('', { waitForMap: false });
    await app.reachForMap();
    await expect(app.mapFault()).toContainText('Il codice della mappa interattiva non è arrivato');
    await expect(app.mapFault()).not.toContainText('dispositivo');
    await expect(app.firstView()).toBeVisible();
    await expect(app.listItems()).toHaveCount(9);
    await app.screenshot('map-code-not-loaded');

    blocked = false;
    await app.mapFault().getByRole('button', { name: 'Riprova' }).click();
    await app.mapIsIdle();
    await expect(app.mapFault()).toHaveCount(0);
    await expect(app.markers()).toHaveCount(9);
    await expect(app.firstView()).toHaveCount(0);
    // The retry asked the server for the code anew (a browser may keep a failed import failed).
    expect(askedAfterFault).toBeGreaterThan(0);
  });
});

test.describe('a spaces file that never answers', () => {
  /** Holds the spaces file's requests while `held.on`; the test answers them when it likes. */
  async function holdSpaces(page: Page) {
    const held = { on: true, routes: [] as Route[] };
    await page.route(/\/assets\/spaces-[^/]*\.geojson$/, (route) =>
      held.on ? void held.routes.push(route) : route.fallback(),
    );
    return held;
  }

  /** How long the app waits for the file before it says so (src/state/spaces-store.ts). */
  const SPACES_TIMEOUT_MS = 15_000;

  /**
   * Opens the home with its spaces file held, and moves the page's clock past the app's wait for
   * it once it has been asked for (the page's timers otherwise run as they do).
   */
  async function openLate(app: AppDriver, page: Page, held: { routes: Route[] }) {
    await page.clock.install();
    await app.open('', { waitForMap: false });
    await expect.poll(() => held.routes.length).toBe(1);
    await page.clock.fastForward(SPACES_TIMEOUT_MS);
  }

  test('is said after the timeout, and the file arriving later replaces the message', async ({
    app,
    page,
  }) => {
    const held = await holdSpaces(page);
    await openLate(app, page, held);
    const message = page.getByRole('alert').filter({ hasText: 'non è arrivato in 15 secondi' });
    await expect(message).toBeVisible();
    await expect(message.getByRole('button', { name: 'Riprova' })).toBeVisible();
    await app.screenshot('spaces-late');
    expect(held.routes).toHaveLength(1);
    await held.routes[0]!.fallback();
    await expect(app.listItems()).toHaveCount(9);
    await expect(message).toHaveCount(0);
  });

  test('is fetched again on a retry', async ({ app, page }) => {
    const held = await holdSpaces(page);
    await openLate(app, page, held);
    const message = page.getByRole('alert').filter({ hasText: 'non è arrivato in 15 secondi' });
    await expect(message).toBeVisible();
    // The first request stays unanswered; the retry's goes through.
    held.on = false;
    await message.getByRole('button', { name: 'Riprova' }).click();
    await expect(app.listItems()).toHaveCount(9);
    await expect(message).toHaveCount(0);
    await app.listItem('viale Omero 15').click();
    await expect(app.panel('viale Omero 15')).toBeVisible();
  });
});

test.describe('a language file that fails', () => {
  test('is said, the page stays in its language, and the switch shows that language', async ({
    app,
    page,
  }) => {
    let blocked = true;
    await page.route(/\/assets\/fr-[^/]*\.json$/, (route) =>
      blocked ? route.abort('internetdisconnected') : route.fallback(),
    );
    await app.open();
    await app.languageSwitch().selectOption('fr');
    await expect(
      page.getByText('La lingua scelta (Français) non è stata caricata', { exact: false }),
    ).toBeVisible();
    await expect(app.languageSwitch()).toHaveValue('it');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    expect(new URL(page.url()).searchParams.get('lang')).not.toBe('fr');
    await expect(page.getByRole('heading', { name: 'Trova lo spazio più vicino' })).toBeVisible();

    // Once the connection is back, choosing again works.
    blocked = false;
    await app.languageSwitch().selectOption('fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(app.languageSwitch()).toHaveValue('fr');
    await expect(
      page.getByRole('heading', { name: 'Trouver l’espace le plus proche' }),
    ).toBeVisible();
  });

  test('named in the link: the page opens in Italian and says why', async ({ app, page }) => {
    await page.route(/\/assets\/fr-[^/]*\.json$/, (route) => route.abort('internetdisconnected'));
    await app.open('?lang=fr');
    await expect(
      page.getByText('La lingua scelta (Français) non è stata caricata', { exact: false }),
    ).toBeVisible();
    await expect(app.languageSwitch()).toHaveValue('it');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  });
});

test.describe('values echoed from a link', () => {
  // A long value, and words reordered by a right-to-left override, in the two values echoed.
  const LONG = 'x'.repeat(2000);
  const OVERRIDE = '\u202Eelaiciffu osivva\u202C';
  const search = `?space=${LONG}&map=${encodeURIComponent(OVERRIDE)}`;

  async function expectContained(app: AppDriver): Promise<void> {
    const page = app.page;
    await expect(
      page.getByText('Lo spazio indicato dal link non è stato riconosciuto'),
    ).toBeVisible();
    await expect(page.getByText('Una parte del link non è stata capita')).toBeVisible();
    const echoes = page.locator('.notice bdi');
    await expect(echoes).toHaveCount(2);
    for (const text of await echoes.allTextContents()) {
      expect(Array.from(text).length).toBeLessThanOrEqual(41);
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    }
    await expect(echoes.filter({ hasText: /^x{40}…$/ })).toHaveCount(1);
    await expect(echoes.filter({ hasText: /^map=elaiciffu osivva$/ })).toHaveCount(1);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
    for (const close of await page.getByRole('button', { name: 'Chiudi il messaggio' }).all())
      await expect(close).toBeInViewport();
  }

  test('are cut short, isolated, and said only to be not understood', async ({ app, page }) => {
    await app.open(search, { waitForMap: false });
    await expectContained(app);
    await app.screenshot('echoed-values');
    await page.getByRole('button', { name: 'Chiudi il messaggio' }).first().click();
    await expect(page.locator('.notice bdi')).toHaveCount(1);
  });

  test('on a phone too @phone', async ({ app }) => {
    await app.open(search, { waitForMap: false });
    await expectContained(app);
    await app.screenshot('echoed-values');
  });
});
