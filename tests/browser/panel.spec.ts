import { expect, test } from './driver.ts';

test.describe('the detail panel', () => {
  test('opens and closes with the mouse, giving the focus back to the marker', async ({
    app,
    page,
  }) => {
    await app.open();
    const marker = app.marker('viale Omero 15');
    await marker.click();
    const panel = app.panel('viale Omero 15');
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(panel).toContainText('Corvetto');
    await expect(panel).toContainText('Municipio 4');
    await expect(panel).toContainText('Il Comune cerca un ente del Terzo settore');
    await page.getByRole('button', { name: 'Chiudi la scheda' }).click();
    await expect(panel).toHaveCount(0);
    await expect(marker).toBeFocused();
  });

  test('marks the open space’s stops on the map with their lines, and takes them away with it', async ({
    app,
    page,
  }) => {
    await app.open();
    const marks = app.map.locator('.stop-mark');
    await expect(marks).toHaveCount(0);
    await app.marker('viale Omero 15').click();
    // Nine surface stops and the station, as the panel lists them.
    await expect(marks).toHaveCount(9 + 1);
    await expect(marks.first()).toHaveText('77 93 95');
    await expect(app.map.locator('.stop-mark--metro')).toHaveText('M3');
    // Extra to the panel's list, which names them for everyone: hidden from screen readers.
    for (const mark of await marks.all()) await expect(mark).toHaveAttribute('aria-hidden', 'true');
    await app.mapIsIdle();
    await app.screenshot('map-stops');
    await page.keyboard.press('Escape');
    await expect(marks).toHaveCount(0);
    await app.listItem("via Sant'Erlembaldo 2").click();
    await expect(marks).toHaveCount(4 + 1);
    await expect(app.map.locator('.stop-mark--metro')).toHaveText('M1');
  });

  test('works with the keyboard alone: skip link, choose, read, Escape, focus back', async ({
    app,
    page,
  }) => {
    await app.open();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: "Vai all'elenco degli spazi" });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    const item = app.listItem('viale Faenza 25');
    await app.tabTo(item);
    await page.keyboard.press('Enter');
    const panel = app.panel('viale Faenza 25');
    await expect(panel.getByRole('heading', { level: 1 })).toBeFocused();
    // Tab reaches the panel's links: the person can read and use it.
    await app.tabTo(panel.getByRole('link', { name: /^Indicazioni con Google Maps/ }));
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(item).toBeFocused();
  });

  test('opens a marker with the keyboard', async ({ app, page }) => {
    await app.open();
    await app.tabTo(app.marker('via Palmanova 59'), 80);
    await page.keyboard.press('Enter');
    await expect(app.panel('via Palmanova 59')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(app.marker('via Palmanova 59')).toBeFocused();
  });

  test('links the call and the directions in new tabs', async ({ app }) => {
    await app.open('?space=boccioni-10');
    const panel = app.panel('largo Umberto Boccioni 10');
    await expect(
      panel.getByRole('link', { name: /Indicazioni con OpenStreetMap/ }),
    ).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot&to=45.511759,9.128597',
    );
    await expect(panel.getByRole('link', { name: /Pagina del programma/ })).toHaveAttribute(
      'target',
      '_blank',
    );
  });
});
