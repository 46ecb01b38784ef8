/** Counts and shares for people, in their language: plain Intl, as dates are (format-date.ts). */
import type { Language } from './languages.ts';

/** "52.121" in Italian, "52,121" in English. */
export function formatCount(count: number, lang: Language): string {
  return new Intl.NumberFormat(lang).format(count);
}

/**
 * `part` of `whole` as a percentage: whole numbers from 10 % up, one decimal below, and "< 0.1 %"
 * rather than a 0 that would hide a few. Null when there is no whole to share.
 */
export function formatShare(part: number, whole: number, lang: Language): string | null {
  if (whole <= 0) return null;
  const share = part / whole;
  const percent = (value: number, digits: number) =>
    new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(value);
  if (part > 0 && share < 0.001) return `< ${percent(0.001, 1)}`;
  return percent(share, share >= 0.1 ? 0 : 1);
}
