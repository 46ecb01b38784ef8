/** Dates for people, in their language: plain Intl, no i18next (the domain uses it too). */
import { onReset } from '../state/reset.ts';
import type { Language } from './languages.ts';

/** Formatters are costly to make (a panel's dates, at each opening): one per language and style. */
const formatters = new Map<string, Intl.DateTimeFormat>();
onReset(() => formatters.clear());

/** Formats an ISO date (YYYY-MM-DD) for the language, e.g. "16 dicembre 2020". */
export function formatDate(
  iso: string,
  lang: Language,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const key = `${lang} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return formatter.format(new Date(Date.UTC(y, m - 1, d)));
}
