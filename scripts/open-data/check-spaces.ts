/**
 * Checks each space against the open-data snapshots: its neighbourhood (the NIL polygon its point
 * falls in) and its Municipio (that of the register's nearest house number).
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { DataProblem } from '../../src/spaces/validate-spaces.ts';
import type { Space } from '../../src/spaces/types.ts';
import { neighbourhoodName, type Neighbourhoods } from './neighbourhoods.ts';
import type { Register } from './register.ts';

/** Names compared as people read them: "Lodi - Corvetto" and "LODI - CORVETTO" agree. */
const sameName = (a: string, b: string) =>
  a.localeCompare(b, 'it', { sensitivity: 'base', ignorePunctuation: true }) === 0;

/** `positions` maps a space's id to its 1-based place in the file, for the messages. */
export function checkAgainstOpenData(
  spaces: readonly Space[],
  neighbourhoods: Neighbourhoods,
  register: Register,
  positions: ReadonlyMap<string, number>,
): DataProblem[] {
  const numbers = register.streets.flatMap((s) => s.numbers);
  const problems: DataProblem[] = [];
  for (const space of spaces) {
    const at = { feature: positions.get(space.id), id: space.id, severity: 'error' as const };
    const point: [number, number] = [space.lon, space.lat];

    const nil = neighbourhoods.features.find((f) => booleanPointInPolygon(point, f));
    if (!nil) {
      problems.push({
        ...at,
        field: 'geometry',
        message: 'the point is in none of the 88 neighbourhoods of the NIL layer (DS964)',
      });
    } else {
      const name = neighbourhoodName(nil.properties.NIL);
      if (space.nil.id !== nil.properties.ID_NIL)
        problems.push({
          ...at,
          field: 'nil_id',
          message: `the data says ${space.nil.id}, the NIL layer (DS964) says ${nil.properties.ID_NIL} ("${name}") for this point`,
        });
      else if (!sameName(space.nil.name, name))
        problems.push({
          ...at,
          field: 'nil_name',
          message: `the data says "${space.nil.name}", the NIL layer (DS964) says "${name}"`,
        });
    }

    let nearest = numbers[0];
    let best = Infinity;
    for (const n of numbers) {
      const d = (n.lat - space.lat) ** 2 + (n.lon - space.lon) ** 2;
      if (d < best) [best, nearest] = [d, n];
    }
    if (nearest && nearest.municipio > 0 && nearest.municipio !== space.municipio) {
      const metres = distance(point, [nearest.lon, nearest.lat], { units: 'meters' });
      problems.push({
        ...at,
        field: 'municipio',
        message: `the data says ${space.municipio}, the house-number register (DS634) says ${nearest.municipio} for its nearest number (${metres.toFixed(0)} m away)`,
      });
    }
  }
  return problems;
}
