/**
 * The desk keeps a day's work: photos of several MB each, made light, are all there after a
 * reload; and a browser whose storage is full says so, adds nothing it cannot keep, and loses
 * nothing it kept (desk-storage.ts).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './driver.ts';

/** A PNG of random colours: a camera's worst case, which no compression makes small. */
function noisePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) randomBytes(width * 3).copy(rows, y * (width * 3 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const desk = (page: Page) => ({
  open: async () => {
    await page.goto('/modifica/');
    await page.getByRole('button', { name: 'Apri i dati pubblicati sul sito' }).click();
    await page.getByLabel('Spazio da modificare').selectOption({ label: 'viale Omero 15' });
  },
  /** Chooses the photo, gives its credits and adds it; returns what the desk said of it. */
  addPhoto: async (name: string, bytes: Buffer) => {
    await page.getByLabel('La foto', { exact: true }).setInputFiles({
      name,
      mimeType: 'image/png',
      buffer: bytes,
    });
    const ready = page.getByText(/^Foto pronta/);
    await expect(ready).toBeVisible({ timeout: 30_000 });
    const said = await ready.textContent();
    await page.getByLabel('Italiano (obbligatorio)').last().fill(`Foto di prova ${name}`);
    await page.getByLabel('Autore o autrice').fill('Ufficio di prova');
    await page.getByLabel('Licenza', { exact: true }).fill('CC BY 4.0');
    await page.getByLabel(/ha accettato la licenza/).check();
    await page.getByRole('button', { name: 'Aggiungi la foto' }).click();
    return said ?? '';
  },
  /** The desk's photos of the space, each with the width of its picture once shown. */
  photos: () =>
    page.locator('.desk-photos li').evaluateAll((items) =>
      items.map((item) => ({
        text: item.querySelector('span')?.textContent ?? '',
        shown: item.querySelector('img')?.naturalWidth ?? 0,
      })),
    ),
});

test.describe('the desk keeps a day’s work', () => {
  test('three camera photos of 4 MB each are made light, and are all there after a reload', async ({
    page,
  }) => {
    const d = desk(page);
    await d.open();
    const camera = noisePng(1400, 1000);
    expect(camera.length).toBeGreaterThan(4 * 1024 * 1024);
    for (const n of [1, 2, 3]) {
      const said = await d.addPhoto(`camera-${n}.png`, camera);
      // Made at most 300 KB, as docs/data.md asks: fewer pixels and a lower quality if need be.
      expect(Number(/(\d+) KB/.exec(said)?.[1])).toBeLessThanOrEqual(300);
      await expect(page.getByText(`Foto aggiunta: omero-15-foto-${n}.jpg.`)).toBeVisible();
    }
    await page.reload();
    await expect(page.getByText(/Hai ripreso il lavoro/)).toBeVisible();
    const list = page.locator('.desk-photos li img');
    await expect(list).toHaveCount(3);
    for (const img of await list.all())
      await expect
        .poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth))
        .toBeGreaterThan(0);
    expect((await d.photos()).map((p) => p.text.split(':')[0])).toEqual([
      'omero-15-foto-1.jpg',
      'omero-15-foto-2.jpg',
      'omero-15-foto-3.jpg',
    ]);

    // Saved, each is the JPEG it was made, under 300 KB.
    const downloads: Buffer[] = [];
    page.on('download', async (download) => downloads.push(readFileSync((await download.path())!)));
    await page.getByRole('button', { name: 'Scarica le foto nuove (3)' }).click();
    await expect.poll(() => downloads.length).toBe(3);
    for (const file of downloads) {
      expect(file.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      expect(file.length).toBeLessThanOrEqual(300 * 1024);
    }
  });

  test('a full storage is said, adds nothing it cannot keep, and loses nothing kept', async ({
    page,
    context,
    baseURL,
  }) => {
    // A browser with little room: its quota is set before the desk opens its storage.
    const cdp = await context.newCDPSession(page);
    const origin = new URL(baseURL!).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1536 * 1024 });
    const d = desk(page);
    await d.open();
    await page.getByLabel('Ente gestore', { exact: true }).fill('Associazione conservata');

    // Photos, until the storage is full.
    const full = page.getByRole('alert').filter({ hasText: 'non ha più spazio' });
    let added = 0;
    for (let n = 1; n <= 10; n += 1) {
      await d.addPhoto(`foto-${n}.png`, noisePng(1400, 1000));
      const done = page.getByText(`Foto aggiunta: omero-15-foto-${n}.jpg.`);
      await expect(done.or(full)).toBeVisible();
      if (await full.isVisible()) break;
      added += 1;
    }
    expect(added).toBeGreaterThan(0);
    await expect(full).toContainText(
      'Il browser non ha più spazio per conservare questa foto: non è stata aggiunta',
    );
    await expect(page.locator('.desk-photos li')).toHaveCount(added);
    // What was typed for the photo stays, to try again.
    await expect(page.getByLabel('Autore o autrice')).toHaveValue('Ufficio di prova');

    // A change the storage cannot keep either is said at once.
    await page.getByLabel('Ente gestore', { exact: true }).fill('x'.repeat(300_000));
    await expect(
      page.getByRole('alert').filter({ hasText: 'le ultime modifiche sono sullo schermo' }),
    ).toBeVisible();

    // Room again, and a reload: all that was kept is there.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.reload();
    await expect(page.getByText(/Hai ripreso il lavoro/)).toBeVisible();
    await expect(page.getByLabel('Ente gestore', { exact: true })).toHaveValue(
      'Associazione conservata',
    );
    const photos = page.locator('.desk-photos li');
    await expect(photos).toHaveCount(added);
    for (const img of await photos.locator('img').all())
      await expect
        .poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth))
        .toBeGreaterThan(0);
  });
});

test('the work an older desk kept in localStorage comes back, its photo with it, and moves', async ({
  page,
}) => {
  const spaces = JSON.parse(readFileSync('data/spaces.geojson', 'utf8'));
  const edited = structuredClone(spaces);
  const omero = edited.features.find(
    (f: { properties: { id: string } }) => f.properties.id === 'omero-15',
  );
  omero.properties.organisation = 'Associazione di prima';
  omero.properties.photos = [
    {
      file: 'omero-15-foto-1.png',
      alt: { it: 'Foto di prima' },
      author: 'Ufficio',
      licence: 'CC0',
    },
  ];
  const photo = noisePng(700, 500);
  const old = {
    state: {
      opened: { from: 'site' },
      original: spaces,
      document: edited,
      updatesFile: { updates: [] },
      drafted: [],
      selectedId: 'omero-15',
      changedAt: '2026-12-01T10:00:00.000Z',
      revision: 1,
      photoFiles: { 'omero-15-foto-1.png': `data:image/png;base64,${photo.toString('base64')}` },
    },
    version: 1,
  };
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('quartieri-connessi:desk', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(old));
  await page.goto('/modifica/');
  await expect(page.getByText(/Hai ripreso il lavoro/)).toBeVisible();
  await expect(page.getByLabel('Ente gestore', { exact: true })).toHaveValue(
    'Associazione di prima',
  );
  const img = page.locator('.desk-photos li img');
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(700);
  expect(await page.evaluate(() => localStorage.getItem('quartieri-connessi:desk'))).toBeNull();
  // Kept where the desk keeps it now.
  await page.reload();
  await expect(page.getByLabel('Ente gestore', { exact: true })).toHaveValue(
    'Associazione di prima',
  );
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(700);
});
