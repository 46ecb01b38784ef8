import { expect, test } from './driver.ts';

test.describe('filtering by thematic area', () => {
  test('hides an area from the map, the list and the counts, and announces it', async ({ app }) => {
    await app.open();
    await app.filter(/Servizi innovativi e animazione \(3\)/).uncheck();
    await expect(app.markers()).toHaveCount(6);
    await expect(app.listItems()).toHaveCount(6);
    await expect(app.marker('viale Faenza 25')).toHaveCount(0);
    await expect(app.announcer()).toHaveText('6 spazi mostrati su 9');
    expect(new URL(app.page.url()).searchParams.get('areas')).toBe('1,3');

    await app.filter(/Portinerie sociali/).uncheck();
    await expect(app.markers()).toHaveCount(3);
    await expect(app.announcer()).toHaveText('3 spazi mostrati su 9');

    await app.filter(/Servizi innovativi/).check();
    await expect(app.markers()).toHaveCount(6);
    await expect(app.marker('viale Faenza 25')).toBeVisible();
  });

  test('can be used with the keyboard alone', async ({ app, page }) => {
    await app.open();
    const checkbox = app.filter(/Portinerie sociali/);
    await app.tabTo(checkbox);
    await page.keyboard.press('Space');
    await expect(checkbox).not.toBeChecked();
    await expect(app.markers()).toHaveCount(6);
    await expect(app.announcer()).toHaveText('6 spazi mostrati su 9');
  });

  test('closes the open space when its area is hidden', async ({ app }) => {
    await app.open();
    await app.listItem('via Luigi Capuana 7 (piazzetta Capuana)').click();
    await expect(app.panel('via Luigi Capuana 7 (piazzetta Capuana)')).toBeVisible();
    await app.filter(/Impresa e comunità/).uncheck();
    await expect(app.panel('via Luigi Capuana 7 (piazzetta Capuana)')).toHaveCount(0);
  });
});
