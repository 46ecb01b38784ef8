/** The officials' desk (modifica/): an official records that viale Omero 15 opened. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { zipOf } from '../zip-of.ts';
import { expect, test } from './driver.ts';

/** A plain picture of the given size, as a PNG. */
const pictureOf = (width: number, height: number) =>
  Buffer.from(
    new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#0066cc"/><circle cx="50%" cy="50%" r="30%" fill="#fff"/></svg>`,
    )
      .render()
      .asPng(),
  );

const desk = (page: Page) => ({
  open: () => page.goto('/modifica/'),
  openSiteData: () => page.getByRole('button', { name: 'Apri i dati pubblicati sul sito' }).click(),
  chooseSpace: (address: string) =>
    page.getByLabel('Spazio da modificare').selectOption({ label: address }),
  setDay: (day: string, mode: string) => page.getByLabel(day, { exact: true }).selectOption(mode),
  setRange: async (day: string, n: number, from: string, to: string) => {
    await page.getByLabel(`${day}, dalle (fascia ${n})`).fill(from);
    await page.getByLabel(`${day}, alle (fascia ${n})`).fill(to);
  },
  hoursValue: () => page.getByLabel('Valore OpenStreetMap (quello che viene salvato)'),
  /** Work under way: the site's data open, via Fratelli Zoia 105's telephone typed. */
  workInProgress: async () => {
    await page.goto('/modifica/');
    await page.getByRole('button', { name: 'Apri i dati pubblicati sul sito' }).click();
    await page.getByLabel('Spazio da modificare').selectOption({ label: 'via Fratelli Zoia 105' });
    await page.getByRole('textbox', { name: 'Telefono' }).fill('+39 02 0000 0000');
  },
  download: async <B extends boolean = false>(name: string, binary?: B) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    const path = (await file.path())!;
    return (binary ? readFileSync(path) : readFileSync(path, 'utf8')) as B extends true
      ? Buffer
      : string;
  },
  expectNoAxeViolations: async () => {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual([]);
  },
});

test.describe('the officials’ desk', () => {
  test('an official sets hours, opens viale Omero 15, previews it in Arabic on a phone and saves files that pass check:data', async ({
    page,
  }, testInfo) => {
    const d = desk(page);
    await d.open();
    await d.openSiteData();
    await expect(page.getByText('Aperti: i dati del sito, 9 spazi.')).toBeVisible();
    await d.chooseSpace('viale Omero 15');
    await expect(
      page.getByRole('heading', { name: 'Modifica i dati di viale Omero 15' }),
    ).toBeVisible();

    // Hours through the form: weekdays in two ranges, Saturday by appointment, a summer closure.
    await d.setDay('lunedì', 'aperto');
    await d.setRange('lunedì', 1, '09:00', '12:30');
    await page.getByRole('button', { name: 'Aggiungi una fascia a lunedì' }).click();
    await d.setRange('lunedì', 2, '14:00', '18:00');
    await page
      .getByRole('button', { name: 'Copia gli orari di lunedì da martedì a venerdì' })
      .click();
    await d.setDay('sabato', 'su appuntamento');
    await page.getByRole('button', { name: 'Aggiungi una fascia a sabato' }).click();
    await d.setRange('sabato', 1, '10:00', '12:00');
    await page.getByRole('button', { name: 'Aggiungi una chiusura' }).click();
    await page.getByLabel('Chiusura 1: dal').fill('2027-08-09');
    await page.getByLabel('Chiusura 1: al').fill('2027-08-20');
    await expect(d.hoursValue()).toHaveValue(
      'Mo-Fr 09:00-12:30,14:00-18:00; Sa 10:00-12:00 unknown "su appuntamento"; PH off; Dec 07 off; 2027 Aug 09-2027 Aug 20 off',
    );
    const reading = page.locator('.desk-hours__reading');
    await expect(reading).toContainText('da lunedì a venerdì: 9:00–12:30 e 14:00–18:00');
    await expect(reading).toContainText('sabato: su appuntamento, 10:00–12:00');
    await expect(reading).toContainText('Chiuso dal 9 agosto 2027 al 20 agosto 2027.');
    const week = page.getByRole('table', { name: 'Orari dei prossimi sette giorni' });
    await expect(week.getByRole('row')).toHaveCount(7);

    // An end before the start is said beside the range, and the value keeps its last good form.
    await page.getByLabel('lunedì, alle (fascia 1)').fill('08:00');
    await expect(
      page.getByText("L'ora di chiusura deve venire dopo quella di apertura."),
    ).toBeVisible();
    await page.getByLabel('lunedì, alle (fascia 1)').fill('12:30');
    await expect(
      page.getByText("L'ora di chiusura deve venire dopo quella di apertura."),
    ).toBeHidden();

    // The status, with its date and source, and the check.
    await page.getByLabel('Nuovo stato').selectOption({ label: 'Aperto: i servizi sono attivi' });
    await page.getByLabel('Data (della comunicazione che lo dice)').fill('2026-12-01');
    await page
      .getByLabel('Fonte (chi lo dice, e dove)')
      .fill('Comune di Milano, comunicazione di prova');
    await page.getByRole('button', { name: 'Registra il nuovo stato' }).click();
    await expect(page.getByText('Stato attuale: Aperto: i servizi sono attivi')).toBeVisible();
    await page.getByLabel('Ho verificato questi dati oggi').check();

    // A photo wider than docs/data.md asks: made smaller, and taken only with every credit given.
    await page.getByLabel('La foto', { exact: true }).setInputFiles({
      name: 'ingresso.png',
      mimeType: 'image/png',
      buffer: pictureOf(1600, 1000),
    });
    await expect(
      page.getByText(/^Foto pronta, rimpicciolita a 1200 × 750 px, \d+ KB\.$/),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Aggiungi la foto' }).click();
    await expect(
      page.getByText(/Per aggiungere la foto manca: il testo alternativo in italiano/),
    ).toBeVisible();
    await page
      .getByLabel('Italiano (obbligatorio)')
      .last()
      .fill("L'ingresso dal cortile, con la rampa");
    await page.getByLabel('Autore o autrice').fill('Ufficio di prova');
    await page.getByLabel('Licenza', { exact: true }).fill('CC BY 4.0');
    await page.getByLabel(/ha accettato la licenza/).check();
    await page.getByRole('button', { name: 'Aggiungi la foto' }).click();
    await expect(
      page.getByText('Foto aggiunta: omero-15-foto-1.jpg.', { exact: false }),
    ).toBeVisible();

    // A wrong e-mail is named beside its field, in words, and blocks saving until mended.
    const email = page.getByLabel('E-mail', { exact: true });
    await email.fill('quartiericonnessi-at-comune');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/Scrivi un indirizzo e-mail/).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Scarica spaces.geojson' })).toBeDisabled();
    await email.fill('quartiericonnessi@comune.milano.it');
    await expect(page.getByRole('button', { name: 'Scarica spaces.geojson' })).toBeEnabled();

    // Work in progress survives a reload.
    await page.reload();
    await expect(page.getByText(/Hai ripreso il lavoro/)).toBeVisible();
    await expect(d.hoursValue()).toHaveValue(/^Mo-Fr 09:00-12:30,14:00-18:00/);

    // The preview: the public app's panel, in Arabic, at a phone's width.
    await page.getByLabel('Lingua').selectOption('ar');
    const frame = page.frameLocator('iframe[title^="Anteprima"]');
    await expect(frame.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(frame.getByRole('heading', { name: 'viale Omero 15' })).toBeVisible();
    await expect(frame.locator('.hours-week')).toBeVisible();
    // The new photo, not on the site yet, is shown from the desk's copy, with its Italian text.
    const photo = frame.getByRole('img', { name: "L'ingresso dal cortile, con la rampa" });
    await expect(photo).toHaveAttribute('src', /^blob:/);
    // Its address is the desk's photo (the panel's picture itself loads lazily, once in view).
    const shown = await photo.evaluate(
      (img: HTMLImageElement) =>
        new Promise<number>((resolve) => {
          const copy = new Image();
          copy.onload = () => resolve(copy.naturalWidth);
          copy.onerror = () => resolve(0);
          copy.src = img.src;
        }),
    );
    expect(shown).toBe(1200);
    await page.screenshot({
      path: `screenshots/${testInfo.project.name}-desk-preview.png`,
      fullPage: false,
    });
    await page
      .locator('.desk-preview')
      .screenshot({ path: `screenshots/${testInfo.project.name}-desk-preview-ar.png` });

    // The drafted update, its words checked, and the files.
    await expect(page.getByLabel('Titolo')).toHaveValue('viale Omero 15: lo spazio apre');
    await expect(page.getByRole('cell', { name: 'Orari di apertura' })).toBeVisible();
    await d.expectNoAxeViolations();
    await page.screenshot({
      path: `screenshots/${testInfo.project.name}-desk.png`,
      fullPage: true,
    });

    const photoFile = await d.download('Scarica le foto nuove (1)', true);
    const spaces = await d.download('Scarica spaces.geojson');
    const updates = await d.download('Scarica updates.json');
    const summary = await d.download('Scarica il riepilogo delle modifiche (testo)');
    const dir = testInfo.outputPath();
    writeFileSync(`${dir}/spaces.geojson`, spaces);
    writeFileSync(`${dir}/updates.json`, updates);
    mkdirSync(`${dir}/photos`, { recursive: true });
    writeFileSync(`${dir}/photos/omero-15-foto-1.jpg`, photoFile);
    expect(photoFile.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const check = spawnSync(
      'npx',
      [
        'tsx',
        'scripts/check-data.ts',
        `${dir}/spaces.geojson`,
        '--updates',
        `${dir}/updates.json`,
        '--photos',
        `${dir}/photos`,
      ],
      { encoding: 'utf8' },
    );
    expect(check.stdout + check.stderr).toContain('9 valid spaces, 0 errors');
    expect(check.status).toBe(0);
    const omero = JSON.parse(spaces).features[0].properties;
    expect(omero.status).toBe('open');
    expect(omero.status_history.at(-1)).toMatchObject({ date: '2026-12-01', status: 'open' });
    expect(omero.photos).toEqual([
      {
        file: 'omero-15-foto-1.jpg',
        alt: { it: "L'ingresso dal cortile, con la rampa" },
        author: 'Ufficio di prova',
        licence: 'CC BY 4.0',
      },
    ]);
    expect(omero.opening_hours).toMatch(/^Mo-Fr 09:00-12:30,14:00-18:00; Sa 10:00-12:00/);
    expect(JSON.parse(updates).updates.at(-1)).toMatchObject({
      kind: 'opening',
      spaces: ['omero-15'],
      title: { it: 'viale Omero 15: lo spazio apre' },
    });
    expect(summary).toMatch(/viale Omero 15, Stato: prima seeking-operator; dopo open/);
  });

  test('a broken, empty or enormous file is refused with its reason, and the work in progress stays', async ({
    page,
  }) => {
    const d = desk(page);
    await d.workInProgress();
    const file = page.getByLabel('Oppure apri un file spaces.geojson salvato prima');
    const alert = page.getByRole('alert').filter({ hasText: 'non si può aprire' });

    await file.setInputFiles({
      name: 'rotto.geojson',
      mimeType: 'application/json',
      buffer: Buffer.from('{"type": "Feature'),
    });
    await expect(alert).toContainText(
      'Il file rotto.geojson non si può aprire: non è un file GeoJSON leggibile',
    );
    await expect(alert).toContainText('I dati su cui stavi lavorando non sono cambiati.');

    await file.setInputFiles({
      name: 'vuoto.geojson',
      mimeType: 'application/json',
      buffer: Buffer.from('{"type":"FeatureCollection","features":[]}'),
    });
    await expect(alert).toContainText('non contiene nessuno spazio');

    const many = {
      type: 'FeatureCollection',
      features: Array.from({ length: 1000 }, (_, i) => ({
        type: 'Feature',
        geometry: null,
        properties: { id: `s-${i}` },
      })),
    };
    await file.setInputFiles({
      name: 'mille.geojson',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(many)),
    });
    await expect(alert).toContainText('contiene 1000 luoghi');

    // A text file named like a photo is not taken for one.
    await page.getByLabel('La foto', { exact: true }).setInputFiles({
      name: 'foto.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('<script>alert(1)</script>'),
    });
    await expect(page.getByText('Questo file non è una foto JPEG, PNG o WebP.')).toBeVisible();
    await page
      .getByLabel('La foto', { exact: true })
      .setInputFiles({ name: 'piccola.png', mimeType: 'image/png', buffer: pictureOf(300, 200) });
    await expect(
      page.getByText('Questa foto è larga solo 300 px: ne serve una di almeno 600 px.'),
    ).toBeVisible();

    await expect(page.getByRole('textbox', { name: 'Telefono' })).toHaveValue('+39 02 0000 0000');
    await expect(page.getByLabel('Spazio da modificare')).toHaveValue('zoia-105');
  });

  test('a hostile workbook is refused before it is parsed, with its reason, and the work stays', async ({
    page,
  }) => {
    const d = desk(page);
    await d.workInProgress();
    const sheet = page.getByLabel('Leggi un foglio modificato (.xlsx o .csv)');
    const alert = page.getByRole('alert').filter({ hasText: 'non si può leggere' });

    // 200 KB that would inflate to 64 MB.
    await sheet.setInputFiles({
      name: 'bomba.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(
        zipOf([['xl/worksheets/sheet1.xml', Buffer.alloc(64 * 1024 * 1024, ' '), 1024]]),
      ),
    });
    await expect(alert).toContainText(
      'Il file bomba.xlsx non si può leggere: una volta aperto occuperebbe più di 16 MB',
    );
    // Too large to be read at all.
    await sheet.setInputFiles({
      name: 'enorme.csv',
      mimeType: 'text/csv',
      buffer: Buffer.alloc(6 * 1024 * 1024, 'a'),
    });
    await expect(alert).toContainText('Il file enorme.csv non si può leggere: è troppo grande');
    // The workbook library does not arrive: said too, and nothing changes.
    await page.route(/\/modifica\/assets\/exceljs[^/]*\.js$/, (route) => route.abort());
    await sheet.setInputFiles({
      name: 'foglio.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(zipOf([['xl/worksheets/sheet1.xml', Buffer.from('<worksheet/>')]])),
    });
    await expect(alert).toContainText(
      'Il file foglio.xlsx non si può leggere: non si è potuto leggere',
    );
    await expect(page.getByRole('textbox', { name: 'Telefono' })).toHaveValue('+39 02 0000 0000');
  });

  test('an official downloads the workbook, edits it in a spreadsheet and reads it back: the changes listed, a bad cell named, then applied', async ({
    page,
  }, testInfo) => {
    const d = desk(page);
    await d.open();
    await d.openSiteData();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scarica tutti i dati in un foglio Excel (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^quartieri-connessi-spazi-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );

    // As a person would in a spreadsheet: two cells, one of them wrong.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.getWorksheet('Spazi')!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const column = (key: string) => header.indexOf(key);
    sheet.getRow(4).getCell(column('organisation')).value = 'Associazione di prova';
    sheet.getRow(5).getCell(column('contact_email')).value = 'scrivici-qui';
    const edited = testInfo.outputPath('edited.xlsx');
    await workbook.xlsx.writeFile(edited);

    const file = page.getByLabel('Leggi un foglio modificato (.xlsx o .csv)');
    await file.setInputFiles(edited);
    const problems = page.getByRole('list').filter({ hasText: 'Riga 5' });
    await expect(problems).toContainText(
      'Riga 5, colonna S (contact_email): il valore non è accettato.',
    );
    await expect(page.getByRole('button', { name: 'Applica queste modifiche' })).toBeDisabled();

    sheet.getRow(5).getCell(column('contact_email')).value = 'quartiericonnessi@comune.milano.it';
    await workbook.xlsx.writeFile(edited);
    await file.setInputFiles(edited);
    await expect(page.getByText('edited.xlsx: 1 modifiche, 0 problemi.')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Associazione di prova' }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Applica queste modifiche' }).click();
    await expect(page.getByText('Modifiche del foglio applicate: 1.')).toBeVisible();

    await d.chooseSpace('via Fratelli Zoia 105');
    await expect(page.getByLabel('Ente gestore')).toHaveValue('Associazione di prova');
    await expect(page.getByLabel('Titolo')).toHaveValue(
      'via Fratelli Zoia 105: lo gestisce Associazione di prova',
    );

    // A password-protected workbook is refused, saying what to do.
    await file.setInputFiles({
      name: 'protetto.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    });
    await expect(page.getByRole('alert')).toContainText(
      'Il file protetto.xlsx non si può leggere: è protetto da password',
    );
    await expect(page.getByLabel('Ente gestore')).toHaveValue('Associazione di prova');
    await d.expectNoAxeViolations();
  });

  test('an official opens the files from the computer and saves straight into them, with the keyboard alone', async ({
    page,
  }) => {
    // The browser's file picker, standing in for the person's choice: two files, and what the page
    // writes into them kept for the test to read.
    const files = {
      'spaces.geojson': readFileSync('data/spaces.geojson', 'utf8'),
      'updates.json': readFileSync('data/updates.json', 'utf8'),
    };
    await page.addInitScript({
      content: `
        window.written = {};
        const files = ${JSON.stringify(files)};
        const handle = (name) => ({
          kind: 'file',
          name,
          getFile: async () => new File([files[name]], name, { type: 'application/json' }),
          createWritable: async () => {
            const parts = [];
            return { write: async (part) => { parts.push(part); }, close: async () => { window.written[name] = parts.join(''); } };
          },
        });
        window.showOpenFilePicker = async () => [handle('spaces.geojson'), handle('updates.json')];
      `,
    });
    const d = desk(page);
    await d.open();
    const tabTo = async (target: ReturnType<Page['getByRole']>) => {
      for (let i = 0; i < 400; i += 1) {
        await page.keyboard.press('Tab');
        if (await target.evaluate((el) => el === document.activeElement)) return;
      }
      throw new Error(`${String(target)} not reached with Tab`);
    };
    await tabTo(page.getByRole('button', { name: 'Apri i file dal computer' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Aperti: il file spaces.geojson, 9 spazi.')).toBeVisible();

    await tabTo(page.getByLabel('Spazio da modificare'));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Spazio da modificare')).toHaveValue('zoia-105');
    const phone = page.getByRole('textbox', { name: 'Telefono' });
    await tabTo(phone);
    await page.keyboard.type('+39 02 1234 5678');
    // Past the preview (the whole public page in a frame) by its skip link.
    await tabTo(page.getByRole('link', { name: "Salta l'anteprima" }));
    await page.keyboard.press('Enter');
    const save = page.getByRole('button', { name: 'Salva in spaces.geojson e updates.json' });
    await tabTo(save);
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^Salvati nei file aperti alle/)).toBeVisible();

    const written = await page.evaluate(
      () => (window as unknown as { written: Record<string, string> }).written,
    );
    const zoia = JSON.parse(written['spaces.geojson']!).features[1].properties;
    expect(zoia.phone).toBe('+39 02 1234 5678');
    expect(written['updates.json']).toBe(files['updates.json']);
    expect(validateSpacesText(written['spaces.geojson']!).problems).toEqual([]);
  });
});
