import { readFileSync } from 'node:fs';
import { expect, test } from './driver';

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

  test('a basemap whose tiles cannot be fetched is replaced too', async ({ app }) => {
    await app.open('', { basemap: 'failing-tiles' });
    await expect(app.basemapStatus()).toContainText("la mappa inclusa nell'app");
    await expect(app.mapAttribution()).toContainText('Comune di Milano, open data (CC BY 4.0)');
    await expect(app.markers()).toHaveCount(9);
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
