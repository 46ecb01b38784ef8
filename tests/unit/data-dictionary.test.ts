/** data/README.md documents every field of the spaces, exactly as src/spaces/field-dictionary.ts does. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_DICTIONARY } from '../../src/spaces/field-dictionary.ts';
import { FIELD_NAMES } from '../../src/spaces/space-fields.ts';

/** The rows of the "Properties" table: property, meaning, type, allowed values, source. */
function dictionaryRows(): string[][] {
  const readme = readFileSync('data/README.md', 'utf8');
  const section = readme.split('## Properties')[1]!.split(/\n##+ /)[0]!;
  return section
    .split('\n')
    .filter((line) => /^\|\s*`/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}

describe('the data dictionary (data/README.md)', () => {
  const rows = dictionaryRows();

  it('lists every field the validation knows, in the same order, and no other', () => {
    expect(rows.map((row) => row[0])).toEqual(FIELD_NAMES.map((name) => `\`${name}\``));
  });

  it.each(FIELD_NAMES)('describes `%s` as the field table does', (name) => {
    const row = rows.find((r) => r[0] === `\`${name}\``);
    expect(row, 'copy the line from src/spaces/field-dictionary.ts').toEqual([
      `\`${name}\``,
      ...FIELD_DICTIONARY[name].about,
    ]);
  });
});
