/**
 * A space's opening hours, read with the opening_hours library (OpenStreetMap's syntax) in
 * Milan's time and with Italy's public holidays (Lombardy's calendar). This module is loaded
 * only when a space has hours: the library is large (hours-store.ts).
 */
import OpeningHours from 'opening_hours';
import { dayOf, milanWallClock, startOfDay, timeOf } from './milan-time.ts';

/** Where the spaces are, for the library's holiday calendar (it never asks a server). */
const MILAN = {
  lat: 45.4642,
  lon: 9.19,
  address: { country_code: 'it', state: 'Lombardia' },
};

/** A moment in Milan: its day (`YYYY-MM-DD`) and time (`HH:MM`). */
export interface WallTime {
  day: string;
  time: string;
}

/** Whether a space is open at a moment, and until when or from when. */
export type HoursNow =
  | { state: 'open'; until: WallTime | null; comment: string | null }
  | { state: 'closed'; opens: WallTime | null; comment: string | null }
  /** The hours say "maybe" (a rule with a comment only, e.g. "su appuntamento"). */
  | { state: 'unknown'; until: WallTime | null; comment: string | null };

export interface HoursInterval {
  from: string;
  /** `24:00` when the interval runs past midnight. */
  to: string;
  /** Open on conditions the comment gives ("su appuntamento"). */
  unknown: boolean;
  comment: string | null;
}

export interface HoursDay {
  day: string;
  intervals: HoursInterval[];
  /** The public holiday's name (in Italian, as the library has it), if the day is one. */
  holiday: string | null;
}

/** The days ahead that the next opening or closing is looked for in. */
const LOOK_AHEAD_DAYS = 366;

export type ReadHours = { hours: OpeningHours } | { error: string };

/** Reads a value of the data's `opening_hours`; the error is the library's own message. */
export function readHours(value: string): ReadHours {
  try {
    return { hours: new OpeningHours(value, MILAN, { locale: 'en' } as never) };
  } catch (error) {
    return { error: String(error).trim() };
  }
}

const wallTime = (wall: Date): WallTime => ({ day: dayOf(wall), time: timeOf(wall) });

/** Open, closed or "maybe" at `moment`, and the next change. */
export function hoursAt(hours: OpeningHours, moment: Date): HoursNow {
  const now = milanWallClock(moment);
  const limit = startOfDay(now, LOOK_AHEAD_DAYS);
  const comment = hours.getComment(now) ?? null;
  const next = hours.getNextChange(now, limit);
  if (hours.getUnknown(now))
    return { state: 'unknown', until: next ? wallTime(next) : null, comment };
  if (hours.getState(now)) return { state: 'open', until: next ? wallTime(next) : null, comment };

  // The next change may be to "maybe"; the next opening is the first change to open.
  const iterator = hours.getIterator(now);
  while (iterator.advance(limit)) {
    if (iterator.getState())
      return { state: 'closed', opens: wallTime(iterator.getDate()), comment };
  }
  return { state: 'closed', opens: null, comment };
}

const HOLIDAYS = new OpeningHours('PH', MILAN);

/** The seven days from `moment`'s day, each with its opening intervals. */
export function hoursWeek(hours: OpeningHours, moment: Date): HoursDay[] {
  const today = startOfDay(milanWallClock(moment));
  return Array.from({ length: 7 }, (_, i) => {
    const start = startOfDay(today, i);
    const end = startOfDay(today, i + 1);
    const noon = new Date(start.getFullYear(), start.getMonth(), start.getDate(), 12);
    return {
      day: dayOf(start),
      holiday: HOLIDAYS.getState(noon) ? (HOLIDAYS.getComment(noon) ?? '') : null,
      intervals: hours.getOpenIntervals(start, end).map(([from, to, unknown, comment]) => ({
        from: timeOf(from),
        to: to.getTime() >= end.getTime() ? '24:00' : timeOf(to),
        unknown,
        comment: comment ?? null,
      })),
    };
  });
}
