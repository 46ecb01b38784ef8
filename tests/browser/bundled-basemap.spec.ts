/**
 * The basemap bundled with the app, drawn from the Comune's open data: as a deployment with
 * VITE_BASEMAP_STYLE_URL=bundled serves it (the build in dist-bundled/, on its own port), where
 * nothing leaves the page, and as the fallback when the configured basemap fails.
 */
import type { Request } from '@playwright/test';
import { expect, test } from './driver.ts';

export const BUNDLED_ORIGIN = 'http://127.0.0.1:4174';

const OMERO = '45.434732/9.224696';

test.describe('a deployment with the bundled basemap', () => {
  test.use({ baseURL: BUNDLED_ORIGIN });

  test('asks nothing of any other host in a whole session', async ({ app, page }) => {
    const requests: string[] = [];
    page.on('request', (request: Request) => requests.push(request.url()));
    await app.open();
    await app.listItem('viale Omero 15').click();
    await expect(app.panel('viale Omero 15')).toBeVisible();
    await app.mapIsIdle();
    await page.goto(`/?map=16/${OMERO}`);
    await app.mapIsIdle();
    await app.when.typeAddress('via paolo sarpi 10');
    await app.when.chooseSuggestion(/Sarpi 10$/);
    await expect(app.rankedAddresses()).toHaveCount(9);
    await app.mapIsIdle();

    const elsewhere = requests.filter(
      (url) => !url.startsWith(`${BUNDLED_ORIGIN}/`) && !/^(data|blob):/.test(url),
    );
    expect(elsewhere).toEqual([]);
    // It did draw from its own data: the city, and the street tiles close up.
    expect(requests.some((url) => url.endsWith('/generated/basemap/city.json'))).toBe(true);
    expect(
      requests.some((url) => /\/generated\/basemap\/tiles\/14\/\d+\/\d+\.pbf$/.test(url)),
    ).toBe(true);
    await expect(app.mapAttribution()).toContainText('Comune di Milano, open data (CC BY 4.0)');
  });

  test('reads as a map of Milan at the city, neighbourhood and street scales', async ({ app }) => {
    await app.open();
    const [ground, outside, label, streetEdge, number] = (await Promise.all(
      ['map-ground', 'map-outside', 'map-label', 'map-street-edge', 'map-number'].map((t) =>
        app.token(t),
      ),
    )) as [string, string, string, string, string];
    // City: the neighbourhoods' ground inside the city's edge, the grey outside, their names.
    expect(await app.mapPixels(ground)).toBeGreaterThan(50_000);
    expect(await app.mapPixels(outside)).toBeGreaterThan(1_000);
    const cityNames = await app.mapPixels(label);
    expect(cityNames).toBeGreaterThan(250);
    await app.screenshot('bundled-city');

    // Neighbourhood (zoom 13.5 around viale Omero): streets as well as the names.
    await app.open(`?map=13.5/${OMERO}`);
    expect(await app.mapPixels(streetEdge)).toBeGreaterThan(1_000);
    expect(await app.mapPixels(label)).toBeGreaterThan(150);
    await app.screenshot('bundled-neighbourhood');

    // Street (zoom 16): street names and house numbers.
    await app.open(`?map=16/${OMERO}`);
    expect(await app.mapPixels(number)).toBeGreaterThan(300);
    expect(await app.mapPixels(streetEdge)).toBeGreaterThan(1_000);
    expect(await app.mapPixels(label)).toBeGreaterThan(50);
    await app.screenshot('bundled-street');
  });

  test('@phone reads as a map of Milan on a phone, at the three scales', async ({ app }) => {
    await app.open();
    expect(await app.mapPixels(await app.token('map-label'))).toBeGreaterThan(2_000);
    await app.screenshot('bundled-city');
    await app.open(`?map=13.5/${OMERO}`);
    expect(await app.mapPixels(await app.token('map-street-edge'))).toBeGreaterThan(1_000);
    await app.screenshot('bundled-neighbourhood');
    await app.open(`?map=16/${OMERO}`);
    expect(await app.mapPixels(await app.token('map-number'))).toBeGreaterThan(200);
    await app.screenshot('bundled-street');
  });
});

test('the same map replaces a configured basemap that fails, with its names and streets', async ({
  app,
}) => {
  await app.open(`?map=14/${OMERO}`, { basemap: 'broken' });
  await expect(app.mapAttribution()).toContainText('Comune di Milano, open data (CC BY 4.0)');
  expect(await app.mapPixels(await app.token('map-street-edge'))).toBeGreaterThan(700);
  expect(await app.mapPixels(await app.token('map-label'))).toBeGreaterThan(130);
});

test('with the configured basemap, the open space’s neighbourhood is outlined', async ({ app }) => {
  await app.open(`?map=14/${OMERO}`);
  const outline = await app.token('map-neighbourhood');
  expect(await app.mapPixels(outline)).toBeLessThan(20);
  // The space open, seen from a little further out: Lodi - Corvetto's border is in view.
  await app.open(`?space=omero-15&map=13.5/${OMERO}`);
  await expect(app.panel('viale Omero 15')).toBeVisible();
  await app.mapIsIdle();
  await app.screenshot('neighbourhood-outline');
  expect(await app.mapPixels(outline)).toBeGreaterThan(300);
});
