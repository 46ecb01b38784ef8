import { expect, test, type AppDriver } from './driver';

/** Replaces the print dialog with a counter, as the browser's own would block the test. */
async function catchPrint(app: AppDriver) {
  await app.page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
}

/** How many pixels of the picture have this colour (within a small tolerance). */
async function pixelsOf(app: AppDriver, hex: string): Promise<number> {
  return app.page.locator('.print-sheet__map').evaluate(async (img: HTMLImageElement, colour) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [
      number,
      number,
      number,
    ];
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (
        Math.abs(data[i]! - r) < 12 &&
        Math.abs(data[i + 1]! - g) < 12 &&
        Math.abs(data[i + 2]! - b) < 12
      )
        count++;
    }
    return count;
  }, hex);
}

test.describe('printing', () => {
  test('one space on one A4 page, with the map really in it and a QR code back', async ({
    app,
    page,
  }) => {
    await app.open('?space=omero-15');
    await catchPrint(app);
    await app.panel('viale Omero 15').getByRole('button', { name: 'Stampa la scheda' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(1);

    // The picture holds the basemap and the space's marker, not a grey box.
    expect(await pixelsOf(app, '#f8f4f0')).toBeGreaterThan(1000);
    expect(await pixelsOf(app, '#0066cc')).toBeGreaterThan(200);

    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.print-sheet');
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('heading', { name: 'viale Omero 15' })).toBeVisible();
    await expect(sheet).toContainText('Il Comune cerca un ente del Terzo settore');
    await expect(sheet).toContainText('quartiericonnessi@comune.milano.it');
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
    await catchPrint(app);
    await page.getByRole('button', { name: 'Stampa la panoramica' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(1);
    expect(await pixelsOf(app, '#a34c00')).toBeGreaterThan(200);
    expect(await pixelsOf(app, '#00734f')).toBeGreaterThan(200);
    await page.emulateMedia({ media: 'print' });
    const table = page.locator('.print-sheet').getByRole('table', { name: 'Gli spazi' });
    await expect(table.getByRole('row')).toHaveCount(1 + 9);
    await app.screenshot('print-overview', { fullPage: true });
  });
});
