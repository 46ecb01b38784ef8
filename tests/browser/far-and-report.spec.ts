/**
 * A far answer leads with public transport; every panel offers to report a wrong fact by mail.
 */
import { expect, test } from './driver.ts';

test.describe('the nearest spaces, near and far', () => {
  test('a space past 2.5 km leads with public transport, the walk second; a near one walks', async ({
    app,
  }) => {
    // In Corvetto: viale Omero 15 is 500 m away, the other portinerie about 10 km.
    await app.givenLocation(45.44, 9.22, 25);
    await app.open();
    await app.when.useMyLocation();
    await app.then.nearestIs('viale Omero 15');

    const near = app.rankedSpaces().first();
    await expect(near).toContainText(/circa \d+ minuti a piedi/);
    await expect(near.getByRole('link', { name: /mezzi pubblici/ })).toHaveCount(0);
    await expect(near.getByRole('link').first()).toHaveAttribute('href', /travelmode=walking$/);

    const far = app.rankedSpaces().nth(1);
    await expect(far).toContainText(/\d+,\d km in linea d'aria/);
    const links = far.getByRole('link');
    await expect(links.first()).toHaveText(/^Con i mezzi pubblici \(Google Maps\)/);
    await expect(links.first()).toHaveAccessibleName(
      /^Indicazioni con i mezzi pubblici per (via Fratelli Zoia 105|largo Umberto Boccioni 10) con Google Maps/,
    );
    await expect(links.first()).toHaveAttribute(
      'href',
      /^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=[\d.]+,[\d.]+&travelmode=transit$/,
    );
    // The walk is still there, in second place, with its own directions.
    const walk = far.getByText(/^Oppure circa \d+ minuti a piedi:/);
    await expect(walk).toBeVisible();
    expect((await walk.boundingBox())!.y).toBeGreaterThan((await links.first().boundingBox())!.y);
    await expect(links.nth(1)).toHaveAttribute('href', /travelmode=walking$/);
    // Beside the directions by public transport, the stops they will get off at.
    await expect(far.getByText(/^Le fermate vicine allo spazio:/)).toContainText(
      /Linee ATM di superficie entro 5 minuti a piedi: (49, 78|35, 162, 560);/,
    );
    await expect(links.nth(2)).toHaveAttribute('href', /openstreetmap\.org\/directions/);
    await far.scrollIntoViewIfNeeded();
    await app.screenshot('nearest-far');
    await app.expectNoAxeViolations();
    // Nothing about the position is in the links: they name the destination only.
    for (const href of await app
      .rankedSpaces()
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      expect(href).not.toMatch(/45\.44\b|9\.22\b|origin=/);
  });

  test('on a phone too @phone', async ({ app }) => {
    await app.givenLocation(45.44, 9.22, 25);
    await app.open();
    await app.when.useMyLocation();
    await app.then.nearestIs('viale Omero 15');
    const far = app.rankedSpaces().nth(1);
    await expect(far.getByRole('link').first()).toHaveText(/^Con i mezzi pubblici/);
    await far.scrollIntoViewIfNeeded();
    await app.screenshot('nearest-far');
  });
});

test.describe('reporting a wrong fact', () => {
  test('each panel offers a mail to the programme, naming the space and the data’s version', async ({
    app,
    page,
  }) => {
    await app.open('?space=omero-15&areas=1,2');
    const panel = app.panel('viale Omero 15');
    const report = panel.getByRole('link', { name: "Segnala un'informazione errata" });
    const href = new URL((await report.getAttribute('href'))!);
    expect(href.protocol).toBe('mailto:');
    expect(href.pathname).toBe('quartiericonnessi@comune.milano.it');
    expect(href.searchParams.get('subject')).toBe('Informazione errata: viale Omero 15 (omero-15)');
    const body = href.searchParams.get('body')!;
    expect(body).toContain('Spazio: viale Omero 15 (omero-15)');
    expect(body).toMatch(/Versione dei dati: [0-9a-f]{8}(\r|$)/);
    // The space's plain link in the page's language: no view, no filter, nothing of the screen.
    expect(body).toMatch(/Scheda: http:\/\/127\.0\.0\.1:4173\/spazi\/omero-15\/\r/);
    await expect(panel).toContainText(
      "Nient'altro viene inviato, e nulla parte se non lo invii tu.",
    );
    await report.scrollIntoViewIfNeeded();
    await app.screenshot('report-link');
    await app.expectNoAxeViolations();

    // In every language.
    await page.getByRole('combobox', { name: 'Lingua' }).selectOption('ar');
    await expect(panel.getByRole('link', { name: 'الإبلاغ عن معلومة خاطئة' })).toBeVisible();
  });
});
