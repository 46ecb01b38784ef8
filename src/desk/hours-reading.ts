/**
 * The hours form read aloud in plain Italian, as the desk shows it beside the value it writes:
 * "dal lunedì al venerdì: 9:00–12:30 e 14:00–18:00". The words are the desk's (locales/it.json).
 */
import type { TFunction } from 'i18next';
import { formatTime } from '../hours/hours-text.ts';
import { formatDate } from '../i18n/format-date.ts';
import { dayGroups, dayRuns, WEEKDAYS, type HoursForm, type Weekday } from './hours-form.ts';

const dayName = (t: TFunction, day: Weekday) => t(`desk:hours.day.${day}`);

/** "dal lunedì al venerdì", "lunedì e mercoledì", "sabato". */
export function daysText(t: TFunction, days: readonly Weekday[]): string {
  const parts = dayRuns(days).flatMap(([first, last]) => {
    const span = WEEKDAYS.indexOf(last) - WEEKDAYS.indexOf(first);
    if (span === 0) return [dayName(t, first)];
    if (span === 1) return [dayName(t, first), dayName(t, last)];
    return [t('desk:hours.reading.range', { from: dayName(t, first), to: dayName(t, last) })];
  });
  return listText(t, parts);
}

/** "a, b e c". */
function listText(t: TFunction, parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return t('desk:hours.reading.list', {
    first: parts.slice(0, -1).join(', '),
    last: parts.at(-1),
  });
}

/**
 * "dal 9 agosto 2027", "all'8 agosto 2027": `from` or `to`, elided before a vowel (1, 8, 11) as
 * Italian has it.
 */
function dayPhrase(t: TFunction, part: 'from' | 'to', day: string): string {
  const date = formatDate(day, 'it', { day: 'numeric', month: 'long', year: 'numeric' });
  const elided = [1, 8, 11].includes(Number(day.slice(8)));
  return t(`desk:hours.reading.${part}${elided ? 'Elided' : ''}`, { date });
}

/** The form's lines in plain Italian; a single line saying the hours are unknown for no open day. */
export function hoursReading(t: TFunction, form: HoursForm): string[] {
  const groups = dayGroups(form);
  if (groups.length === 0) return [t('desk:hours.reading.unknown')];
  const lines = groups.map(({ days, hours }) => {
    const times = listText(
      t,
      hours.times.map((r) =>
        t('desk:hours.reading.times', {
          from: formatTime(r.from, 'it'),
          to: formatTime(r.to, 'it'),
        }),
      ),
    );
    const key =
      hours.mode === 'appointment'
        ? times
          ? 'desk:hours.reading.appointmentAt'
          : 'desk:hours.reading.appointment'
        : 'desk:hours.reading.open';
    return t(key, { days: daysText(t, days), times });
  });
  const closed = WEEKDAYS.filter((d) => form.days[d].mode === 'closed');
  if (closed.length > 0) lines.push(t('desk:hours.reading.closed', { days: daysText(t, closed) }));
  lines.push(
    t(
      form.holidaysClosed ? 'desk:hours.reading.holidaysClosed' : 'desk:hours.reading.holidaysOpen',
    ),
  );
  if (form.santAmbrogioClosed) lines.push(t('desk:hours.reading.santAmbrogio'));
  for (const closure of form.closures)
    lines.push(
      closure.from === closure.to
        ? t('desk:hours.reading.closedOn', {
            date: formatDate(closure.from, 'it', {
              day: 'numeric',
              month: 'long',
              year: 'numeric',
            }),
          })
        : t('desk:hours.reading.closure', {
            from: dayPhrase(t, 'from', closure.from),
            to: dayPhrase(t, 'to', closure.to),
          }),
    );
  return lines;
}
