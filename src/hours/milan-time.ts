/**
 * Milan's wall clock, whatever the device's time zone. The opening_hours library reads a Date's
 * local fields (day of the week, hours), so a moment is handed to it as a "wall-clock Date": a
 * Date whose local fields are Milan's at that moment. What it gives back is read the same way.
 */

export const MILAN_TIME_ZONE = 'Europe/Rome';

const MILAN_FIELDS = new Intl.DateTimeFormat('en-GB', {
  timeZone: MILAN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock Date of a moment in Milan (see above). */
export function milanWallClock(moment: Date): Date {
  const parts = Object.fromEntries(
    MILAN_FIELDS.formatToParts(moment).map((p) => [p.type, Number(p.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  return new Date(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** A wall-clock Date's day, `YYYY-MM-DD`. */
export function dayOf(wall: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${wall.getFullYear()}-${pad(wall.getMonth() + 1)}-${pad(wall.getDate())}`;
}

/** A wall-clock Date's time, `HH:MM`. */
export function timeOf(wall: Date): string {
  return `${String(wall.getHours()).padStart(2, '0')}:${String(wall.getMinutes()).padStart(2, '0')}`;
}

/** Midnight at the start of a wall-clock Date's day, `days` days later. */
export function startOfDay(wall: Date, days = 0): Date {
  return new Date(wall.getFullYear(), wall.getMonth(), wall.getDate() + days);
}

/** Whole days from one `YYYY-MM-DD` to another. */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
