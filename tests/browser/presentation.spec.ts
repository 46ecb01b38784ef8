import { expect, test, type AppDriver } from './driver.ts';

const STEPS = 15; // opening, 3 areas, 9 spaces, who they reach, closing

async function expectStep(app: AppDriver, n: number, heading: string | RegExp) {
  await expect(app.tourStep()).toContainText(`${n} / ${STEPS}`);
  await expect(app.tourHeading()).toHaveText(heading);
  expect(new URL(app.page.url()).searchParams.get('step')).toBe(String(n));
}

test.describe('presentation mode for public meetings', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a full tour driven by the clicker keys, with the spaces of each step highlighted', async ({
    app,
    page,
  }) => {
    await app.open();
    await page.getByRole('button', { name: 'Modalità presentazione' }).click();
    await expectStep(app, 1, 'Quartieri Connessi');
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await expect(app.mapAttribution()).toBeVisible();
    await expect(app.tourCard()).toContainText('1,354 milioni');
    await app.screenshot('present-720-opening');

    await page.keyboard.press('PageDown');
    await expectStep(app, 2, 'Area 1: Portinerie sociali');
    await expect(app.dimmedMarkers()).toHaveCount(6);
    await expect(app.marker('viale Omero 15')).not.toHaveClass(/dimmed/);
    await app.mapIsIdle();
    const card = (await app.tourCard().boundingBox())!;
    for (const address of [
      'viale Omero 15',
      'via Fratelli Zoia 105',
      'largo Umberto Boccioni 10',
    ]) {
      const marker = (await app.marker(address).boundingBox())!;
      expect(marker.x, `${address} is clear of the tour card`).toBeGreaterThan(card.x + card.width);
      await expect(app.marker(address)).toBeInViewport();
    }
    await app.screenshot('present-720-area');

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    await expectStep(app, 4, 'Area 3: Impresa e comunità');
    await page.keyboard.press('PageDown');
    await expectStep(app, 5, 'viale Omero 15');
    await expect(app.tourCard()).toContainText('Il Comune cerca un ente del Terzo settore');
    // An audience asks how to get there.
    await expect(app.tourCard()).toContainText(
      'Come arrivareMetro M3 Porto di Mare (9 min) · Linee di superficie: 77, 84, 93, 95',
    );
    await expect(app.dimmedMarkers()).toHaveCount(8);
    await app.mapIsIdle();
    await expect(app.marker('viale Omero 15')).toBeInViewport();
    await app.screenshot('present-720-space');

    for (let n = 6; n <= STEPS; n++) await page.keyboard.press('PageDown');
    await expectStep(app, STEPS, 'Tutti gli spazi, sul tuo telefono');
    await expect(page.getByRole('img', { name: 'Codice QR del link' })).toBeVisible();
    await page.keyboard.press('PageDown');
    await expectStep(app, STEPS, 'Tutti gli spazi, sul tuo telefono');
    await app.screenshot('present-720-closing');

    await page.keyboard.press('PageUp');
    await expectStep(app, STEPS - 1, 'Chi raggiunge il programma');
    await page.keyboard.press('PageUp');
    await expectStep(app, STEPS - 2, 'via Palmanova 59');
    await page.keyboard.press('Home');
    await expectStep(app, 1, 'Quartieri Connessi');
    await page.keyboard.press('End');
    await expectStep(app, STEPS, 'Tutti gli spazi, sul tuo telefono');
    await app.expectNoAxeViolations();

    await page.keyboard.press('Escape');
    await expect(app.tourCard()).toHaveCount(0);
    await expect(page.getByRole('banner')).toBeVisible();
    expect(new URL(page.url()).searchParams.get('present')).toBeNull();
  });

  test('starts at step=5 from the link, and a reload keeps the place', async ({ app, page }) => {
    await app.open('?present=1&step=5');
    await expectStep(app, 5, 'viale Omero 15');
    await page.keyboard.press('PageDown');
    await expectStep(app, 6, 'via Fratelli Zoia 105');
    await page.reload();
    await app.mapIsIdle();
    await expectStep(app, 6, 'via Fratelli Zoia 105');
    await expect(app.marker('via Fratelli Zoia 105')).toBeInViewport();
  });

  test('is readable on a 1920x1080 projector, and clean for axe', async ({ app, page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.open('?present=1&step=3');
    await expectStep(app, 3, 'Area 2: Servizi innovativi e animazione');
    const size = await app.tourLead().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(30);
    await app.expectNoAxeViolations();
    await app.screenshot('present-1080-area');
    await page.keyboard.press('End');
    await app.screenshot('present-1080-closing');
  });

  test('the closing QR code opens the map, not the presentation', async ({ app, page }) => {
    await app.open(`?present=1&step=${STEPS}&lang=en`);
    await expectStep(app, STEPS, 'All the spaces, on your phone');
    const decoded = await app.decodeQr(page.getByRole('img', { name: 'QR code of the link' }));
    expect(decoded).toBe('http://127.0.0.1:4173/en/');
  });

  test('a tour opened from a link leaves the focus alone; a step the person moves to takes it', async ({
    app,
    page,
  }) => {
    await app.open('?present=1&step=3');
    await expectStep(app, 3, 'Area 2: Servizi innovativi e animazione');
    await expect(app.tourHeading()).not.toBeFocused();
    await expect(page.locator('body')).toBeFocused();
    await page.keyboard.press('PageDown');
    await expectStep(app, 4, 'Area 3: Impresa e comunità');
    await expect(app.tourHeading()).toBeFocused();
  });

  test('a step beyond the tour is reported like any other bad step, and the tour starts', async ({
    app,
  }) => {
    await app.open('?present=1&step=99');
    await expectStep(app, 1, 'Quartieri Connessi');
    // Notices wait while the tour fills the screen, as they do for `step=x`.
    await app.page.keyboard.press('Escape');
    await expect(app.page.getByText('«step=99»')).toBeVisible();
  });
});

test.describe('every step fits its screen, with its spaces clear of the card', () => {
  // Jumps instead of flights: each step's framing is final at once.
  test.use({ reducedMotion: 'reduce' });

  /**
   * The step's card shows all its text without scrolling, and every marker the step puts forward
   * (all nine on the first and last) lies on the screen, clear of the tour's column.
   */
  async function expectStepFits(app: AppDriver, n: number, how: string) {
    await expect(app.tourStep()).toContainText(`${n} / ${STEPS}`);
    await app.mapIsIdle();
    const card = app.page.locator('.presentation__card');
    const overflow = await card.evaluate((el) => el.scrollHeight - el.clientHeight);
    expect.soft(overflow, `step ${n} (${how}) needs no scrolling`).toBeLessThanOrEqual(1);
    // Where the step's markers lie once the map has answered the step (its camera request is
    // handled as the step is drawn; on a busy machine the map may report idle a moment before).
    const misplaced = () =>
      // Read in one go in the page (one round trip, not a few per marker).
      app.page.evaluate(
        ({ n, how }) => {
          const column = document.querySelector('.presentation')!.getBoundingClientRect();
          const shown = document.querySelectorAll(
            'section#map .space-marker:not(.space-marker--dimmed)',
          );
          if (shown.length === 0) return ['no marker shown'];
          const wrong: string[] = [];
          for (const marker of shown) {
            const box = marker.getBoundingClientRect();
            const name = `step ${n} (${how}): ${marker.getAttribute('data-space')}`;
            const apart =
              box.right <= column.left ||
              box.left >= column.right ||
              box.bottom <= column.top ||
              box.top >= column.bottom;
            if (!apart) wrong.push(`${name} under the card`);
            if (box.right > window.innerWidth || box.bottom > window.innerHeight)
              wrong.push(`${name} off the screen`);
          }
          return wrong;
        },
        { n, how },
      );
    await expect.poll(misplaced, { message: `step ${n} (${how}): its markers` }).toEqual([]);
  }

  for (const [width, height] of [
    [1024, 768],
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`at ${width} x ${height}, each step reached with the keys`, async ({ app, page }) => {
      // Fifteen steps, each waiting for the map to settle: on a busy machine, more than a minute.
      test.slow();
      await page.setViewportSize({ width, height });
      await app.open('?present=1');
      for (let n = 1; n <= STEPS; n++) {
        if (n > 1) await page.keyboard.press('PageDown');
        await expectStepFits(app, n, 'keys');
      }
      await app.screenshot(`present-${height}-keys-closing`);
    });

    test(`at ${width} x ${height}, steps opened from a link`, async ({ app, page }) => {
      test.slow();
      await page.setViewportSize({ width, height });
      for (const n of [1, 2, 5, STEPS]) {
        await app.open(`?present=1&step=${n}`);
        await expectStepFits(app, n, 'link');
        if (n === 1) await app.screenshot(`present-${height}-opening`);
      }
      await app.expectNoAxeViolations();
    });
  }
});
