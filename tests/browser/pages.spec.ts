/**
 * A page per space and language: what a person who follows a link from a search or a chat gets,
 * with JavaScript and without it, and the links the app writes to those pages.
 */
import { checkHtml, javaAvailable } from '../../scripts/html-check.ts';
import { expect, test } from './driver.ts';

test.describe('a space’s page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows its facts, its still map with its marker, and the list’s links to the other pages', async ({
    app,
    page,
  }) => {
    await app.open('spazi/omero-15/', { waitForMap: false });
    await expect(page).toHaveTitle(/^viale Omero 15: Portineria sociale/);
    const panel = app.panel('viale Omero 15');
    await expect(panel.getByRole('heading', { level: 1, name: 'viale Omero 15' })).toBeVisible();
    // The space leads: its address is the page's one h1 and the first heading of main, before
    // the nearest-space form and the list; the programme's name stays in the header.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(['viale Omero 15']);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading').first()).toHaveText('viale Omero 15');
    const headings = await main.getByRole('heading').allTextContents();
    expect(headings.indexOf('Come arrivare')).toBeLessThan(
      headings.indexOf('Trova lo spazio più vicino'),
    );
    await expect(page.getByRole('banner')).toContainText('Quartieri Connessi');
    await expect(panel).toContainText('Corvetto');
    await expect(panel).toContainText('Municipio 4');
    await expect(panel).toContainText('Il Comune cerca un ente del Terzo settore');
    await expect(panel).toContainText('Avviso dedicato alle portinerie sociali');
    // How to get there, from the ATM stops.
    await expect(panel.getByRole('heading', { level: 2, name: 'Come arrivare' })).toBeVisible();
    await expect(panel).toContainText('Metropolitana: M3 Porto di Mare, circa 9 minuti a piedi');
    const stops = panel.getByRole('table', { name: /^Fermate ATM di superficie entro 5 minuti/ });
    await expect(stops.getByRole('row').nth(1)).toHaveText(/^V\.le Omero, 1777, 93, 951 min$/);
    await expect(stops.getByRole('row')).toHaveCount(1 + 9);
    // The still map, drawn, with the space's marker in view.
    await expect(app.firstView().locator('img').first()).toHaveJSProperty('complete', true);
    // The streets around it, with the names of its street and of those that meet it.
    const streets = app.firstView().locator('img.first-view__streets');
    await expect(streets).toHaveAttribute('src', '/streets/omero-15.svg');
    await expect
      .poll(() => streets.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    const picture = await (await page.request.get('/streets/omero-15.svg')).text();
    expect(picture).toContain('>Viale Omero</text>');
    expect(picture).toContain('>Via Nicolò Barabino</text>');
    const marker = app
      .firstView()
      .getByRole('button', { name: 'viale Omero 15, Portineria sociale' });
    await expect(marker).toBeInViewport();
    // What it says of the rest (a <noscript>, which Chromium with scripts turned off by the
    // test runner still parses as text: read from the page's file).
    const file = await (await page.request.get('/spazi/omero-15/')).text();
    expect(file).toContain('<noscript><p class="noscript">Questa pagina si legge anche senza');
    await expect(app.listItem('via Palmanova 59')).toHaveAttribute('href', '/spazi/palmanova-59/');
    await app.screenshot('space-page-without-javascript');

    await app.listItem('via Palmanova 59').click();
    await expect(page).toHaveURL(/\/spazi\/palmanova-59\/$/);
    await expect(app.panel('via Palmanova 59')).toBeVisible();
  });

  test('in Arabic, right to left, with the switch on its language @phone', async ({
    app,
    page,
  }) => {
    await app.open('ar/spaces/zoia-105/', { waitForMap: false });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(app.panel('via Fratelli Zoia 105')).toContainText('Municipio 7');
    await expect(page.getByRole('combobox', { name: 'اللغة' })).toHaveValue('ar');
    await app.screenshot('space-page-without-javascript-ar');
  });
});

test.describe('a space’s page with JavaScript', () => {
  test('starts with the space’s panel open and the map there, in the page’s language', async ({
    app,
    page,
  }) => {
    await app.open('fr/espaces/zoia-105/');
    const panel = app.panel('via Fratelli Zoia 105');
    await expect(panel).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle(/^via Fratelli Zoia 105 : Conciergerie sociale/);
    await expect(app.marker('via Fratelli Zoia 105')).toHaveAttribute('aria-current', 'true');
    await expect(app.marker('via Fratelli Zoia 105')).toBeInViewport();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/fr/espaces/zoia-105/');

    // Closing the panel leads to the language's home; Back brings the space's page again.
    await panel.getByRole('button', { name: /Fermer/ }).click();
    await expect(page).toHaveURL(/\/fr\/(\?|$)/);
    await page.goBack();
    await expect(app.panel('via Fratelli Zoia 105')).toBeVisible();
  });

  test('the language switch goes to the same space’s page in the language chosen', async ({
    app,
    page,
  }) => {
    await app.open('spazi/omero-15/');
    await app.languageSwitch().selectOption('en');
    await expect(app.panel('viale Omero 15')).toContainText('Social concierges');
    await expect(page).toHaveURL(/\/en\/spaces\/omero-15\/(\?|$)/);
    await expect(page).toHaveTitle(/^viale Omero 15: Social concierge/);
    // The address is a real page: loaded again, it is the same.
    await page.reload();
    await expect(app.panel('viale Omero 15')).toContainText('Social concierges');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a link written before the pages (?space=, &lang=) opens the space, at its page', async ({
    app,
    page,
  }) => {
    await app.open('?space=omero-15&lang=en');
    await expect(app.panel('viale Omero 15')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/en/spaces/omero-15/');
    expect(new URL(page.url()).searchParams.get('space')).toBeNull();
  });

  test('a list entry opens its space in place, and in a new tab is its page', async ({
    app,
    page,
    context,
  }) => {
    await app.open();
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
    await app.listItem('via Palmanova 59').click();
    await expect(app.panel('via Palmanova 59')).toBeVisible();
    await expect(page).toHaveURL(/\/spazi\/palmanova-59\/(\?|$)/);
    // Opened in place: the page was not loaded again.
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(
      true,
    );

    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      app.listItem('viale Omero 15').click({ modifiers: ['ControlOrMeta'] }),
    ]);
    await tab!.waitForLoadState();
    expect(new URL(tab!.url()).pathname).toBe('/spazi/omero-15/');
    await expect(tab!.getByRole('region', { name: 'viale Omero 15', exact: true })).toBeVisible();
    await tab!.close();
  });

  test('a page for a space the data does not have says so, and the rest works', async ({
    app,
    page,
  }) => {
    await app.open('spazi/via-inventata-99/');
    await expect(page.getByText('Nel link: «via-inventata-99»')).toBeVisible();
    await expect(app.markers()).toHaveCount(9);
    await app.listItem('viale Omero 15').click();
    await expect(app.panel('viale Omero 15')).toBeVisible();
  });
});

test.describe('the live page', () => {
  test('is valid HTML with a space’s panel and the share dialog open', async ({ app, page }) => {
    test.skip(!javaAvailable() && !process.env.CI, 'the Nu Html Checker needs Java');
    await app.open('spazi/omero-15/');
    const panel = app.panel('viale Omero 15');
    await panel.getByRole('button', { name: 'Condividi lo spazio' }).click();
    await expect(page.getByRole('dialog', { name: 'Condividi viale Omero 15' })).toBeVisible();
    expect(checkHtml(await page.content(), 'space-and-dialog.html')).toEqual([]);

    await page.keyboard.press('Escape');
    await app.page.locator('.sidebar').getByRole('button', { name: 'Condividi lo spazio' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(checkHtml(await page.content(), 'sidebar-dialog.html')).toEqual([]);
  });
});

test.describe('a phone set to Arabic', () => {
  test.use({ locale: 'ar-EG' });

  test('lands on the Arabic home from the root, with nothing of the Italian page painted @phone', async ({
    app,
    page,
  }) => {
    // The root page notes what it paints, in the tab's storage, which outlives it.
    await page.addInitScript(() => {
      if (location.pathname !== '/') return;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.name === 'first-contentful-paint')
            sessionStorage.setItem('root-painted', document.documentElement.lang);
      }).observe({ type: 'paint', buffered: true });
    });
    // The note is taken where the root page is painted: Italian, chosen in the link.
    await page.goto('/?lang=it');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('root-painted'))).toBe('it');
    await page.evaluate(() => sessionStorage.clear());

    // The Arabic page comes over a slow network: the root page has a second to paint, if it would.
    await page.route(/\/ar\/$/, (route) => setTimeout(() => void route.fallback(), 1000));
    await page.goto('/');
    await expect(page).toHaveURL(/\/ar\/$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(app.listItems()).toHaveCount(9);
    await expect(page.getByRole('heading', { name: 'الأماكن', exact: true })).toBeVisible();
    // The root page, on its way, painted nothing.
    expect(await page.evaluate(() => sessionStorage.getItem('root-painted'))).toBeNull();
  });

  test('keeps Italian when the link or the switch chose it @phone', async ({ app, page }) => {
    await app.open('?lang=it', { waitForMap: false });
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(app.listItems()).toHaveCount(9);
    await app.languageSwitch().selectOption('en');
    await expect(page).toHaveURL(/\/en\/$/);
    await app.languageSwitch().selectOption('it');
    // The link says Italian, which the browser's Arabic does not override on a reload.
    await expect(page).toHaveURL(/\/\?lang=it$/);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  });
});
