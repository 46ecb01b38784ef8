import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';

// The nine spaces: id, area, the register's point (DS634, file of 2020-03-02), its Municipio and
// its NIL (DS964), as data/README.md cites them.
const REGISTER: [string, number, number, number, number, number][] = [
  ['omero-15', 1, 45.434732, 9.224696, 4, 35],
  ['zoia-105', 1, 45.470018, 9.10984, 7, 61],
  ['boccioni-10', 1, 45.511759, 9.128597, 8, 76],
  ['faenza-25', 2, 45.435888, 9.148211, 6, 46],
  ['visconti-24', 2, 45.503839, 9.10065, 8, 65],
  ['erlembaldo-2', 2, 45.505627, 9.221362, 2, 16],
  ['monti-18-20', 3, 45.505636, 9.192885, 9, 14],
  ['capuana-7', 3, 45.518107, 9.140847, 8, 76],
  ['palmanova-59', 3, 45.495913, 9.235195, 2, 19],
];

describe('data/spaces.geojson', () => {
  const result = validateSpacesText(readFileSync('data/spaces.geojson', 'utf8'));

  it('is valid, with no warnings', () => {
    expect(result.problems).toEqual([]);
  });

  it('holds exactly the nine spaces of the programme, at the register coordinates', () => {
    expect(result.spaces.map((s) => [s.id, s.area, s.lat, s.lon, s.municipio, s.nil.id])).toEqual(
      REGISTER,
    );
  });

  it('writes an unknown value as null, never as a placeholder that would be shown as a fact', () => {
    const placeholder =
      /^(n\/?a|tbd|tba|\?+|-+|da definire|non (ancora )?not[oa]|sconosciut[oa])$/i;
    const texts = JSON.stringify(result.spaces)
      .match(/"[^"]*"/g)!
      .map((t) => t.slice(1, -1));
    expect(texts.filter((text) => placeholder.test(text.trim()))).toEqual([]);
  });
});
