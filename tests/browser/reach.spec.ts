/**
 * Who each space reaches on foot: the build's figures (public/generated/reach/), as a person reads
 * them in a space's panel, and what the page says when they cannot be had.
 */
import { readFileSync } from 'node:fs';
import type { ReachSummary } from '../../src/reach/reach-format.ts';
import { expect, SPACES, test, type AppDriver } from './driver.ts';

/** The figures the build served (the unit tests check them against a loop over the register). */
const built = (): ReachSummary =>
  JSON.parse(readFileSync('dist/generated/reach/summary.json', 'utf8')) as ReachSummary;

test.describe('who a space reaches on foot', () => {
  test('its page shows its figures in English, with what they are, and leads to the nearest other space', async ({
    app,
    page,
  }) => {
    await app.open('en/spaces/boccioni-10/', { waitForMap: false });
    await page.waitForFunction(() => performance.getEntriesByName('spaces-ready').length > 0);
    const panel = app.panel('largo Umberto Boccioni 10');
    const table = panel.getByRole('table', { name: /house numbers within an estimated walk/i });
    const boccioni = built().spaces.find((s) => s.id === 'boccioni-10')!;
    const figures = await table.getByRole('row').allInnerTexts();
    expect(figures.slice(1).map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
      `within 5 minutes ${boccioni.within[0]} ${boccioni.nearest[0]}`,
      `within 10 minutes ${boccioni.within[1]} ${boccioni.nearest[1]}`,
      `within 15 minutes ${boccioni.within[2]} ${boccioni.nearest[2]}`,
    ]);
    await expect(panel).toContainText(/house numbers, that is building entrances .* not people/);
    await expect(panel).toContainText('Quarto Oggiaro - Vialba - Musocco');
    // The page was taken over as the build wrote it.
    expect(
      await page.evaluate(() => performance.getEntriesByName('hydration-mismatch').length),
    ).toBe(0);
    await app.expectNoAxeViolations();

    const capuana = SPACES.find((s) => s.id === 'capuana-7')!;
    await panel.getByRole('link', { name: capuana.address }).click();
    await expect(app.panel(capuana.address)).toBeVisible();
    await expect(app.panel(capuana.address)).toContainText("The programme's nearest space:");
    await app.screenshot('reach-panel', { fullPage: true });
  });

  test('a broken figures file: the panel says they are not available, the rest of it works', async ({
    app,
    page,
  }) => {
    await page.route(/\/generated\/reach\/summary\.json$/, (route) =>
      route.fulfill({ body: '{"version": "broken', contentType: 'application/json' }),
    );
    await app.open('spazi/omero-15/');
    const panel = app.panel('viale Omero 15');
    await expect(panel).toContainText(
      'Le cifre di chi raggiunge lo spazio a piedi non sono disponibili in questo momento.',
    );
    await expect(panel.getByRole('link', { name: /^Indicazioni con Google Maps/ })).toBeVisible();
    await expect(panel).toContainText('Lo spazio del programma più vicino:');
    expect(
      await page.evaluate(() => performance.getEntriesByName('hydration-mismatch').length),
    ).toBe(0);
  });
});

/** A token's colour as the map draws it: at 60 % over the fixture basemap's light ground. */
async function drawnColour(app: AppDriver, token: string): Promise<string> {
  const hex = await app.token(token);
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const ground = [0xf9, 0xf7, 0xf4];
  return `#${[1, 3, 5]
    .map((i, k) => Math.round(0.6 * parseInt(full.slice(i, i + 2), 16) + 0.4 * ground[k]!))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

const THREE_PORTINERIE = ['viale Omero 15', 'via Fratelli Zoia 105', 'largo Umberto Boccioni 10'];
const THREE_IDS = 'omero-15,zoia-105,boccioni-10';

test.describe('"A piedi dagli spazi" on the map', () => {
  test('its data is fetched only when the layer is turned on; it has a legend and follows the area filter', async ({
    app,
    page,
  }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/generated/reach/walk-grid')) asked.push(request.url());
    });
    await app.open();
    expect(asked, 'nothing fetched before the layer is on').toEqual([]);
    const toggle = page.getByRole('checkbox', {
      name: 'Mostra sulla mappa i minuti a piedi dagli spazi mostrati',
    });
    await toggle.check();
    const legend = page.getByRole('region', { name: 'A piedi dallo spazio mostrato più vicino' });
    await expect(legend).toContainText('fino a 5 minuti');
    await expect(legend).toContainText('oltre 15 minuti: senza colore');
    const drawn = (areas: string) => page.locator(`.maplibregl-map[data-walk-layer="${areas}"]`);
    await expect(drawn('1,2,3')).toHaveCount(1);
    expect(asked).toHaveLength(1);
    expect(new URL(page.url()).searchParams.get('walk')).toBe('1');

    const fifteen = await drawnColour(app, 'walk-15');
    const allAreas = await app.mapPixels(fifteen);
    expect(allAreas, 'squares 11-15 minutes away drawn').toBeGreaterThan(300);
    await app.screenshot('walk-layer');
    await app.expectNoAxeViolations();

    // Without the portinerie, the squares around them are no longer within 15 minutes.
    await app.filter(/Portinerie sociali/).uncheck();
    await expect(drawn('2,3')).toHaveCount(1);
    await expect.poll(() => app.mapPixels(fifteen)).toBeLessThan(allAreas * 0.85);
    expect(asked, 'fetched once').toHaveLength(1);

    await toggle.uncheck();
    await expect(legend).toHaveCount(0);
    await expect(page.locator('.maplibregl-map[data-walk-layer]')).toHaveCount(0);
    await expect.poll(() => app.mapPixels(fifteen)).toBeLessThan(allAreas * 0.05);
    expect(new URL(page.url()).searchParams.get('walk')).toBeNull();
  });

  test('a broken layer file: the legend says so, and the map, the list and the table still work', async ({
    app,
    page,
  }) => {
    await page.route(/\/generated\/reach\/walk-grid\.json$/, (route) =>
      route.fulfill({ body: '[1, 2,', contentType: 'application/json' }),
    );
    await app.open('?walk=1');
    await expect(
      page.getByRole('region', { name: 'A piedi dallo spazio mostrato più vicino' }),
    ).toContainText('Lo strato non è disponibile in questo momento');
    await expect(app.markers()).toHaveCount(9);
    await expect(app.listItems()).toHaveCount(9);
    await page.getByRole('link', { name: /Tabella dei quartieri/ }).click();
    await expect(page.getByRole('table', { name: /88 quartieri/ })).toBeVisible();
  });
});

test.describe('the neighbourhoods’ table', () => {
  test('opened, sorted and read with the keyboard alone, and downloaded with the same figures', async ({
    app,
    page,
  }) => {
    await app.open('', { waitForMap: false });
    await page.waitForFunction(() => performance.getEntriesByName('spaces-ready').length > 0);
    const link = page.getByRole('link', {
      name: 'Tabella dei quartieri: chi raggiunge il programma',
    });
    await app.tabTo(link, 150);
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Chi raggiunge il programma' }),
    ).toBeFocused();
    expect(new URL(page.url()).searchParams.get('page')).toBe('coverage');
    const table = page.getByRole('table', { name: /88 quartieri \(NIL\)/ });
    await expect(table.getByRole('row')).toHaveCount(89);
    await expect(table.getByRole('row').nth(1).getByRole('rowheader')).toContainText('Adriano');

    const column = 'Entro 15 min da uno spazio';
    await app.tabTo(table.getByRole('button', { name: column }), 60);
    await page.keyboard.press('Enter');
    await expect(table.getByRole('columnheader', { name: column })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(page.getByTestId('announcer')).toHaveText(
      `Tabella ordinata per «${column}», in ordine decrescente.`,
    );
    const cagnino = built().neighbourhoods.find((n) => n.name === 'Quarto Cagnino')!;
    const first = table.getByRole('row').nth(1);
    await expect(first.getByRole('rowheader')).toContainText('Quarto Cagnino');
    await expect(first).toContainText(String(cagnino.any));
    await page.keyboard.press('Enter');
    await expect(table.getByRole('columnheader', { name: column })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await app.expectNoAxeViolations();
    await app.screenshot('coverage-table', { fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scarica CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('quartieri-connessi-a-piedi-per-quartiere.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(`${cagnino.id},Quarto Cagnino,${cagnino.numbers},${cagnino.portineria},`);
    // The register's attribution and the licence, next to the buttons.
    await expect(page.getByText(/Numeri civici - coordinate \(DS634\).*CC BY 4\.0/)).toBeVisible();
  });
});

test.describe('sites side by side', () => {
  test('the three portinerie, put side by side from the list, reopened from the link in English, printed on one A4 page', async ({
    app,
    page,
  }) => {
    await app.open('', { waitForMap: false });
    await page.waitForFunction(() => performance.getEntriesByName('spaces-ready').length > 0);
    const list = page.locator('#space-list');
    for (const address of THREE_PORTINERIE)
      await list.getByRole('button', { name: `Confronta ${address}` }).click();
    await expect(list.getByRole('button', { name: 'Confronta viale Omero 15' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // A fourth is refused, and the page says why.
    await list.getByRole('button', { name: 'Confronta viale Faenza 25' }).click();
    await expect(page.getByText('Il confronto ha già 3 spazi')).toBeVisible();
    await expect(list.getByRole('button', { name: 'Confronta viale Faenza 25' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    await page.getByRole('link', { name: 'Il confronto (3 spazi)' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Confronto degli spazi' }),
    ).toBeFocused();
    const link = new URL(page.url());
    expect(link.searchParams.get('compare')).toBe(THREE_IDS);
    expect(link.searchParams.get('page')).toBe('compare');
    for (const address of THREE_PORTINERIE)
      await expect(page.getByRole('columnheader', { name: address })).toBeVisible();
    const figures = built().spaces;
    const within = (id: string) => figures.find((f) => f.id === id)!.within[2];
    const row = page.getByRole('row', { name: /^Numeri civici entro 15 minuti a piedi/ });
    await expect(row).toContainText(
      ['omero-15', 'zoia-105', 'boccioni-10'].map((id) => `${within(id)} numeri civici`).join(''),
    );
    await expect(
      page.getByRole('row', { name: /^Lo spazio del programma più vicino/ }),
    ).toContainText('viale Faenza 25');
    const gettingThere = page.getByRole('row', { name: /^Come arrivare/ });
    await expect(gettingThere).toContainText('M3 Porto di Mare, circa 9 minuti a piedi');
    await expect(gettingThere).toContainText(
      'Nessuna stazione della metropolitana entro 15 minuti',
    );
    await expect(gettingThere).toContainText(
      'Linee ATM di superficie entro 5 minuti a piedi: 49, 78',
    );
    await app.expectNoAxeViolations();

    // The link, in English, opens the same comparison.
    await page.goto(`/?page=compare&compare=${THREE_IDS}&lang=en`);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Spaces side by side' }),
    ).toBeVisible();
    await expect(
      page.getByRole('row', { name: /^House numbers within 15 minutes on foot/ }),
    ).toContainText(`${within('zoia-105')} house numbers`);

    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void (w.printed += 1);
    });
    await page.getByRole('button', { name: 'Print the comparison' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    for (const address of THREE_PORTINERIE)
      await expect(page.getByRole('columnheader', { name: address })).toBeVisible();
    await app.screenshot('compare-print', { fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
  });

  test('on a 360 px phone, one site per screen, stepped or swiped @phone', async ({
    app,
    page,
  }) => {
    await app.open(`?page=compare&compare=${THREE_IDS}`, { waitForMap: false });
    const header = (address: string) => page.getByRole('columnheader', { name: address });
    await expect(header('viale Omero 15')).toBeVisible();
    await expect(header('via Fratelli Zoia 105')).toBeHidden();
    await expect(page.getByText('Spazio 1 di 3')).toBeVisible();
    await page.getByRole('button', { name: 'Spazio successivo' }).tap();
    await expect(header('via Fratelli Zoia 105')).toBeVisible();
    await expect(header('viale Omero 15')).toBeHidden();
    // A swipe towards the start of the line goes on.
    await page.locator('.compare-page__frame').evaluate((frame) => {
      const touch = (x: number) =>
        new Touch({ identifier: 1, target: frame, clientX: x, clientY: 300 });
      frame.dispatchEvent(
        new TouchEvent('touchstart', {
          touches: [touch(300)],
          changedTouches: [touch(300)],
          bubbles: true,
        }),
      );
      frame.dispatchEvent(
        new TouchEvent('touchend', { touches: [], changedTouches: [touch(80)], bubbles: true }),
      );
    });
    await expect(header('largo Umberto Boccioni 10')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Spazio successivo' })).toBeDisabled();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await app.expectNoAxeViolations();
    await app.screenshot('compare', { fullPage: true });
  });
});

test.describe('the presentation', () => {
  test('its step "Chi raggiunge il programma" shows the layer, the city’s figures and each area’s sites', async ({
    app,
    page,
  }) => {
    await app.open('?present=1&step=14');
    await expect(app.tourHeading()).toHaveText('Chi raggiunge il programma');
    const { city, spaces } = built();
    const share = new Intl.NumberFormat('it', {
      style: 'percent',
      maximumFractionDigits: 0,
    }).format(city.any / city.numbers);
    await expect(app.tourLead()).toContainText(`da uno spazio del programma: ${share}`);
    const omero = spaces.find((s) => s.id === 'omero-15')!;
    await expect(app.tourCard().getByRole('row', { name: /viale Omero 15/ })).toContainText(
      String(omero.within[2]),
    );
    await expect(page.locator('.maplibregl-map[data-walk-layer="1,2,3"]')).toHaveCount(1);
    await expect(
      page.getByRole('region', { name: 'A piedi dallo spazio mostrato più vicino' }),
    ).toBeVisible();
    await app.expectNoAxeViolations();
    await app.screenshot('present-reach');
    await page.keyboard.press('PageDown');
    await expect(app.tourHeading()).toHaveText('Tutti gli spazi, sul tuo telefono');
    await expect(page.locator('.maplibregl-map[data-walk-layer]')).toHaveCount(0);
  });
});
