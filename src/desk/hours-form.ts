/**
 * The desk's opening-hours form: the week's days and times, public holidays, Sant'Ambrogio and
 * closures, and the OpenStreetMap `opening_hours` value they write. A value the form wrote reads
 * back into the same form; any other value is edited as text (`readHoursForm` gives null).
 */

export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** `HH:MM` to `HH:MM`, in Milan's time. */
export interface TimeRange {
  from: string;
  to: string;
}

/** A day of the week: closed, open at these times, or open by appointment (at these times, or any). */
export interface DayHours {
  mode: 'closed' | 'open' | 'appointment';
  times: TimeRange[];
}

/** Closed from one day to another (`YYYY-MM-DD`, both included): a summer closure, say. */
export interface Closure {
  from: string;
  to: string;
}

export interface HoursForm {
  days: Record<Weekday, DayHours>;
  /** Closed on Italy's public holidays (`PH off`). */
  holidaysClosed: boolean;
  /** Closed on 7 December, Milan's patron saint's day, which is not a national holiday. */
  santAmbrogioClosed: boolean;
  closures: Closure[];
}

/** The comment written on appointment-only times; residents read it as written (in Italian). */
export const BY_APPOINTMENT = 'su appuntamento';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function emptyHoursForm(): HoursForm {
  const days = Object.fromEntries(
    WEEKDAYS.map((d): [Weekday, DayHours] => [d, { mode: 'closed', times: [] }]),
  ) as Record<Weekday, DayHours>;
  return { days, holidaysClosed: true, santAmbrogioClosed: true, closures: [] };
}

const dayKey = (day: DayHours) =>
  day.mode === 'closed' ? '' : `${day.mode} ${day.times.map((t) => `${t.from}-${t.to}`).join(',')}`;

/**
 * The days that share the same hours, in the week's order of their first day: each group is
 * written as one rule ("Mo-Fr 09:00-18:00") and read as one line.
 */
export function dayGroups(form: HoursForm): { days: Weekday[]; hours: DayHours }[] {
  const groups = new Map<string, { days: Weekday[]; hours: DayHours }>();
  for (const day of WEEKDAYS) {
    const hours = form.days[day];
    if (hours.mode === 'closed') continue;
    const key = dayKey(hours);
    const group = groups.get(key) ?? { days: [], hours };
    group.days.push(day);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Consecutive days as runs: [Mo, Tu, We, Fr] gives [[Mo, We], [Fr, Fr]]. */
export function dayRuns(days: readonly Weekday[]): [Weekday, Weekday][] {
  const runs: [Weekday, Weekday][] = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(last[1]) + 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

const daySelector = (days: readonly Weekday[]) =>
  dayRuns(days)
    .flatMap(([first, last]) => {
      if (first === last) return [first];
      // Two days are written as a list, three or more as a range (OpenStreetMap's habit).
      const span = WEEKDAYS.indexOf(last) - WEEKDAYS.indexOf(first);
      return span === 1 ? [first, last] : [`${first}-${last}`];
    })
    .join(',');

function osmDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${year} ${MONTHS[Number(month) - 1]} ${date}`;
}

/** The `opening_hours` value the form says; null when no day is open (the hours are unknown). */
export function writeHours(form: HoursForm): string | null {
  const groups = dayGroups(form);
  if (groups.length === 0) return null;
  const rules = groups.map(({ days, hours }) => {
    const times = hours.times.map((t) => `${t.from}-${t.to}`).join(',');
    const appointment = hours.mode === 'appointment' ? ` unknown "${BY_APPOINTMENT}"` : '';
    return `${daySelector(days)}${times ? ` ${times}` : ''}${appointment}`;
  });
  if (form.holidaysClosed) rules.push('PH off');
  if (form.santAmbrogioClosed) rules.push('Dec 07 off');
  for (const { from, to } of form.closures)
    rules.push(from === to ? `${osmDate(from)} off` : `${osmDate(from)}-${osmDate(to)} off`);
  return rules.join('; ');
}

const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const TIME = '(?:[01]\\d|2[0-4]):[0-5]\\d';
const DAY_RULE = new RegExp(
  `^(${DAY}(?:-${DAY})?(?:,${DAY}(?:-${DAY})?)*)(?: (${TIME}-${TIME}(?:,${TIME}-${TIME})*))?( unknown "${BY_APPOINTMENT}")?$`,
);
const OSM_DATE = `(\\d{4}) (${MONTHS.join('|')}) (\\d\\d)`;
const CLOSURE = new RegExp(`^${OSM_DATE}(?:-${OSM_DATE})? off$`);

function isoDate(year: string, month: string, date: string): string {
  return `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${date}`;
}

function expandDays(selector: string): Weekday[] | null {
  const days: Weekday[] = [];
  for (const part of selector.split(',')) {
    const [first, last = first] = part.split('-') as [Weekday, Weekday?];
    const from = WEEKDAYS.indexOf(first);
    const to = WEEKDAYS.indexOf(last);
    if (to < from) return null;
    days.push(...WEEKDAYS.slice(from, to + 1));
  }
  return days;
}

/**
 * The form a value says, or null when it has rules the form cannot show (then it is edited as
 * text, and still read by the library). No value gives the empty form.
 */
export function readHoursForm(value: string | null): HoursForm | null {
  const form = emptyHoursForm();
  form.holidaysClosed = false;
  form.santAmbrogioClosed = false;
  if (value === null || value.trim() === '') return emptyHoursForm();
  const seen = new Set<Weekday>();
  for (const rule of value.trim().split(/\s*;\s*/)) {
    if (rule === 'PH off') form.holidaysClosed = true;
    else if (rule === 'Dec 07 off') form.santAmbrogioClosed = true;
    else if (CLOSURE.test(rule)) {
      const m = CLOSURE.exec(rule)!;
      const from = isoDate(m[1]!, m[2]!, m[3]!);
      form.closures.push({ from, to: m[4] ? isoDate(m[4], m[5]!, m[6]!) : from });
    } else {
      const m = DAY_RULE.exec(rule);
      if (!m) return null;
      const days = expandDays(m[1]!);
      const appointment = !!m[3];
      // A day with no times is open all day: not something the form offers.
      if (!days || (!m[2] && !appointment)) return null;
      const times = (m[2] ?? '').split(',').filter(Boolean);
      for (const day of days) {
        if (seen.has(day)) return null;
        seen.add(day);
        form.days[day] = {
          mode: appointment ? 'appointment' : 'open',
          times: times.map((range) => {
            const [from, to] = range.split('-') as [string, string];
            return { from, to };
          }),
        };
      }
    }
  }
  return form;
}

/** What is wrong in the form, by place: a day's times, or a closure. Empty when it can be written. */
export interface HoursFormProblem {
  where: { day: Weekday; range: number } | { closure: number } | { day: Weekday };
  /** A key of the desk's words (`desk:hours.problem.*`). */
  problem: 'order' | 'overlap' | 'missing' | 'noTimes' | 'closureOrder';
}

export function hoursFormProblems(form: HoursForm): HoursFormProblem[] {
  const problems: HoursFormProblem[] = [];
  for (const day of WEEKDAYS) {
    const hours = form.days[day];
    if (hours.mode === 'closed') continue;
    if (hours.mode === 'open' && hours.times.length === 0)
      problems.push({ where: { day }, problem: 'noTimes' });
    hours.times.forEach((range, i) => {
      const where = { day, range: i };
      if (!range.from || !range.to) problems.push({ where, problem: 'missing' });
      else if (range.from >= range.to) problems.push({ where, problem: 'order' });
      else if (i > 0 && hours.times[i - 1]!.to > range.from)
        problems.push({ where, problem: 'overlap' });
    });
  }
  form.closures.forEach((closure, i) => {
    if (!closure.from || !closure.to) problems.push({ where: { closure: i }, problem: 'missing' });
    else if (closure.to < closure.from)
      problems.push({ where: { closure: i }, problem: 'closureOrder' });
  });
  return problems;
}
