/**
 * A space's hours in schema.org terms (`openingHoursSpecification`): the regular week, read with
 * the app's own reading of the data's OpenStreetMap value (src/hours/), on the first week from
 * `from` with no public holiday in it. Times the hours give only on conditions ("su
 * appuntamento") are left out, as are holidays and closures, which schema.org would need dated
 * entries for: the space's page gives the whole reading.
 */
import type { DayOfWeek, OpeningHoursSpecification } from 'schema-dts';
import { hoursWeek, readHours } from '../hours/opening-hours.ts';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKS_LOOKED_AT = 8;

export function openingHoursSpecification(value: string, from: Date): OpeningHoursSpecification[] {
  const read = readHours(value);
  if ('error' in read) return [];
  for (let week = 0; week < WEEKS_LOOKED_AT; week++) {
    const days = hoursWeek(read.hours, new Date(from.getTime() + week * 7 * 86_400_000));
    if (days.some((day) => day.holiday !== null)) continue;
    return days.flatMap((day) =>
      day.intervals
        .filter((interval) => !interval.unknown)
        .map((interval): OpeningHoursSpecification => ({
          '@type': 'OpeningHoursSpecification',
          dayOfWeek:
            `https://schema.org/${DAYS[new Date(`${day.day}T12:00:00Z`).getUTCDay()]}` as DayOfWeek,
          opens: interval.from,
          closes: interval.to === '24:00' ? '23:59' : interval.to,
        })),
    );
  }
  return [];
}
