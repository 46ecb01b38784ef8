/**
 * What `npm run check:data` says about the spaces' opening hours: a value the library cannot read,
 * or cannot work out for the coming year (e.g. school holidays it has no dates for), is an error;
 * its warnings (e.g. "09.00" for "09:00") are warnings.
 */
import type { Space } from '../spaces/types.ts';
import type { DataProblem } from '../spaces/validate-spaces.ts';
import { hoursAt, hoursWeek, readHours } from './opening-hours.ts';

export function hoursProblems(
  spaces: readonly Space[],
  positions: ReadonlyMap<string, number>,
  moment: Date = new Date(),
): DataProblem[] {
  return spaces.flatMap((space) =>
    space.openingHours === null
      ? []
      : hoursValueProblems(space.openingHours, moment).map((problem) => ({
          feature: positions.get(space.id),
          id: space.id,
          field: 'opening_hours',
          ...problem,
        })),
  );
}

/** The same for one value (the officials' desk checks it as it is typed). */
export function hoursValueProblems(
  value: string,
  moment: Date = new Date(),
): Pick<DataProblem, 'severity' | 'message'>[] {
  const read = readHours(value);
  if ('error' in read) return [{ severity: 'error', message: `cannot be read: ${read.error}` }];
  try {
    hoursAt(read.hours, moment);
    for (let week = 0; week < 53; week += 1)
      hoursWeek(read.hours, new Date(moment.getTime() + week * 7 * 86_400_000));
  } catch (error) {
    return [
      {
        severity: 'error',
        message: `cannot be worked out for the coming year: ${String(error).trim()}`,
      },
    ];
  }
  return read.hours.getWarnings().map((message) => ({ severity: 'warning', message }));
}
