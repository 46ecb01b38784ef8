/**
 * When the spaces open: with the fixture where every fact is filled in (clearly fictitious), the
 * panel, list, "aperti ora", print sheet, presentation and download show them, in Milan's time,
 * in six languages; with the real data nothing is invented and the hours library never loads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, COMPLETE_SPACES } from './driver.ts';

// Tuesday 1 December 2026, 17:59 in Milan: a minute before viale Omero 15 closes.
const BEFORE_CLOSING = '2026-12-01T16:59:00Z';

const OPEN_UNTIL: Record<string, RegExp> = {
  it: /Aperto ora, fino alle 18:00/,
  en: /Open now, until 18:00/,
  es: /Abierto ahora, hasta las 18:00/,
  fr: /Ouvert maintenant, jusqu’à 18:00/,
  ar: /مفتوح الآن، حتى (18:00|١٨:٠٠)/,
  zh: /正在开放，至18:00/,
};

test.describe('a space whose facts are all known', () => {
  test('the panel shows hours, operator, access, services, contacts, photo and checked date', async ({
    app,
    page,
  }) => {
    await app.open('?space=omero-15', {
      spaces: COMPLETE_SPACES,
      at: BEFORE_CLOSING,
      photos: 'fixture',
    });
    const panel = app.panel('viale Omero 15');
    await expect(panel).toContainText(OPEN_UNTIL.it!);
    const week = panel.getByRole('table', { name: 'Orari dei prossimi sette giorni' });
    await expect(week.getByRole('row')).toHaveCount(7);
    await expect(week.getByRole('row').first()).toHaveText(
      /martedì 1 dicembre\s*9:00–12:30, 14:00–18:00/,
    );
    await expect(panel).toContainText('Associazione di prova 1 (ente fittizio)');
    await expect(panel).toContainText('Gestisce lo spazio dal 15 settembre 2026');
    await expect(panel).toContainText('Ingresso senza gradini: sì');
    await expect(panel).toContainText('Bagno accessibile: sì');
    await expect(
      panel.getByRole('listitem').filter({ hasText: 'Sportello di prova' }),
    ).toBeVisible();
    await expect(panel.getByRole('link', { name: '+39 02 0000 0001' })).toHaveAttribute(
      'href',
      'tel:+390200000001',
    );
    await expect(panel).toContainText('Dal 15 settembre 2026.');
    await expect(panel).toContainText('Dati verificati il 20 novembre 2026.');
    const photo = panel.getByRole('img', { name: /Foto di prova/ });
    await expect(photo).toBeVisible();
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(
      480,
    );
    await expect(panel).toContainText('Foto: Autore di prova, CC0 1.0');

    await panel.getByText('Storia dello stato').click();
    await expect(panel.getByRole('listitem').filter({ hasText: '16 dicembre 2020' })).toBeVisible();
    await app.screenshot('space-facts-panel');
    await app.expectNoAxeViolations();
    await page.evaluate(() => document.querySelector('.space-panel')?.scrollTo(0, 10_000));
    await app.screenshot('space-facts-panel-end');
  });

  test('in Arabic, right to left, on a phone @phone', async ({ app, page }) => {
    await app.open('?space=omero-15&lang=ar', {
      spaces: COMPLETE_SPACES,
      at: BEFORE_CLOSING,
      photos: 'fixture',
    });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const panel = page.getByRole('region', { name: 'viale Omero 15', exact: true });
    await expect(panel).toContainText(OPEN_UNTIL.ar!);
    await expect(panel).toContainText('مدخل بلا درجات: نعم');
    await expect(
      panel.getByText('المدخل من الفناء، الباب الثاني (ملاحظة تجريبية).'),
    ).toHaveAttribute('lang', 'ar');
    // The table's day column is on the right, as Arabic reads.
    const row = panel.getByRole('row').first();
    const day = (await row.getByRole('rowheader').boundingBox())!;
    const hours = (await row.getByRole('cell').boundingBox())!;
    expect(day.x).toBeGreaterThan(hours.x);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await app.screenshot('space-facts-arabic');
    await panel.locator('.hours-week').scrollIntoViewIfNeeded();
    await app.screenshot('space-facts-arabic-hours');
    await app.expectNoAxeViolations();
  });

  for (const lang of ['it', 'en', 'es', 'fr', 'ar', 'zh']) {
    test(`says open now until closing time in ${lang}`, async ({ app, page }) => {
      await app.open(`?space=omero-15&lang=${lang}`, {
        spaces: COMPLETE_SPACES,
        at: BEFORE_CLOSING,
        waitForMap: false,
      });
      await expect(page.locator('.space-panel')).toContainText(OPEN_UNTIL[lang]!);
      await expect(page.locator('.space-panel .hours-week tr')).toHaveCount(7);
      await app.expectNoAxeViolations();
    });
  }
});

test.describe('Milan time on a device set elsewhere', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('the hours are worked out in Milan, where it is 17:59, not 11:59', async ({ app }) => {
    await app.open('?space=omero-15', {
      spaces: COMPLETE_SPACES,
      at: BEFORE_CLOSING,
      waitForMap: false,
    });
    await expect(app.panel('viale Omero 15')).toContainText(OPEN_UNTIL.it!);
  });
});

test.describe('aperti ora', () => {
  test('lists and maps only the spaces open now, and says how many', async ({ app, page }) => {
    // Tuesday, 15:30 in Milan: six of the nine are open.
    await app.open('', { spaces: COMPLETE_SPACES, at: '2026-12-01T14:30:00Z' });
    await expect(app.listItem('via Fratelli Zoia 105')).toHaveAccessibleDescription(
      /Chiuso ora, apre domani alle 15:00/,
    );
    const filter = app.filter(/^Solo gli spazi aperti ora \(6\)$/);
    await filter.focus();
    await page.keyboard.press('Space');
    await expect(filter).toBeChecked();
    await expect(app.listItems()).toHaveCount(6);
    await expect(app.markers()).toHaveCount(6);
    await expect(app.marker('via Fratelli Zoia 105')).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: '6 spazi mostrati su 9' }),
    ).toBeAttached();
    await app.screenshot('open-now');
    await app.expectNoAxeViolations();
    await filter.click();
    await expect(app.listItems()).toHaveCount(9);
  });

  test('on a public holiday none is open, and the filter says so @phone', async ({ app, page }) => {
    await app.open('', { spaces: COMPLETE_SPACES, at: '2026-12-08T10:00:00Z', waitForMap: false });
    // Tuesday 8 December, 11:00: every space but one is closed for the holiday ("PH off"), and
    // via Luigi Capuana 7 (no "PH off") does not open on Tuesdays.
    const filter = app.filter(/^Solo gli spazi aperti ora \(0\)$/);
    await filter.check();
    await expect(app.listItems()).toHaveCount(0);
    await expect(page.locator('.space-list__empty')).toHaveText(
      /^Nessuno spazio di queste aree è aperto ora/,
    );
    await app.screenshot('open-now-holiday');
  });

  test('with the real data there is no filter, no hours line, and the library is never fetched', async ({
    app,
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('opening-hours')) fetched.push(r.url());
    });
    await app.open('?space=omero-15');
    await expect(app.panel('viale Omero 15')).toContainText('Orari di apertura');
    await expect(page.getByRole('checkbox', { name: /aperti ora/ })).toHaveCount(0);
    await expect(page.getByText(/Aperto ora|Chiuso ora/)).toHaveCount(0);
    await expect(
      page.getByText("La data dell'ultima verifica di questi dati non è nota."),
    ).toBeVisible();
    expect(fetched).toEqual([]);
  });
});

test.describe('when the hours cannot be worked out', () => {
  test('the library does not arrive: the hours are shown as written, the rest works', async ({
    app,
    page,
  }) => {
    await page.route(/\/assets\/opening-hours-[^/]*\.js$/, (route) => route.abort());
    await app.open('?space=omero-15', { spaces: COMPLETE_SPACES, at: BEFORE_CLOSING });
    const panel = app.panel('viale Omero 15');
    await expect(panel).toContainText('Gli orari non si sono potuti caricare');
    await expect(
      panel.getByText('Mo-Fr 09:00-12:30,14:00-18:00; Sa 10:00-13:00; PH off'),
    ).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /aperti ora/ })).toHaveCount(0);
    await app.when.chooseInList('viale Faenza 25');
    await expect(app.panel('viale Faenza 25')).toBeVisible();
    await app.expectNoAxeViolations();
  });

  test('a value the library cannot read is shown as written, with what it means', async ({
    app,
  }) => {
    const broken = JSON.parse(COMPLETE_SPACES);
    broken.features[0].properties.opening_hours = 'dalle 9 alle 18';
    await app.open('?space=omero-15', {
      spaces: JSON.stringify(broken),
      at: BEFORE_CLOSING,
      waitForMap: false,
    });
    const panel = app.panel('viale Omero 15');
    await expect(panel).toContainText(
      "Gli orari sono scritti in una forma che l'app non sa leggere",
    );
    await expect(panel.getByText('dalle 9 alle 18')).toBeVisible();
    // The others' hours still work.
    await expect(app.listItem('viale Faenza 25')).toHaveAccessibleDescription(/Aperto ora/);
  });
});

test.describe('the print sheet, the presentation and the download', () => {
  test('the print sheet carries every fact and stays on one A4 page', async ({ app, page }) => {
    await app.open('?space=omero-15', {
      spaces: COMPLETE_SPACES,
      at: BEFORE_CLOSING,
      photos: 'fixture',
    });
    await app.when.print('space');
    await app.then.printed();
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.print-sheet');
    await expect(sheet).toContainText(OPEN_UNTIL.it!);
    for (const text of [
      'Associazione di prova 1 (ente fittizio)',
      'Ingresso senza gradini: sì',
      'Sportello di prova',
      '+39 02 0000 0001',
      'Dati verificati il 20 novembre 2026.',
      'Foto: Autore di prova, CC0 1.0',
    ])
      await expect(sheet).toContainText(text);
    // A4's printable width (186 mm at 96 px per inch), to see the sheet as it is laid out on paper.
    await page.setViewportSize({ width: 703, height: 1032 });
    await app.screenshot('space-facts-print', { fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync('screenshots/space-facts-print.pdf', pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
  });

  test('the presentation shows the operator, hours and access of each space', async ({
    app,
    page,
  }) => {
    await app.open('?present=1&step=5', { spaces: COMPLETE_SPACES, at: BEFORE_CLOSING });
    const card = page.locator('.presentation__card');
    await expect(card.getByRole('heading', { name: 'viale Omero 15' })).toBeVisible();
    await expect(card).toContainText('Associazione di prova 1 (ente fittizio)');
    await expect(card).toContainText(OPEN_UNTIL.it!);
    await expect(card).toContainText('Ingresso senza gradinisì');
    await expect(card).toContainText('Dati verificati il 20 novembre 2026.');
    await app.screenshot('space-facts-presentation');
    await app.expectNoAxeViolations();
    // It fits the card, on a laptop as on an older projector: nothing to scroll to.
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1024, height: 768 },
    ]) {
      await page.setViewportSize(size);
      expect(await card.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    }
  });

  test('with the real data the presentation adds nothing that is not known', async ({
    app,
    page,
  }) => {
    await app.open('?present=1&step=5');
    const card = page.locator('.presentation__card');
    await expect(card.getByRole('heading', { name: 'viale Omero 15' })).toBeVisible();
    await expect(card.getByRole('term')).toHaveText([
      'Quartiere',
      'Stato',
      'Avviso collegato',
      'Come arrivare',
    ]);
    await expect(card).toContainText("La data dell'ultima verifica di questi dati non è nota.");
  });

  test('the GeoJSON download carries every new field as the file has it', async ({ app, page }) => {
    // The map idle: the page is the app's, not the prerendered one whose buttons wait for it.
    await app.open('', { spaces: COMPLETE_SPACES });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scarica GeoJSON' }).click(),
    ]);
    const got = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const want = JSON.parse(COMPLETE_SPACES);
    expect(got.features.map((f: { properties: unknown }) => f.properties)).toEqual(
      want.features.map((f: { properties: unknown }) => f.properties),
    );
  });
});
