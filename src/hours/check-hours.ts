/**
 * What `npm run check:data` says about the spaces' opening hours: a value the library cannot read,
 * or cannot work out for the coming year (e.g. school holidays it has no dates for), is an error;
 * its warnings (e.g. "09.00" for "09:00") are warnings.
 */
import type { Space } from '../spaces/types';
import type { DataProblem } from '../spaces/validate-spaces';
import { hoursAt, hoursWeek, readHours } from './opening-hours';

export function hoursProblems(
  spaces: readonly Space[],
  positions: ReadonlyMap<string, number>,
  moment: Date = new Date(),
): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const space of spaces) {
    if (space.openingHours === null) continue;
    const at = { feature: positions.get(space.id), id: space.id, field: 'opening_hours' };
    const read = readHours(space.openingHours);
    if ('error' in read) {
      problems.push({ ...at, severity: 'error', message: `cannot be read: ${read.error}` });
      continue;
    }
    try {
      hoursAt(read.hours, moment);
      for (let week = 0; week < 53; week += 1)
        hoursWeek(read.hours, new Date(moment.getTime() + week * 7 * 86_400_000));
    } catch (error) {
      problems.push({
        ...at,
        severity: 'error',
        message: `cannot be worked out for the coming year: ${String(error).trim()}`,
      });
      continue;
    }
    for (const warning of read.hours.getWarnings())
      problems.push({ ...at, severity: 'warning', message: warning });
  }
  return problems;
}
