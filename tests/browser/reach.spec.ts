/**
 * Who each space reaches on foot: the build's figures (public/generated/reach/), as a person reads
 * them in a space's panel, and what the page says when they cannot be had.
 */
import { readFileSync } from 'node:fs';
import type { ReachSummary } from '../../src/reach/reach-format';
import { expect, SPACES, test } from './driver';

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
    await expect(panel.getByRole('link', { name: /Google Maps/ })).toBeVisible();
    await expect(panel).toContainText('Lo spazio del programma più vicino:');
    expect(
      await page.evaluate(() => performance.getEntriesByName('hydration-mismatch').length),
    ).toBe(0);
  });
});
