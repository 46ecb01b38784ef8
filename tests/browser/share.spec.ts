import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppDriver, expect, test } from './driver.ts';

test.describe('sharing a space or a view', () => {
  test('the dialog gives the link, a QR code that decodes to it, other maps and the embed code', async ({
    app,
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open('?space=omero-15');
    const opener = app.panel('viale Omero 15').getByRole('button', { name: 'Condividi lo spazio' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Condividi viale Omero 15' });
    await expect(dialog).toBeVisible();

    const link = await dialog.getByRole('textbox', { name: 'Link a questa vista' }).inputValue();
    expect(link).toBe(page.url());
    // The space's own page, which a chat previews with its picture (an old link led here).
    expect(new URL(link).pathname).toBe('/spazi/omero-15/');
    expect(new URL(link).searchParams.get('space')).toBeNull();

    // The QR code is drawn in the page and says the same link.
    const decoded = await app.decodeQr(dialog.getByRole('img', { name: 'Codice QR del link' }));
    expect(decoded).toBe(link);

    await dialog.getByRole('button', { name: 'Copia il link' }).click();
    await expect(dialog.getByText('Link copiato.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    await expect(dialog.getByRole('link', { name: /Google Maps/ })).toHaveAttribute(
      'href',
      'https://www.google.com/maps/search/?api=1&query=45.434732,9.224696',
    );
    await expect(dialog.getByRole('link', { name: /OpenStreetMap/ })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/?mlat=45.434732&mlon=9.224696#map=17/45.434732/9.224696',
    );
    const snippet = await dialog.getByRole('textbox', { name: /incorporare/ }).inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:4173\/spazi\/omero-15\/\?.*embed=1" title="Mappa degli spazi di Quartieri Connessi, Comune di Milano"/,
    );

    await app.expectNoAxeViolations();
    await app.screenshot('share-dialog');

    // Escape closes the dialog only; the panel stays and the focus returns to the button.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(app.panel('viale Omero 15')).toBeVisible();
    await expect(opener).toBeFocused();
  });

  test('the current view can be shared without a space', async ({ app, page }) => {
    await app.open('?map=12/45.47/9.18');
    await page.getByRole('button', { name: 'Condividi questa vista' }).click();
    const dialog = page.getByRole('dialog', { name: 'Condividi questa vista della mappa' });
    await expect(dialog.getByRole('link', { name: /OpenStreetMap/ })).toHaveAttribute(
      'href',
      /^https:\/\/www\.openstreetmap\.org\/\?mlat=45\.47\d*&mlon=9\.18\d*#map=12\//,
    );
  });
});

test.describe('embedded in another site', () => {
  test('the compact view works in an iframe, keeps the attribution and links to the full app', async ({
    app,
    page,
  }) => {
    await app.open('', { waitForMap: false });
    // The other site: a server of its own on this machine, under its own policy (none).
    const site = createServer((_request, response) => {
      response.setHeader('Content-Type', 'text/html');
      response.end(`<!doctype html><html lang="it"><title>Un sito</title><body><main><h1>Un sito</h1>
       <iframe src="http://127.0.0.1:4173/?space=faenza-25&embed=1" title="Mappa degli spazi di Quartieri Connessi, Comune di Milano" width="800" height="520" style="border:0"></iframe></main></body></html>`);
    });
    await new Promise<void>((listening) => site.listen(0, '127.0.0.1', listening));
    const { port } = site.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    const frame = page.frameLocator('iframe');
    await AppDriver.mapIsIdleIn(frame);
    // Not the app's header and footer: the slim bar alone, with the page's title for readers.
    await expect(frame.getByRole('banner')).toHaveCount(1);
    await expect(frame.getByRole('banner').getByRole('combobox')).toHaveCount(0);
    // The open space leads, as on its page; the bar names the programme.
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('viale Faenza 25');
    await expect(frame.getByRole('banner')).toContainText('Quartieri Connessi');
    await expect(frame.getByRole('contentinfo')).toHaveCount(0);
    await expect(AppDriver.attributionIn(frame)).toContainText('OpenStreetMap');
    const full = frame.getByRole('link', { name: /Apri la mappa completa/ });
    await expect(full).toHaveAttribute(
      'href',
      /^http:\/\/127\.0\.0\.1:4173\/spazi\/faenza-25\/(\?|$)/,
    );
    await expect(full).not.toHaveAttribute('href', /embed/);
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(frame.getByRole('region', { name: 'viale Faenza 25' })).toBeVisible();
    await app.screenshot('embed');
    site.close();
  });

  test('embed mode has no axe violations', async ({ app }) => {
    await app.open('?embed=1&space=capuana-7');
    await app.expectNoAxeViolations();
  });
});
