/**
 * A programme of hundreds of spaces (the app may be reused for one): the list a page at a time,
 * the spaces drawn by the map rather than as a button each, every one still reachable.
 */
import { spacesFixture } from '../../scripts/many-spaces.ts';
import { expect, test, type AppDriver } from './driver.ts';

const FILE = spacesFixture(999);
const SPACES: { id: string; address: string; area: number; lat: number; lon: number }[] =
  JSON.parse(FILE).features.map(
    (f: {
      properties: { id: string; address: string; area: number };
      geometry: { coordinates: number[] };
    }) => ({
      ...f.properties,
      lon: f.geometry.coordinates[0],
      lat: f.geometry.coordinates[1],
    }),
  );

const metres = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) =>
  Math.hypot(
    (a.lat - b.lat) * 111_200,
    (a.lon - b.lon) * 111_200 * Math.cos((a.lat * Math.PI) / 180),
  );

/** A space of area 1 on the list's first page with no other within 400 m: a tap can only be it. */
const LONE = SPACES.filter((s) => s.area === 1)
  .slice(0, 25)
  .find((s) => SPACES.every((o) => o === s || metres(s, o) > 400))!;

async function openLarge(app: AppDriver, waitForMap = true) {
  await app.open('', { spaces: FILE, waitForMap });
  // The prerendered page has the nine real spaces until the app has loaded the file.
  await expect(app.listItems()).toHaveCount(75);
}

test.describe('a programme of 999 spaces', () => {
  test('lists each area 25 at a time, and "show more" goes on where the person was', async ({
    app,
    page,
  }) => {
    await openLarge(app, false);
    const area1 = app.list.getByRole('region', { name: /^Area 1/ });
    await expect(area1.getByText('25 di 333 mostrati.')).toBeVisible();
    const more = area1.getByRole('button', { name: 'Mostra altri 25 spazi' });
    await app.tabTo(more, 200);
    await page.keyboard.press('Enter');
    await expect(app.listItems()).toHaveCount(100);
    await expect(area1.getByRole('listitem').nth(25).getByRole('link')).toBeFocused();
    await app.expectNoAxeViolations();
  });

  test('the first map view draws the spaces as dots shaped by area, not 999 buttons', async ({
    app,
  }) => {
    await openLarge(app, false);
    await expect(app.page.locator('[data-first-view] .space-marker')).toHaveCount(0);
    await app.screenshot('large-programme-first-view');
    for (const area of [1, 2, 3])
      expect(await app.firstViewPixels(await app.token(`area-${area}`))).toBeGreaterThan(2000);
  });

  test('the map draws them in one layer, follows the filter, and a click on one opens it', async ({
    app,
  }) => {
    await mapOfManySpaces(app, 'click');
  });

  test('on a phone, a tap on one of them opens it @phone', async ({ app }) => {
    await mapOfManySpaces(app, 'tap');
  });
});

async function mapOfManySpaces(app: AppDriver, how: 'click' | 'tap') {
  const { page } = app;
  await openLarge(app);
  await expect(app.markers()).toHaveCount(0);
  const green = await app.token('area-3');
  await expect.poll(() => app.mapPixels(green)).toBeGreaterThan(how === 'tap' ? 500 : 2000);
  await app.screenshot('large-programme-map');

  await app.filter(/Impresa e comunità/).uncheck();
  await app.mapIsIdle();
  await expect.poll(() => app.mapPixels(green)).toBeLessThan(50);

  // The open space keeps its button; closing it leaves the map's own drawing of it.
  await app.listItem(LONE.address).click();
  await expect(app.panel(LONE.address)).toBeVisible();
  await app.mapIsIdle();
  await expect(app.markers()).toHaveCount(1);
  const box = (await app.marker(LONE.address).boundingBox())!;
  await app
    .panel(LONE.address)
    .getByRole('button', { name: /Chiudi/ })
    .click();
  await expect(app.panel(LONE.address)).toHaveCount(0);
  await expect(app.markers()).toHaveCount(0);

  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  if (how === 'tap') await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
  await expect(app.panel(LONE.address)).toBeVisible();
}
