/** Dates for people, in their language: plain Intl, no i18next (the domain uses it too). */
import type { Language } from './languages';

/** Formats an ISO date (YYYY-MM-DD) for the language, e.g. "16 dicembre 2020". */
export function formatDate(
  iso: string,
  lang: Language,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
