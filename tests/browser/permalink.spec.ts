import { expect, test } from './driver.ts';

test.describe('links that reproduce a view', () => {
  test('a link with a space, a filter, a view and a language opens the same view in a new page', async ({
    app,
    browser,
  }) => {
    await app.open();
    await app.page.getByRole('combobox', { name: 'Lingua' }).selectOption('en');
    await app.page.getByRole('checkbox', { name: /Enterprise and community/ }).uncheck();
    await app.listItem("via Sant'Erlembaldo 2").click();
    await expect(app.panel("via Sant'Erlembaldo 2")).toBeVisible();
    await app.mapIsIdle();
    await expect.poll(() => app.viewInUrl()).not.toBeNull();
    const link = app.page.url();
    // The space's page in English, the rest in the search.
    expect(new URL(link).pathname).toBe('/en/spaces/erlembaldo-2/');
    const view = await app.viewInUrl();

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { AppDriver } = await import('./driver.ts');
    const fresh = new AppDriver(await context.newPage(), test.info());
    await fresh.open(`${new URL(link).pathname.slice(1)}${new URL(link).search}`);
    await expect(fresh.panel("via Sant'Erlembaldo 2")).toBeVisible();
    // A link is no action of the person's: the focus stays at the start of the page.
    await expect(
      fresh.panel("via Sant'Erlembaldo 2").getByRole('heading', { level: 1 }),
    ).not.toBeFocused();
    await expect(fresh.page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      fresh.page.getByRole('heading', { name: 'The spaces', exact: true }),
    ).toBeVisible();
    await expect(fresh.markers()).toHaveCount(6);
    await expect(
      fresh.page.getByRole('checkbox', { name: /Enterprise and community/ }),
    ).not.toBeChecked();
    expect(await fresh.viewInUrl()).toEqual(view);
    await context.close();
  });

  test('back and forward go through the spaces chosen', async ({ app, page }) => {
    await app.open();
    await app.listItem('viale Omero 15').click();
    await expect(app.panel('viale Omero 15')).toBeVisible();
    await app.listItem('via Palmanova 59').click();
    await expect(app.panel('via Palmanova 59')).toBeVisible();
    await page.goBack();
    await expect(app.panel('viale Omero 15')).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('region', { name: /viale|via|largo/ })).toHaveCount(0);
    await page.goForward();
    await expect(app.panel('viale Omero 15')).toBeVisible();
  });

  test('an unknown space in the link gives a message and a working app', async ({ app }) => {
    await app.open('?space=via-inventata-99');
    await expect(
      app.page.getByText('Lo spazio indicato dal link non è stato riconosciuto'),
    ).toBeVisible();
    await expect(app.page.getByText('Nel link: «via-inventata-99»')).toBeVisible();
    await expect(app.markers()).toHaveCount(9);
    expect(new URL(app.page.url()).searchParams.get('space')).toBeNull();
    await app.listItem('viale Omero 15').click();
    await expect(app.panel('viale Omero 15')).toBeVisible();
  });

  test('Back does not return to a link whose space was dropped, nor repeat its message', async ({
    app,
    page,
  }) => {
    await app.open('?areas=1,2');
    const first = page.url();
    await page.goto('/?space=via-inventata-99');
    await expect(page.getByText(/«via-inventata-99»/)).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(first);
    await expect(page.getByText(/«via-inventata-99»/)).toHaveCount(0);
  });

  test('garbage parameters are reported and ignored', async ({ app }) => {
    await app.open('?areas=banana&map=not-a-view&lang=klingon');
    await expect(app.page.getByText('«areas=banana»')).toBeVisible();
    await expect(app.page.getByText('«map=not-a-view»')).toBeVisible();
    await expect(app.page.getByText('«lang=klingon»')).toBeVisible();
    await expect(app.markers()).toHaveCount(9);
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'it');
  });
});

test.describe('the language switch', () => {
  test('switches every string, the document language and the URL', async ({ app, page }) => {
    await app.open();
    await page.getByRole('combobox', { name: 'Lingua' }).selectOption({ label: 'English' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(/map of the spaces/);
    await expect(page.getByRole('group', { name: 'Thematic areas to show' })).toBeVisible();
    await expect(
      app.map.getByRole('button', { name: 'viale Omero 15, Social concierge' }),
    ).toBeVisible();
    await expect(app.map.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/en/');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('it');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(app.map.getByRole('button', { name: 'Aumenta lo zoom' })).toBeVisible();
  });
});
