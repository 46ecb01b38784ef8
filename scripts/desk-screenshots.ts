/**
 * `npm run docs:desk`: the pictures of the officials' desk in docs/scrivania.md (docs/desk-*.png), taken on
 * the production build as an official records an opening. Run after `npm run build`.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { startPreview } from './preview-server.ts';

const server = await startPreview(4181);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS, '--lang=it-IT'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'it-IT' });
  await page.goto(`${server.url}modifica/`);
  await page.getByRole('button', { name: 'Apri i dati pubblicati sul sito' }).click();
  await page.getByLabel('lunedì', { exact: true }).selectOption('aperto');
  await page.getByLabel('lunedì, dalle (fascia 1)').fill('09:00');
  await page.getByLabel('lunedì, alle (fascia 1)').fill('12:30');
  await page.getByRole('button', { name: 'Aggiungi una fascia a lunedì' }).click();
  await page.getByLabel('lunedì, dalle (fascia 2)').fill('14:00');
  await page.getByLabel('lunedì, alle (fascia 2)').fill('18:00');
  await page
    .getByRole('button', { name: 'Copia gli orari di lunedì da martedì a venerdì' })
    .click();
  await page.getByLabel('Nuovo stato').selectOption({ label: 'Aperto: i servizi sono attivi' });
  await page.getByLabel('Fonte (chi lo dice, e dove)').fill('(la fonte della notizia)');
  await page.getByRole('button', { name: 'Registra il nuovo stato' }).click();
  mkdirSync('docs', { recursive: true });
  const shot = async (name: string, selector: string) =>
    page.locator(selector).screenshot({ path: `docs/desk-${name}.png` });
  await shot('open', '.desk-step:has(#open-heading)');
  await shot('hours', '#field-opening_hours');
  await shot('status', '.desk-section:has(#section-status)');
  await page.getByLabel('Lingua').selectOption('ar');
  await page.frameLocator('iframe').getByRole('heading', { name: 'viale Omero 15' }).waitFor();
  await shot('preview', '.desk-preview');
  await shot('save', '.desk-step:has(#save-heading)');
  console.log('docs/desk-{open,hours,status,preview,save}.png written');
} finally {
  await browser.close();
  server.stop();
}
