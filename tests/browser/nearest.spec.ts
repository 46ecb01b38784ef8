import { expect, test } from './driver.ts';

test.describe('a resident finds the nearest space', () => {
  test('by sharing a location in Corvetto: viale Omero 15 comes first', async ({ app, page }) => {
    await app.givenLocation(45.44, 9.22, 25);
    await app.open();
    await app.when.useMyLocation();
    await app.then.nearestIs('viale Omero 15');
    await expect(
      page.getByText('Punto di partenza: la tua posizione (precisione circa 30 m)'),
    ).toBeVisible();
    const first = app.rankedSpaces().first();
    await expect(first).toContainText("in linea d'aria");
    await expect(first).toContainText(/circa \d+ minut/);
    await expect(app.announcer()).toHaveText(
      /^Il più vicino: viale Omero 15, \d+ m, circa \d+ minuti a piedi$/,
    );
    // Portinerie first, then the other spaces by distance.
    await expect(app.rankedAddresses()).toHaveCount(9);
    await expect(app.rankedAddresses().nth(1)).toHaveText(
      /via Fratelli Zoia 105|largo Umberto Boccioni 10/,
    );
    // The map shows the starting point and a line to the nearest space.
    await expect(app.map.getByRole('img', { name: 'Punto di partenza' })).toBeVisible();
    await app.mapIsIdle();
    await expect(app.marker('viale Omero 15')).toBeInViewport();
    await app.screenshot('nearest-location');
    // Directions name the destination only: Google Maps starts from the device's own position.
    await expect(first.getByRole('link', { name: /Google Maps/ })).toHaveAttribute(
      'href',
      'https://www.google.com/maps/dir/?api=1&destination=45.434732,9.224696&travelmode=walking',
    );
    // Nothing about the position reaches the address bar.
    expect(page.url()).not.toContain('45.44');
  });

  test('looking for any space ranks every shown space by distance alone', async ({ app, page }) => {
    await app.givenLocation(45.5055, 9.1925, 20);
    await app.open();
    await page.getByRole('radio', { name: 'uno spazio qualsiasi' }).check();
    await app.when.useMyLocation();
    await app.then.nearestIs('via Padre Luigi Monti 18-20');
    await page.getByRole('radio', { name: 'una portineria sociale' }).check();
    await app.then.nearestIs(/largo Umberto Boccioni 10|via Fratelli Zoia 105|viale Omero 15/);
  });

  test('a refused location gives a clear message and the two other ways', async ({ app, page }) => {
    await app.open();
    // No permission granted: the browser refuses.
    await app.when.useMyLocation();
    await expect(page.getByText("Non hai concesso l'accesso alla posizione.")).toBeVisible();
    await expect(
      page.getByText(/scrivere un indirizzo oppure scegliere un punto sulla mappa/),
    ).toBeVisible();
    await expect(app.addressField()).toBeEnabled();
    await expect(app.pickOnMapButton()).toBeEnabled();
    await app.expectNoAxeViolations();
  });

  test('an inaccurate location is not used, and says why', async ({ app, page }) => {
    await app.givenLocation(45.46, 9.19, 3000);
    await app.open();
    await app.when.useMyLocation();
    await expect(page.getByText('La posizione è troppo imprecisa (circa 3 km)')).toBeVisible();
    await expect(app.rankedAddresses()).toHaveCount(0);
  });

  test('a location outside Milan is accepted, with a word about it', async ({ app, page }) => {
    await app.givenLocation(45.58, 9.27, 30);
    await app.open();
    await app.when.useMyLocation();
    await expect(page.getByText('Il punto di partenza è fuori dal Comune di Milano')).toBeVisible();
    await expect(app.rankedAddresses()).toHaveCount(9);
  });

  test('by clicking the map near Quarto Oggiaro: largo Boccioni 10 or via Capuana 7 comes first', async ({
    app,
    page,
  }) => {
    const view = { zoom: 14, lat: 45.515, lon: 9.135 };
    await app.open(`?map=${view.zoom}/${view.lat}/${view.lon}`);
    await app.when.pickOnMap();
    await expect(app.pickOnMapButton()).toHaveAttribute('aria-pressed', 'true');
    const canvas = (await app.mapCanvas().boundingBox())!;
    await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await expect(page.getByText('Punto di partenza: il punto scelto sulla mappa')).toBeVisible();
    await app.then.nearestIs(/largo Umberto Boccioni 10|via Luigi Capuana 7/);
    await page.getByRole('radio', { name: 'uno spazio qualsiasi' }).check();
    await app.then.nearestIs(/largo Umberto Boccioni 10|via Luigi Capuana 7/);
  });

  test('the starting point can be moved by dragging it', async ({ app, page }) => {
    await app.open('?map=12/45.455/9.14');
    await app.when.pickOnMap();
    const zoia = (await app.marker('via Fratelli Zoia 105').boundingBox())!;
    await page.mouse.click(zoia.x + zoia.width / 2 + 60, zoia.y + zoia.height / 2);
    await app.then.nearestIs('via Fratelli Zoia 105');
    await app.mapIsIdle();
    const pinImage = app.map.getByRole('img', { name: 'Punto di partenza' });
    const pinAt = async () => (await pinImage.boundingBox())!.x;
    const distance = app
      .rankedSpaces()
      .first()
      .getByText(/in linea d'aria/);
    const distanceBefore = await distance.textContent();
    const before = await pinAt();
    const zoiaBefore = await app.marker('via Fratelli Zoia 105').boundingBox();

    const pin = (await app.map.getByRole('img', { name: 'Punto di partenza' }).boundingBox())!;
    const map = (await app.map.boundingBox())!;
    // Drag the pin 200 px towards the middle of the map.
    const east = pin.x < map.x + map.width / 2;
    await page.mouse.move(pin.x + pin.width / 2, pin.y + pin.height / 2);
    await page.mouse.down();
    await page.mouse.move(pin.x + pin.width / 2 + (east ? 200 : -200), pin.y + pin.height / 2, {
      steps: 12,
    });
    await page.mouse.up();

    // The starting point moved that way (the distances with it), and the map stayed where the
    // person put it.
    await expect
      .poll(async () => (east ? 1 : -1) * ((await pinAt()) - before))
      .toBeGreaterThan(150);
    await expect(distance).not.toHaveText(distanceBefore!);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await app.mapIsIdle();
    expect(await app.marker('via Fratelli Zoia 105').boundingBox()).toEqual(zoiaBefore);
  });

  test('by the keyboard alone: the map centre as the starting point', async ({ app, page }) => {
    await app.open('?map=14/45.4347/9.2247');
    await app.tabTo(app.pickOnMapButton());
    await page.keyboard.press('Enter');
    await app.tabTo(page.getByRole('button', { name: 'Parti dal centro della mappa' }));
    await page.keyboard.press('Enter');
    await app.then.nearestIs('viale Omero 15');
  });

  test('by typing an address and choosing a suggestion with the keyboard', async ({
    app,
    page,
  }) => {
    await app.open();
    const field = app.addressField();
    await field.focus();
    await page.keyboard.type('p.le corvet');
    const listbox = page.getByRole('listbox', { name: 'Indirizzo di partenza' });
    await expect(
      listbox.getByRole('option', { name: 'piazzale Luigi Emanuele Corvetto' }),
    ).toBeVisible();
    await expect(field).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText('1 suggerimento: usa le frecce per sceglierlo')).toBeAttached();
    await page.keyboard.type('to 3');
    await expect(
      listbox.getByRole('option', { name: 'piazzale Luigi Emanuele Corvetto 3' }),
    ).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(field).toHaveAttribute('aria-activedescendant', /option-0/);
    await expect(
      listbox.getByRole('option', { name: 'piazzale Luigi Emanuele Corvetto 3' }),
    ).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(field).toHaveValue('piazzale Luigi Emanuele Corvetto 3');
    await expect(field).toHaveAttribute('aria-expanded', 'false');
    await expect(
      page.getByText('Punto di partenza: piazzale Luigi Emanuele Corvetto 3'),
    ).toBeVisible();
    await app.then.nearestIs('viale Omero 15');
    await expect(app.announcer()).toHaveText(/^Il più vicino: viale Omero 15/);
    await app.expectNoAxeViolations();
    // The typed address stays in the page.
    expect(page.url()).not.toContain('corvetto');
  });

  test('a number that does not exist is said so, with the nearest numbers offered', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.addressField().fill('viale omero 99');
    await expect(
      page.getByText('Il numero 99 non esiste in viale Omero. Numeri vicini:'),
    ).toBeVisible();
    // The register has viale Omero 5 to 26: the highest numbers are the nearest to 99.
    await page.getByRole('option', { name: 'viale Omero 26' }).click();
    await expect(page.getByText('Punto di partenza: viale Omero 26')).toBeVisible();
  });

  test('by typing a neighbourhood: the search starts from its centre, and says so', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.when.typeAddress('corvetto');
    // The neighbourhood comes first, the piazzale of the same name after it.
    const options = app.suggestions();
    await expect(options.first()).toHaveText('Quartiere Lodi - Corvetto');
    await expect(
      app.suggestions().filter({ hasText: 'piazzale Luigi Emanuele Corvetto' }),
    ).toBeVisible();
    await options.first().click();
    await expect(
      page.getByText('Punto di partenza: il centro del quartiere Lodi - Corvetto.'),
    ).toBeVisible();
    await app.then.nearestIs('viale Omero 15');
  });

  test('house numbers and names written the common ways all find the place', async ({ app }) => {
    await app.open();
    for (const typed of [
      'via della moscova 14 a',
      'via della moscova 14/a',
      'via della moscova 14/A',
    ]) {
      await app.when.typeAddress(typed);
      await expect(app.suggestions().first()).toHaveText('via della Moscova 14A');
    }
    for (const typed of ['santelia', 'sant elia']) {
      await app.when.typeAddress(typed);
      await expect(app.suggestions().filter({ hasText: "via Antonio Sant'Elia" })).toBeVisible();
    }
    for (const typed of ['dapulia', 'd apulia']) {
      await app.when.typeAddress(typed);
      await expect(app.suggestions().filter({ hasText: "via Nicola d'Apulia" })).toBeVisible();
    }
  });

  test('a street that is not found is named in the message', async ({ app, page }) => {
    await app.open();
    await app.when.typeAddress('viale omeor 15');
    await expect(
      page.getByText('Nessuna via né quartiere di Milano corrisponde a «viale omeor».'),
    ).toBeVisible();
    await expect(app.suggestions()).toHaveCount(0);
  });

  test('Escape closes the suggestions without closing an open panel', async ({ app, page }) => {
    await app.open('?space=faenza-25');
    const field = app.addressField();
    await field.fill('omero');
    await expect(page.getByRole('option', { name: 'viale Omero' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(field).toHaveAttribute('aria-expanded', 'false');
    await expect(app.panel('viale Faenza 25')).toBeVisible();
  });

  test('without an address index the field says so, and the other ways work', async ({
    app,
    page,
  }) => {
    await app.givenLocation(45.44, 9.22, 25);
    await app.open('', { addresses: 'none' });
    await app.addressField().fill('omero 15');
    await expect(
      page.getByText('La ricerca per indirizzo non è attiva in questa installazione.'),
    ).toBeVisible();
    await app.when.useMyLocation();
    await app.then.nearestIs('viale Omero 15');
  });

  test('the address index is fetched only once the person types', async ({ app, page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/generated/addresses/')) fetched.push(request.url());
    });
    await app.open();
    expect(fetched).toEqual([]);
    await app.addressField().fill('omero 15');
    await expect(page.getByRole('option', { name: 'viale Omero 15' })).toBeVisible();
    expect(fetched.map((u) => u.split('/').at(-1))).toEqual([
      'manifest.json',
      'streets.json',
      'numbers-1.json',
    ]);
  });
});

test.describe('on a 360 px phone @phone', () => {
  test('the whole nearest-space flow works and reads well', async ({ app }) => {
    await app.givenLocation(45.44, 9.22, 25);
    await app.open();
    await app.useMyLocationButton().tap();
    await app.then.nearestIs('viale Omero 15');
    await app.screenshot('nearest');
    await app.openNearestButton().tap();
    await expect(app.panel('viale Omero 15')).toBeVisible();
    await app.expectNoAxeViolations();
  });
});
