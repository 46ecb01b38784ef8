import { expect, test } from './driver.ts';

test.describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  test('the main screen has no violations', async ({ app }) => {
    await app.open();
    await app.expectNoAxeViolations();
  });

  test('an open space has no violations', async ({ app }) => {
    await app.open('?space=monti-18-20');
    await expect(app.panel('via Padre Luigi Monti 18-20')).toBeVisible();
    await app.expectNoAxeViolations();
  });

  test('the filtered English screen with a notice has no violations', async ({ app }) => {
    await app.open('?areas=1&lang=en&map=oops');
    await expect(app.page.getByText('In the link: “map=oops”')).toBeVisible();
    await app.expectNoAxeViolations();
  });

  test('the fallback basemap screen has no violations', async ({ app }) => {
    await app.open('', { basemap: 'broken' });
    await expect(app.basemapStatus()).toContainText("la mappa inclusa nell'app");
    await app.expectNoAxeViolations();
  });

  test('every state of a button keeps its contrast: hovered, focused, pressed, pressed and hovered', async ({
    app,
    page,
  }) => {
    await app.open('', { waitForMap: false });
    const compare = page.getByRole('button', { name: 'Confronta viale Omero 15' });
    // Hovered, not pressed.
    await compare.hover();
    await app.expectNoAxeViolations();
    // Pressed, with the pointer still over it (white on a near-white ground, once).
    await compare.click();
    await expect(compare).toHaveAttribute('aria-pressed', 'true');
    await app.expectNoAxeViolations();
    // Pressed and focused from the keyboard, the pointer gone.
    await page.mouse.move(0, 0);
    await compare.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(compare).toBeFocused();
    await app.expectNoAxeViolations();
    // Pressed again: no longer pressed, focused and hovered.
    await compare.hover();
    await page.keyboard.press('Enter');
    await expect(compare).toHaveAttribute('aria-pressed', 'false');
    await app.expectNoAxeViolations();
  });

  test('the accessibility page takes the focus when a person opens it, not from a link', async ({
    app,
    page,
  }) => {
    await app.open('?page=accessibility', { waitForMap: false });
    const title = page.getByRole('main').getByRole('heading', { level: 2, name: 'Accessibilità' });
    await expect(title).toBeVisible();
    await expect(title).not.toBeFocused();
    await app.open('', { waitForMap: true });
    await page.getByRole('link', { name: 'Accessibilità di questa applicazione' }).click();
    await expect(title).toBeFocused();
  });
});
