import { expect, test } from './driver.ts';

test.describe('on a 360 px phone @phone', () => {
  test('the map and the list share the screen; the panel is a bottom sheet that leaves the map visible', async ({
    app,
  }) => {
    await app.open();
    await expect(app.markers()).toHaveCount(9);
    await app.screenshot('main');
    await app.listItem('via Fratelli Zoia 105').tap();
    const panel = app.panel('via Fratelli Zoia 105');
    await expect(panel).toBeVisible();
    const sheet = (await panel.boundingBox())!;
    const viewport = app.page.viewportSize()!;
    expect(sheet.y + sheet.height).toBeCloseTo(viewport.height, 0);
    expect(sheet.y).toBeGreaterThan(viewport.height * 0.35);
    await app.mapIsIdle();
    await expect(app.marker('via Fratelli Zoia 105')).toBeInViewport();
    await app.screenshot('panel');
    await app.expectNoAxeViolations();
  });

  test('markers, list cards and filters are at least 44 px to touch', async ({ app, page }) => {
    await app.open();
    for (const target of [
      app.marker('viale Omero 15'),
      app.listItem('viale Omero 15').locator('..'),
      app.filter(/Portinerie/).locator('..'),
    ]) {
      const box = (await target.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    // A tap anywhere on a list card opens its space.
    await app.listItem('viale Omero 15').locator('..').scrollIntoViewIfNeeded();
    const card = (await app.listItem('viale Omero 15').locator('..').boundingBox())!;
    await page.touchscreen.tap(card.x + card.width - 10, card.y + card.height - 6);
    await expect(app.panel('viale Omero 15')).toBeVisible();
  });

  test('the main screen has no axe violations', async ({ app }) => {
    await app.open();
    await app.expectNoAxeViolations();
  });
});
