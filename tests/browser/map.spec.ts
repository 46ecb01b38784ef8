import { AREA_ONE, expect, SPACES, test } from './driver.ts';

/** Web Mercator with MapLibre's 512 px tiles: where a point lands relative to the map's centre. */
function offsetFromCentre(
  point: { lat: number; lon: number },
  view: { lat: number; lon: number; zoom: number },
) {
  const size = 512 * 2 ** view.zoom;
  const x = (lon: number) => ((lon + 180) / 360) * size;
  const y = (lat: number) => {
    const phi = (lat * Math.PI) / 180;
    return ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * size;
  };
  return { dx: x(point.lon) - x(view.lon), dy: y(point.lat) - y(view.lat) };
}

test.describe('the map of the nine spaces', () => {
  test('puts each of the nine markers at its space', async ({ app }) => {
    const view = { zoom: 11.4, lat: 45.475, lon: 9.17 };
    await app.open(`?map=${view.zoom}/${view.lat}/${view.lon}`);
    await expect(app.markers()).toHaveCount(9);

    const canvas = (await app.mapCanvas().boundingBox())!;
    const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
    for (const space of SPACES) {
      const box = (await app.marker(space.address).boundingBox())!;
      const { dx, dy } = offsetFromCentre(space, view);
      expect
        .soft(Math.abs(box.x + box.width / 2 - (centre.x + dx)), `${space.address} x`)
        .toBeLessThan(2);
      expect
        .soft(Math.abs(box.y + box.height / 2 - (centre.y + dy)), `${space.address} y`)
        .toBeLessThan(2);
    }
  });

  test('names each marker by its address and area, and numbers it by area', async ({ app }) => {
    await app.open();
    for (const space of SPACES) {
      const marker = app.map.getByRole('button', {
        name: `${space.address}, ${AREA_ONE[space.area]}`,
        exact: true,
      });
      await expect(marker).toBeVisible();
      await expect(marker.locator('.area-glyph')).toHaveText(String(space.area));
    }
  });

  test('keeps the basemap attribution visible', async ({ app }) => {
    await app.open();
    await expect(app.mapAttribution()).toContainText('OpenStreetMap');
    await expect(app.mapAttribution()).toBeVisible();
  });

  test('opens a space from its marker and marks it in the list', async ({ app }) => {
    await app.open();
    await app.marker('via Palmanova 59').click();
    await expect(app.panel('via Palmanova 59')).toBeVisible();
    await expect(app.listItem('via Palmanova 59')).toHaveAttribute('aria-current', 'true');
    await expect(app.marker('via Palmanova 59')).toHaveAttribute('aria-current', 'true');
  });

  test('moves the map to a space chosen in the list', async ({ app }) => {
    await app.open('?map=11/45.47/9.17');
    await app.listItem('via Fratelli Zoia 105').click();
    await expect(app.panel('via Fratelli Zoia 105')).toBeVisible();
    await expect
      .poll(async () => (await app.viewInUrl())?.zoom ?? 0, {
        message: 'the map zooms in on the space',
      })
      .toBeGreaterThanOrEqual(15);
    // The space is in view, clear of the panel.
    const marker = (await app.marker('via Fratelli Zoia 105').boundingBox())!;
    const panel = (await app.panel('via Fratelli Zoia 105').boundingBox())!;
    const map = (await app.map.boundingBox())!;
    expect(marker.x).toBeGreaterThan(map.x);
    expect(marker.x + marker.width).toBeLessThan(panel.x);
  });

  for (const reducedMotion of [false, true]) {
    test(`${reducedMotion ? 'jumps' : 'flies'} to a space chosen in the list when motion is ${
      reducedMotion ? 'reduced' : 'welcome'
    }`, async ({ app }) => {
      await app.open('?map=11/45.47/9.17', { reducedMotion });
      // Click, then note the marker's place at every frame for a while.
      const start = (await app.marker('via Palmanova 59').boundingBox())!.x;
      const frames = await app.markerPathWhileChoosing('via Palmanova 59');
      await app.mapIsIdle();
      const arrived = (await app.marker('via Palmanova 59').boundingBox())!.x;
      const inBetween = frames.filter((x) => Math.abs(x - start) > 2 && Math.abs(x - arrived) > 2);
      expect(Math.abs(arrived - start)).toBeGreaterThan(100);
      if (reducedMotion) expect(inBetween).toEqual([]);
      else expect(inBetween.length).toBeGreaterThanOrEqual(2);
    });
  }

  test('shows all nine spaces at first, and an open space clear of its panel (screenshots)', async ({
    app,
  }) => {
    await app.open();
    for (const space of SPACES) await expect(app.marker(space.address)).toBeInViewport();
    await app.screenshot('main');
    await app.listItem('via Alex Visconti 24 A-F').click();
    await app.mapIsIdle();
    const marker = (await app.marker('via Alex Visconti 24 A-F').boundingBox())!;
    const panel = (await app.panel('via Alex Visconti 24 A-F').boundingBox())!;
    const map = (await app.map.boundingBox())!;
    expect(marker.x).toBeGreaterThan(map.x);
    expect(marker.x + marker.width).toBeLessThan(panel.x);
    await app.screenshot('panel');
  });
});
