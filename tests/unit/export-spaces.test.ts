import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/desk/csv-read.ts';
import type { SpacesDocument } from '../../src/desk/spaces-draft.ts';
import { cellText, csvRows, csvText } from '../../src/spaces/csv.ts';
import { spacesToGeoJSON } from '../../src/spaces/export-spaces.ts';
import { spacesToCsv } from '../../src/spaces/export-spaces-csv.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';

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

describe('a downloaded CSV opened in a spreadsheet', () => {
  const complete = readFileSync('tests/fixtures/spaces-complete.geojson', 'utf8');
  /**
   * The complete fixture, its first space with texts a spreadsheet would run (and one after a tab,
   * which the desk, trimming what it reads, would take as changed).
   */
  function withRunnableTexts(tab = true): string {
    const file = JSON.parse(complete);
    const properties = file.features[0].properties;
    properties.phone = '+39 02 1234 5678';
    properties.access_note = {
      it: "+cmd|' /C calc'!A0",
      en: '-2+3',
      ...(tab ? { ar: '\tTab' } : {}),
    };
    properties.services = { it: ['- Sportello', "'=già scritto con l'apostrofo"] };
    return JSON.stringify(file);
  }

  it('runs no cell as a formula: a text that begins with +, -, =, @, a tab or a return comes after a quote', () => {
    const { spaces: withTexts, problems } = validateSpacesText(withRunnableTexts());
    expect(problems).toEqual([]);
    for (const separator of [',', ';'] as const) {
      const [header, first] = csvRows(spacesToCsv(withTexts, separator), separator);
      const cell = (key: string) => first![header!.indexOf(key)];
      expect(cell('phone')).toBe("'+39 02 1234 5678");
      expect(cell('access_note_it')).toBe("'+cmd|' /C calc'!A0");
      expect(cell('access_note_en')).toBe("'-2+3");
      expect(cell('access_note_ar')).toBe("'\tTab");
      // A list is one cell, a line per item: only its beginning is read as a formula.
      expect(cell('services_it')).toBe("'- Sportello\n'=già scritto con l'apostrofo");
      // Numbers stay numbers.
      expect(cell('latitude')).toBe(separator === ';' ? '45,434732' : '45.434732');
      for (const row of csvRows(spacesToCsv(withTexts, separator), separator))
        for (const written of row) expect(written).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('is read back by the desk as it was: no change, no formula', () => {
    const text = withRunnableTexts(false);
    const document = JSON.parse(text) as SpacesDocument;
    for (const separator of [',', ';'] as const) {
      const reading = readCsv(
        spacesToCsv(validateSpacesText(text).spaces, separator),
        document,
        '2026-12-07',
      );
      if ('refused' in reading) throw new Error(reading.refused.reason);
      expect(reading.problems).toEqual([]);
      expect(reading.changes).toEqual([]);
    }
  });

  it('quotes a text that only looks like a number, or is a lone sign, and not a number', () => {
    // Found by the property below: "-" alone, or "-9" as a text, came out bare.
    for (const separator of [',', ';'] as const) {
      const texts = ['-', '+', '=', '@', '-9', '-9,5', "'-9"];
      const [, written] = csvRows(
        csvText(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], [[...texts, -9.5]], separator),
        separator,
      );
      expect(written).toEqual([
        "'-",
        "'+",
        "'=",
        "'@",
        "'-9",
        "'-9,5",
        "''-9",
        separator === ';' ? '-9,5' : '-9.5',
      ]);
      expect(written!.slice(0, -1).map(cellText)).toEqual(texts);
    }
  });

  it('keeps any text as it was, read back', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { minLength: 1, maxLength: 4 }),
          {
            maxLength: 4,
          },
        ),
        fc.constantFrom(',' as const, ';' as const),
        (rows, separator) => {
          const width = Math.max(1, ...rows.map((row) => row.length));
          const table = rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
          const header = Array.from({ length: width }, (_, i) => `c${i}`);
          const written = csvRows(csvText(header, table, separator), separator);
          expect(written.slice(1).map((row) => row.map(cellText))).toEqual(
            // A row of one empty cell is an empty line, which is kept as such.
            table,
          );
          for (const row of written)
            for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
    );
  });
});
