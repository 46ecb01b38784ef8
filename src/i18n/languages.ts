/** The languages the interface is translated into; Italian is the default. */
export const LANGUAGES = ['it', 'en', 'es', 'fr', 'ar', 'zh'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'it';

/** Each language's name in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  it: 'Italiano',
  en: 'English',
  es: 'Español',
  fr: 'Français',
  ar: 'العربية',
  zh: '中文',
};

/** The BCP 47 tag for the document: the Chinese translation is in simplified characters. */
export const DOCUMENT_LANG: Record<Language, string> = {
  it: 'it',
  en: 'en',
  es: 'es',
  fr: 'fr',
  ar: 'ar',
  zh: 'zh-Hans',
};

/**
 * The locale dates, times and numbers are written in: English as read in Europe ("6 December
 * 2026", not the US "December 6, 2026"); the others as their language.
 */
export const FORMAT_LOCALE: Record<Language, string> = {
  it: 'it',
  en: 'en-GB',
  es: 'es',
  fr: 'fr',
  ar: 'ar',
  zh: 'zh-Hans',
};

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function isRightToLeft(lang: Language): boolean {
  return lang === 'ar';
}

/** The first of the browser's languages that the app speaks ("ar-EG" -> "ar"), else Italian. */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
