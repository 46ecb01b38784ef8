/** Dates for people, in their language: plain Intl, no i18next (the domain uses it too). */
import { FORMAT_LOCALE, type Language } from './languages.ts';

/**
 * A formatter per language and style, made once: they are costly to make (a panel's dates, at
 * each opening), and each gives the same text for the same date whatever happened before, so
 * there is nothing in them for the app's reset (src/state/reset.ts) to forget.
 */
const formatterFor = (() => {
  const made = new Map<string, Intl.DateTimeFormat>();
  return (lang: Language, options: Intl.DateTimeFormatOptions) => {
    const key = `${lang} ${JSON.stringify(options)}`;
    let formatter = made.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(FORMAT_LOCALE[lang], { ...options, timeZone: 'UTC' });
      made.set(key, formatter);
    }
    return formatter;
  };
})();

/** Formats an ISO date (YYYY-MM-DD) for the language, e.g. "16 dicembre 2020". */
export function formatDate(
  iso: string,
  lang: Language,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return formatterFor(lang, options).format(new Date(Date.UTC(y, m - 1, d)));
}
