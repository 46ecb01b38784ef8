import { readFileSync } from 'node:fs';
import { expect, test } from './driver.ts';

const spacesText = readFileSync('data/spaces.geojson', 'utf8');

test.describe('when things go wrong', () => {
  test('a basemap that fails is replaced by the bundled one, politely announced', async ({
    app,
  }) => {
    await app.open('', { basemap: 'broken' });
    await expect(app.basemapStatus()).toContainText("è mostrata la mappa inclusa nell'app");
    await expect(app.markers()).toHaveCount(9);
    await expect(app.mapAttribution()).toContainText('Comune di Milano, open data (CC BY 4.0)');
    await app.screenshot('fallback-basemap');
    await app.marker('viale Omero 15').click();
    await expect(app.panel('viale Omero 15')).toBeVisible();
  });

  test('a basemap whose tiles cannot be fetched is replaced too, and its notice moves nothing', async ({
    app,
    page,
  }) => {
    // Every layout shift of the visit, as the browser measures them for CLS.
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await app.open('', { basemap: 'failing-tiles', waitForMap: false });
    // Where the map's area is once the app has started.
    await page.waitForFunction(() => performance.getEntriesByName('spaces-ready').length > 0);
    const mapTop = await app.map.evaluate((map) => map.getBoundingClientRect().top);
    expect(mapTop).toBeGreaterThan(0);
    const started = await page.evaluate(() => performance.now());
    await app.reachForMap();
    await expect(app.basemapStatus()).toContainText("la mappa inclusa nell'app");
    await expect(app.mapAttribution()).toContainText('Comune di Milano, open data (CC BY 4.0)');
    await expect(app.markers()).toHaveCount(9);
    expect(await app.map.evaluate((map) => map.getBoundingClientRect().top)).toBe(mapTop);
    // Nothing moved from then on (the map loading, its basemap replaced, the notice).
    const shifts = await page.evaluate(
      () => (window as unknown as { shifts: { at: number; moved: string[] }[] }).shifts,
    );
    expect(shifts.filter((shift) => shift.at > started)).toEqual([]);
    // Over the map's foot, clear of its credits, and it can be put away.
    const notice = (await page.locator('.map-column__notice').boundingBox())!;
    const credits = (await app.mapAttribution().boundingBox())!;
    expect(notice.y + notice.height).toBeLessThanOrEqual(credits.y);
    await page.getByRole('button', { name: 'Chiudi il messaggio' }).click();
    await expect(app.basemapStatus()).toBeEmpty();
    await expect(page.locator('.map-column__notice')).toHaveClass(/visually-hidden/);
  });

  test('a basemap that never answers is replaced after the timeout', async ({ app }) => {
    test.slow();
    await app.open('', { basemap: 'hanging' });
    await expect(app.basemapStatus()).toContainText("la mappa inclusa nell'app", {
      timeout: 20_000,
    });
    await expect(app.markers()).toHaveCount(9);
  });

  test('a missing data file gives a clear error screen, not a blank page', async ({
    app,
    page,
  }) => {
    await app.open('', { spaces: 404, waitForMap: false });
    await expect(page.getByRole('alert')).toContainText('Gli spazi non possono essere mostrati');
    await expect(page.getByRole('alert')).toContainText('non è raggiungibile');
    await expect(page.getByRole('heading', { level: 1, name: 'Quartieri Connessi' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'quartiericonnessi@comune.milano.it' }).first(),
    ).toBeVisible();
    await app.expectNoAxeViolations();
    await app.screenshot('data-error');
  });

  test('a data file that is not JSON gives the error screen with the reason', async ({
    app,
    page,
  }) => {
    await app.open('', { spaces: spacesText.slice(0, 500), waitForMap: false });
    await expect(page.getByRole('alert')).toContainText('contiene errori');
    await page.getByText('Dettagli tecnici').click();
    await expect(page.getByRole('alert')).toContainText('not valid JSON');
  });

  test('one broken space is skipped and reported; the other eight work', async ({ app, page }) => {
    const broken = JSON.parse(spacesText);
    broken.features[3].geometry.coordinates = [12.4964, 41.9028];
    await app.open('', { spaces: JSON.stringify(broken) });
    await expect(
      page.getByText('1 spazio non è mostrato perché i suoi dati contengono errori.'),
    ).toBeVisible();
    await expect(app.markers()).toHaveCount(8);
    await expect(app.listItems()).toHaveCount(8);
    await page.getByText('Dettagli tecnici').click();
    await expect(
      page.getByText(/feature 4 \(faenza-25\), field "geometry": coordinates .* outside Milan/),
    ).toBeVisible();
  });
});
