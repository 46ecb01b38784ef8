/** i18next set-up: every string a person reads comes from the locale files. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import it from './locales/it.json';
import {
  DEFAULT_LANGUAGE,
  DOCUMENT_LANG,
  isLanguage,
  isRightToLeft,
  type Language,
} from './languages.ts';

// Italian ships with the app; the other languages are files fetched when chosen. Fetched, not
// imported: a browser may keep a failed `import()` failed for the page's life (Chromium 150 does),
// and then a language that failed once could never be had again.
const otherLocales = import.meta.glob<string>(['./locales/*.json', '!./locales/it.json'], {
  query: '?url',
  import: 'default',
  eager: true,
});

async function ensureLanguage(lang: Language): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'translation')) return;
  const url = otherLocales[`./locales/${lang}.json`];
  if (!url) throw new Error(`No locale file for ${lang}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  i18next.addResourceBundle(lang, 'translation', (await response.json()) as object);
}

export async function startI18n(lang: Language): Promise<void> {
  await initItalian();
  await switchLanguage(lang);
}

/** i18next in Italian, the language the app ships with; the page's document is left alone. */
export async function initItalian(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { it: { translation: it } },
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/**
 * Loads the language if needed, then switches the interface and the document to it. False when
 * its file could not be loaded (offline before it was ever loaded): the interface stays in the
 * language it speaks, `currentLanguage()`.
 */
export async function switchLanguage(lang: Language, doc: Document = document): Promise<boolean> {
  try {
    await ensureLanguage(lang);
  } catch (error) {
    console.error(`Could not load the ${lang} translation:`, error);
    return false;
  }
  await i18next.changeLanguage(lang);
  // Set only when they change: setting even the same value makes the browser restyle the page,
  // and an element drawn before the font arrived is then drawn again with it (the language
  // switch's text moved 3 px as the app started: a layout shift).
  const root = doc.documentElement;
  const dir = isRightToLeft(lang) ? 'rtl' : 'ltr';
  if (root.lang !== DOCUMENT_LANG[lang]) root.lang = DOCUMENT_LANG[lang];
  if (root.dir !== dir) root.dir = dir;
  return true;
}

/** The language the interface speaks now. */
export function currentLanguage(): Language {
  const lang = i18next.language;
  return isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}

export { formatDate } from './format-date.ts';

/** A distance for people: "700 m" (to 10 m) below a kilometre, "1,2 km" above. */
export function formatDistance(metres: number, lang: Language): string {
  const rounded = Math.max(10, Math.round(metres / 10) * 10);
  if (rounded < 1000)
    return new Intl.NumberFormat(lang, { style: 'unit', unit: 'meter' }).format(rounded);
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: 1,
  }).format(metres / 1000);
}
