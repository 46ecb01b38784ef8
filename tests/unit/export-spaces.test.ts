import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spacesToCsv, spacesToGeoJSON } from '../../src/spaces/export-spaces';
import { validateSpacesText } from '../../src/spaces/validate-spaces';

const { spaces } = validateSpacesText(readFileSync('data/spaces.geojson', 'utf8'));

describe('downloading the spaces', () => {
  it('as GeoJSON that passes the project’s own validation, unchanged', () => {
    const again = validateSpacesText(spacesToGeoJSON(spaces));
    expect(again.problems).toEqual([]);
    expect(again.spaces).toEqual(spaces);
  });

  it('as CSV in UTF-8 with a header and one row per space', () => {
    const csv = spacesToCsv(spaces);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatch(
      /^id,number,area,address,municipio,nil_id,nil_name,neighbourhood,status,/,
    );
    expect(lines[0]).toMatch(/,latitude,longitude$/);
    expect(lines[1]).toMatch(
      /^omero-15,1,1,viale Omero 15,4,35,Lodi - Corvetto,Corvetto,seeking-operator,/,
    );
    expect(lines[1]).toMatch(/,45\.434732,9\.224696$/);
  });

  it('quotes fields with commas and quotes, and leaves unknown values empty', () => {
    const csv = spacesToCsv(spaces.filter((s) => s.id === 'faenza-25'));
    const row = csv.trimEnd().split('\r\n')[1]!;
    expect(row).toContain(
      '"Comune di Milano, comunicazione successiva all\'avviso del 16/12/2020"',
    );
    expect(row).toContain(',,,');
  });

  it('for a spreadsheet set to Italian: semicolons between columns, decimal commas', () => {
    const lines = spacesToCsv(spaces, ';').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id;number;area;address;municipio;/);
    expect(lines[0]!.split(';')).toHaveLength(lines[1]!.split(';').length);
    expect(lines[1]).toMatch(/;45,434732;9,224696$/);
    // A comma inside a text is no longer a separator: it is left unquoted.
    expect(lines[1]).toContain(
      ";Comune di Milano, comunicazione successiva all'avviso del 16/12/2020;",
    );
  });

  it('exports only what it is given (the filter applies)', () => {
    const shown = spaces.filter((s) => s.area !== 3);
    expect(JSON.parse(spacesToGeoJSON(shown)).features).toHaveLength(6);
    expect(spacesToCsv(shown).trimEnd().split('\r\n')).toHaveLength(7);
  });
});
