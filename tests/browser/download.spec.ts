import { readFileSync } from 'node:fs';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { expect, test } from './driver.ts';

test.describe('an applicant downloads the data', () => {
  test('as GeoJSON that passes the project’s validation, and as CSV with nine rows', async ({
    app,
    page,
  }) => {
    await app.open();
    await expect(page.getByText('Il file contiene tutti i 9 spazi del programma.')).toBeVisible();
    await expect(page.getByText(/Dati: Comune di Milano, licenza CC BY 4.0/)).toBeVisible();

    const [geojson] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scarica GeoJSON' }).click(),
    ]);
    expect(geojson.suggestedFilename()).toBe('quartieri-connessi-spazi.geojson');
    const checked = validateSpacesText(readFileSync((await geojson.path())!, 'utf8'));
    expect(checked.problems).toEqual([]);
    expect(checked.spaces).toHaveLength(9);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scarica CSV', exact: true }).click(),
    ]);
    const lines = readFileSync((await csv.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 9);
    expect(lines[0]).toMatch(/^id,/);

    // For a spreadsheet set to Italian: semicolons, and a column per language.
    const [semicolon] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scarica CSV per Excel in italiano (;)' }).click(),
    ]);
    expect(semicolon.suggestedFilename()).toBe('quartieri-connessi-spazi-punto-e-virgola.csv');
    const header = readFileSync((await semicolon.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!;
    expect(header.split(';')).toContain('access_note_ar');
  });

  test('with the filter applied, and says so', async ({ app, page }) => {
    await app.open('?areas=1,2');
    await expect(
      page.getByText('Il filtro è attivo: il file contiene solo i 6 spazi mostrati su 9.'),
    ).toBeVisible();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scarica CSV', exact: true }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('quartieri-connessi-spazi-filtrati.csv');
    expect(
      readFileSync((await csv.path())!, 'utf8')
        .trimEnd()
        .split('\r\n'),
    ).toHaveLength(1 + 6);
  });
});

test.describe('a CSV download whose code does not arrive', () => {
  test('says to reload and try again, and the GeoJSON still downloads', async ({ app, page }) => {
    // The CSV writer (papaparse) is loaded on the first CSV asked for.
    await page.route(/\/assets\/[^/]*csv[^/]*\.js$/, (route) => route.abort());
    await app.open();
    await page.getByRole('button', { name: 'Scarica CSV', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'preparare il file' })).toHaveText(
      'Non è stato possibile preparare il file: ricarica la pagina e riprova.',
    );
    const [geojson] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scarica GeoJSON' }).click(),
    ]);
    expect(geojson.suggestedFilename()).toBe('quartieri-connessi-spazi.geojson');
  });
});
