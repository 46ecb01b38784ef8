/** Times and days of Milan's wall clock (milan-time.ts), written for the person's language. */
import { formatDate } from '../i18n/format-date.ts';
import { FORMAT_LOCALE, type Language } from '../i18n/languages.ts';
import { daysBetween } from './milan-time.ts';
import type { HoursNow, WallTime } from './opening-hours.ts';

/** "9:00", "18:30" (24-hour, as in Italy); "24:00" for the end of a day. */
export function formatTime(time: string, lang: Language): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const format = new Intl.DateTimeFormat(FORMAT_LOCALE[lang], {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  const parts = format.formatToParts(new Date(Date.UTC(2000, 0, 1, h % 24, m)));
  return parts
    .map((p) => (p.type === 'hour' && h === 24 ? new Intl.NumberFormat(lang).format(24) : p.value))
    .join('');
}

/** "lunedì 7 dicembre". */
export function formatDay(day: string, lang: Language): string {
  return formatDate(day, lang, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** "martedì". */
export function formatWeekday(day: string, lang: Language): string {
  return formatDate(day, lang, { weekday: 'long' });
}

/** A translation key and its values for a state line, e.g. "Chiuso ora, apre martedì alle 9:00". */
export function nowLine(
  now: HoursNow,
  today: string,
  lang: Language,
): { key: string; values: Record<string, string> } {
  const when = (at: WallTime): { when: string; values: Record<string, string> } => {
    const days = daysBetween(today, at.day);
    const time = formatTime(at.time, lang);
    if (days === 0) return { when: 'Today', values: { time } };
    if (days === 1) return { when: 'Tomorrow', values: { time } };
    const day = days < 7 ? formatWeekday(at.day, lang) : formatDay(at.day, lang);
    return { when: 'On', values: { time, day } };
  };
  if (now.state === 'closed') {
    if (!now.opens) return { key: 'hours.closed', values: {} };
    const { when: w, values } = when(now.opens);
    return { key: `hours.closedOpens${w}`, values };
  }
  const base = now.state === 'open' ? 'hours.open' : 'hours.maybe';
  if (!now.until) return { key: base, values: {} };
  const { when: w, values } = when(now.until);
  return { key: `${base}Until${w}`, values };
}
