import { expect, test } from './driver.ts';

test.describe('printing', () => {
  test('one space on one A4 page, with the map really in it and a QR code back', async ({
    app,
    page,
  }) => {
    await app.open('?space=omero-15');
    await app.when.print('space');
    await app.then.printed();

    // The picture holds the basemap and the space's marker, not a grey box.
    expect(await app.printMapPixels('#f8f4f0')).toBeGreaterThan(1000);
    expect(await app.printMapPixels('#0066cc')).toBeGreaterThan(200);

    await page.emulateMedia({ media: 'print' });
    const sheet = app.printSheet();
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('heading', { name: 'viale Omero 15' })).toBeVisible();
    await expect(sheet).toContainText('Il Comune cerca un ente del Terzo settore');
    await expect(sheet).toContainText('quartiericonnessi@comune.milano.it');
    await expect(sheet).toContainText(
      'Come arrivareMetro M3 Porto di Mare (9 min) · Linee di superficie: 77, 84, 93, 95',
    );
    await expect(sheet.getByRole('img', { name: 'Codice QR del link' })).toBeVisible();
    await expect(page.getByRole('banner')).toBeHidden();
    await app.screenshot('print-space', { fullPage: true });

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
  });

  test('an overview: the city map with all nine spaces and a table of them', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.when.print('overview');
    await app.then.printed();
    expect(await app.printMapPixels('#a34c00')).toBeGreaterThan(200);
    expect(await app.printMapPixels('#00734f')).toBeGreaterThan(200);
    await page.emulateMedia({ media: 'print' });
    const table = app.printSheet().getByRole('table', { name: 'Gli spazi' });
    await expect(table.getByRole('row')).toHaveCount(1 + 9);
    await app.screenshot('print-overview', { fullPage: true });
  });

  test('without a map (its code failed to load), prints at once without the picture, saying so', async ({
    app,
    page,
  }) => {
    await page.route(/\/assets\/space-map-[^/]*\.js$/, (route) => route.abort());
    await app.open('?space=omero-15', { waitForMap: false });
    await app.reachForMap();
    await expect(app.mapFault()).toContainText('Il codice della mappa interattiva non è arrivato');
    await app.when.print('space');
    await app.then.printed();
    await page.emulateMedia({ media: 'print' });
    await expect(app.printSheet()).toContainText(
      'La mappa non ha potuto essere inclusa in questa stampa.',
    );
    await expect(app.printMap()).toHaveCount(0);
  });

  test('puts the map back as it was: the same link, the space clear of its panel', async ({
    app,
  }) => {
    await app.open('?space=omero-15');
    const before = await app.viewInUrl();
    const where = (await app.marker('viale Omero 15').boundingBox())!;
    await app.when.print('space');
    await app.then.printed();
    await app.mapIsIdle();
    expect(await app.viewInUrl()).toEqual(before);
    // The space stands where it stood, clear of the panel (the camera's padding is back too).
    const marker = (await app.marker('viale Omero 15').boundingBox())!;
    const panel = (await app.panel('viale Omero 15').boundingBox())!;
    expect(Math.abs(marker.x - where.x)).toBeLessThan(2);
    expect(Math.abs(marker.y - where.y)).toBeLessThan(2);
    expect(marker.x + marker.width).toBeLessThan(panel.x);
  });
});
