import { expect, test, type AppDriver } from './driver.ts';

/** The Arabic names the journeys below use. */
const AR = {
  skipToList: 'الانتقال إلى قائمة الأماكن',
};

async function keyboardJourney(
  app: AppDriver,
  skipLinkName: string,
  filter: RegExp,
  address: string,
) {
  const { page } = app;
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: skipLinkName })).toBeFocused();
  await page.keyboard.press('Enter');
  // From the list, back up to the filters with Shift+Tab and untick an area with Space.
  const checkbox = page.getByRole('checkbox', { name: filter });
  for (
    let i = 0;
    i < 40 && !(await checkbox.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(checkbox).toBeFocused();
  await page.keyboard.press('Space');
  await expect(checkbox).not.toBeChecked();
  await expect(app.markers()).toHaveCount(6);
  const item = app.listItem(address);
  await app.tabTo(item);
  await page.keyboard.press('Enter');
  const panel = app.panel(address);
  await expect(panel.getByRole('heading', { level: 1 })).toBeFocused();
  await app.tabTo(panel.getByRole('link').last());
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(item).toBeFocused();
}

test.describe('languages', () => {
  for (const [lang, heading, html] of [
    ['es', 'Los espacios', 'es'],
    ['fr', 'Les espaces', 'fr'],
    ['ar', 'الأماكن', 'ar'],
    ['zh', '空间列表', 'zh-Hans'],
  ] as const) {
    test(`the whole interface speaks ${lang}`, async ({ app, page }) => {
      await app.open(`?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', html);
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
      // Street names and addresses stay as they are.
      await expect(app.listItem('viale Omero 15')).toBeVisible();
      await app.listItem('viale Omero 15').click();
      await expect(app.panel('viale Omero 15')).toBeVisible();
      // Italian names inside another language are marked so that screen readers say them right.
      await expect(app.panel('viale Omero 15').getByRole('heading', { level: 1 })).toHaveAttribute(
        'lang',
        'it',
      );
      await expect(
        app.panel('viale Omero 15').locator('[lang="it"]', { hasText: 'Comune di Milano' }),
      ).toBeVisible();
      await app.expectNoAxeViolations();
    });
  }

  test('the browser’s language is used when the link names none', async ({ browser }) => {
    const context = await browser.newContext({
      locale: 'fr-FR',
      viewport: { width: 1280, height: 800 },
    });
    const { AppDriver } = await import('./driver.ts');
    const app = new AppDriver(await context.newPage(), test.info());
    await app.open();
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(
      app.page.getByRole('heading', { name: 'Trouver l’espace le plus proche' }),
    ).toBeVisible();
    await context.close();
  });

  test('the switch names each language in itself', async ({ app, page }) => {
    await app.open();
    const options = page.getByRole('combobox', { name: 'Lingua' }).getByRole('option');
    await expect(options).toHaveText([
      'Italiano',
      'English',
      'Español',
      'Français',
      'العربية',
      '中文',
    ]);
  });

  test('Arabic lays the interface out right to left, with the map still readable', async ({
    app,
    page,
  }) => {
    await app.open('?lang=ar&space=omero-15');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const sidebar = (await app.sidebar().boundingBox())!;
    const map = (await app.map.boundingBox())!;
    const panel = (await app.panel('viale Omero 15').boundingBox())!;
    expect(sidebar.x).toBeGreaterThan(map.x);
    expect(panel.x).toBeLessThan(map.x + map.width / 2);
    // The zoom buttons move to the side the panel leaves free.
    const zoom = (await page.getByRole('button', { name: 'تكبير' }).boundingBox())!;
    expect(zoom.x).toBeGreaterThan(map.x + map.width / 2);
    await expect(app.marker('viale Omero 15')).toBeInViewport();
    await app.screenshot('rtl-arabic');
    await app.expectNoAxeViolations();
  });
});

test.describe('accessibility in every state', () => {
  for (const lang of ['it', 'en', 'ar'] as const) {
    test(`axe finds nothing in ${lang}: list, filters, an open panel, nearest results`, async ({
      app,
    }) => {
      await app.givenLocation(45.44, 9.22, 25);
      await app.open(`?lang=${lang}`);
      await app.expectNoAxeViolations();
      await app.areaCheckboxes().nth(1).uncheck();
      await app.nearestWays().first().click();
      await expect(app.rankedSpaces().first()).toBeVisible();
      await app.listItem('viale Omero 15').click();
      await expect(app.panel('viale Omero 15')).toBeVisible();
      await app.expectNoAxeViolations();
    });
  }

  test('a keyboard-only journey in Italian: skip link, filter, space, panel, close, focus back', async ({
    app,
  }) => {
    await app.open();
    await keyboardJourney(
      app,
      "Vai all'elenco degli spazi",
      /Servizi innovativi/,
      'via Luigi Capuana 7 (piazzetta Capuana)',
    );
  });

  test('a keyboard-only journey in Arabic', async ({ app }) => {
    await app.open('?lang=ar');
    await keyboardJourney(app, AR.skipToList, /خدمات مبتكرة/, 'via Palmanova 59');
  });

  test('the accessibility page is reachable from the footer, clean, and leads back', async ({
    app,
    page,
  }) => {
    await app.open();
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: 'Accessibilità di questa applicazione' })
      .click();
    await expect(
      page.getByRole('main').getByRole('heading', { level: 2, name: 'Accessibilità' }),
    ).toBeFocused();
    await expect(page.getByText(/WCAG 2.1 al livello AA/)).toBeVisible();
    expect(new URL(page.url()).searchParams.get('page')).toBe('accessibility');
    await expect(
      page.getByRole('contentinfo').getByRole('link', { name: 'Dichiarazione di accessibilità' }),
    ).toBeVisible();
    await app.expectNoAxeViolations();
    await page.goBack();
    await expect(app.listItems()).toHaveCount(9);
    await page.goForward();
    await page.getByRole('link', { name: 'Torna alla mappa' }).click();
    await expect(app.listItems()).toHaveCount(9);
  });
});

test.describe('vision', () => {
  test('reflows at 320 CSS px without horizontal scrolling', async ({ app, page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await app.open('?space=visconti-24');
    await expect(app.panel('via Alex Visconti 24 A-F')).toBeVisible();
    // The space opened by the link stays in sight above the sheet.
    await expect(app.marker('via Alex Visconti 24 A-F')).toBeInViewport();
    const marker = (await app.marker('via Alex Visconti 24 A-F').boundingBox())!;
    const sheet = (await app.panel('via Alex Visconti 24 A-F').boundingBox())!;
    expect(marker.y + marker.height).toBeLessThanOrEqual(sheet.y);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await app.screenshot('reflow-320');
  });

  test('at 200% zoom on a 1280 px screen nothing is lost', async ({ app, page }) => {
    // 200 % zoom of 1280x800 lays the page out in 640x400 CSS pixels.
    await page.setViewportSize({ width: 640, height: 400 });
    await app.open();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await app.listItem('viale Faenza 25').click();
    await expect(
      app.panel('viale Faenza 25').getByRole('button', { name: 'Chiudi la scheda' }),
    ).toBeInViewport();
    await expect(app.markers()).toHaveCount(9);
  });

  test('Windows high contrast keeps markers and focus visible', async ({ app, page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await app.open();
    const glyph = app.markerGlyph('viale Omero 15');
    expect(await glyph.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    await app.marker('viale Omero 15').focus();
    const outline = await app
      .marker('viale Omero 15')
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await app.screenshot('forced-colors');
  });

  test('areas stay apart under colour-blindness simulations', async ({ app, page }) => {
    await app.open();
    const markers = ['viale Omero 15', 'viale Faenza 25', 'via Palmanova 59'];
    // Shape and number, not colour alone: each area's glyph has its own shape and digit.
    expect(await Promise.all(markers.map((a) => app.markerShape(a)))).toEqual([
      'circle',
      'square',
      'diamond',
    ]);
    for (const [i, address] of markers.entries())
      await expect(app.markerGlyph(address)).toHaveText(String(i + 1));
    // With the commonest deficiencies the three colours also stay far apart as seen. (Under
    // tritanopia, rare, the blue and the green come within about 45 of 441: shape and number
    // tell them apart, as above.)
    const cdp = await page.context().newCDPSession(page);
    for (const type of ['deuteranopia', 'protanopia'] as const) {
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type });
      const seen = await Promise.all(markers.map((a) => app.glyphColourSeen(a)));
      for (const [a, b] of [
        [0, 1],
        [0, 2],
        [1, 2],
      ] as const) {
        const distance = Math.hypot(...seen[a]!.map((c, k) => c - seen[b]![k]!));
        expect(distance, `${type}: ${markers[a]} and ${markers[b]}`).toBeGreaterThan(60);
      }
      await app.screenshot(`vision-${type}`);
    }
    for (const type of ['tritanopia', 'achromatopsia'] as const) {
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type });
      await app.screenshot(`vision-${type}`);
    }
  });
});

test.describe('on a 360 px phone @phone', () => {
  test('axe finds nothing in Arabic with a panel open', async ({ app }) => {
    await app.open('?lang=ar&space=erlembaldo-2');
    await expect(app.panel("via Sant'Erlembaldo 2")).toBeVisible();
    await app.expectNoAxeViolations();
    await app.screenshot('rtl-arabic');
  });

  test('axe finds nothing in English with the list, filters and a panel', async ({ app }) => {
    await app.open('?lang=en');
    await app.expectNoAxeViolations();
    await app.areaCheckboxes().first().uncheck();
    await app.listItem('viale Faenza 25').scrollIntoViewIfNeeded();
    await app.listItem('viale Faenza 25').tap();
    await expect(app.panel('viale Faenza 25')).toBeVisible();
    await app.expectNoAxeViolations();
  });

  test('the zoom buttons are big enough to touch', async ({ app }) => {
    await app.open();
    for (const name of ['Aumenta lo zoom', 'Riduci lo zoom']) {
      const box = (await app.map.getByRole('button', { name }).boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  });
});
