/**
 * Following the programme: "Aggiornamenti" in the app, the Atom feeds beside it, and the
 * presentation's milestones taken from the same list (data/updates.json).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './driver.ts';

const UPDATES = readFileSync('data/updates.json', 'utf8');
const UPDATES_FILE = /\/assets\/updates-[^/]*\.json$/;

test.describe('the feed with the app installed', () => {
  test.use({ serviceWorkers: 'allow' });

  test('opening the feed gives the feed, not the app the service worker keeps', async ({
    app,
    page,
  }) => {
    await app.open('?page=updates', { waitForMap: false });
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state)))
      .toBe('activated');
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const response = await page.goto('/updates-fr.atom');
    expect(response!.headers()['content-type']).toMatch(/^application\/atom\+xml/);
    // The feed declares its encoding (UTF-8) itself, as XML does.
    expect((await response!.body()).toString('utf8')).toContain(
      '<title>Quartieri Connessi : actualités</title>',
    );
  });
});

test.describe('following the programme', () => {
  test('the footer opens the updates, newest first, and the feed they link to is Atom', async ({
    app,
    page,
  }) => {
    // The map idle: the page is the app's, not the prerendered one (whose links load a page).
    await app.open();
    await page.getByRole('link', { name: 'Aggiornamenti del programma' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Aggiornamenti' })).toBeFocused();
    await expect(page).toHaveURL(/[?&]page=updates/);
    const titles = page.locator('.updates-page__entry h3');
    await expect(titles).toHaveText([
      'Nuovo avviso: una proposta per ogni area',
      'Primo avviso per gli enti del Terzo settore',
      'Presentato il progetto Quartieri Connessi',
    ]);
    await app.screenshot('updates');
    await app.expectNoAxeViolations();

    const feedLink = page.getByRole('link', { name: /Segui gli aggiornamenti/ });
    const response = await page.request.get((await feedLink.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml/);
    const entries = await page.evaluate(
      (xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        return [...doc.querySelectorAll('entry > title')].map((e) => e.textContent);
      },
      await response.text(),
    );
    // Each entry's kind is said once, as a category, not in front of a title that says it.
    expect(entries).toEqual([
      'Nuovo avviso: una proposta per ogni area',
      'Primo avviso per gli enti del Terzo settore',
      'Presentato il progetto Quartieri Connessi',
    ]);
    // Feed readers find the Italian feed from the page itself.
    await expect(page.locator('link[rel=alternate][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      '/updates-it.atom',
    );

    // A space named by an update opens on the map, at its page.
    const faenza = page.getByRole('link', { name: 'viale Faenza 25' });
    await expect(faenza).toHaveAttribute('href', '/spazi/faenza-25/');
    await faenza.click();
    await expect(app.panel('viale Faenza 25')).toBeVisible();
    await expect(page).toHaveURL(/\/spazi\/faenza-25\/(\?|$)/);
  });

  test('in Arabic, right to left, on a phone @phone', async ({ app, page }) => {
    await app.open('?page=updates&lang=ar', { waitForMap: false });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 2, name: 'المستجدات' })).toBeVisible();
    // The link went to the Arabic page, whose head names the Arabic feed.
    expect(new URL(page.url()).pathname).toBe('/ar/');
    await expect(page.locator('link[rel=alternate][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      '/updates-ar.atom',
    );
    await expect(page.locator('.updates-page__entry h3').first()).toHaveText(
      'دعوة جديدة: مقترح واحد لكل مجال',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await app.screenshot('updates-arabic');
    await app.expectNoAxeViolations();
  });

  test('the presentation takes its milestones from the updates', async ({ app, page }) => {
    const updates = JSON.parse(UPDATES);
    updates.updates.push({
      id: '2027-02-01-prova',
      date: '2027-02-01',
      kind: 'opening',
      milestone: true,
      spaces: ['omero-15'],
      title: { it: 'Apertura di prova (dato fittizio)' },
      source: 'Fonte di prova',
    });
    updates.updates[0].milestone = false;
    await page.route(UPDATES_FILE, (route) => route.fulfill({ json: updates }));
    await app.open('?present=1&step=1', { waitForMap: false });
    const timeline = page.locator('.presentation__timeline li');
    await expect(timeline).toHaveText([
      /^3 gennaio 2020: Primo avviso/,
      /^16 dicembre 2020: Nuovo avviso/,
      '1 febbraio 2027: Apertura di prova (dato fittizio)',
      /^Ultimo stato dichiarato dal Comune/,
    ]);
  });

  test('an updates file that does not arrive is said, and Riprova brings it', async ({
    app,
    page,
  }) => {
    let fail = true;
    await page.route(UPDATES_FILE, (route) =>
      fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.fallback(),
    );
    await app.open('?page=updates', { waitForMap: false });
    await expect(page.getByRole('alert')).toHaveText(
      /Gli aggiornamenti non si sono potuti caricare/,
    );
    fail = false;
    await page.getByRole('button', { name: 'Riprova' }).click();
    await expect(page.locator('.updates-page__entry')).toHaveCount(3);
    // The rest of the app was never in the way: the footer and the way back work.
    await page.getByRole('link', { name: 'Torna alla mappa' }).click();
    await expect(app.listItems()).toHaveCount(9);
  });
});
