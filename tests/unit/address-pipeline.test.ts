import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAddressIndex } from '../../scripts/address-index/build-index.ts';
import { csvRows } from '../../src/spaces/csv.ts';

const SAMPLE = 'tests/fixtures/register-sample';

describe('building the address index from the Comune’s register', () => {
  const { manifest, streets, shards, report } = buildAddressIndex(
    SAMPLE,
    new Date('2026-01-01T00:00:00Z'),
  );

  it('reports what it read, kept and dropped, with the reason for each drop', () => {
    expect(report.numbers).toEqual({
      read: 34,
      kept: 27,
      dropped: {
        'malformed row': 1,
        'driveway (PASSOCARRAIO 1)': 1,
        'suppressed number (STATOCIVICO 99)': 1,
        'secondary access code (BARRA2, e.g. 21N05)': 1,
        'missing or out-of-town coordinates': 2,
        'unknown street code': 1,
      },
    });
    expect(report.streets).toEqual({ read: 14, kept: 13, withoutNumbers: 1 });
    expect(manifest.counts).toEqual({ streets: 13, numbers: 27 });
  });

  it('keeps driveways, suppressed numbers and secondary codes out of the index', () => {
    const omero = Object.values(shards).flatMap((s) => s['4289'] ?? []);
    expect(omero.map(([n]) => n)).toEqual(['13', '15', '17', '18']);
  });

  it('writes street names in reading case with their type', () => {
    const names = Object.fromEntries(
      streets.streets.map(([code, type, name]) => [code, `${streets.types[type]} ${name}`]),
    );
    expect(names[1]).toBe('piazza del Duomo');
    expect(names[2356]).toBe("via Sant'Erlembaldo");
    expect(names[9001]).toBe('via Gesù');
    expect(names[7467]).toBe('largo Umberto Boccioni');
  });

  it('names the source files for the attribution', () => {
    expect(manifest.sources).toEqual(['civici-sample.csv', 'viario-sample.csv']);
    expect(manifest.attribution).toMatch(/CC BY 4.0/);
  });

  it('fails clearly on a file that is not the register', () => {
    const folder = mkdtempSync(join(tmpdir(), 'register-'));
    cpSync(SAMPLE, folder, { recursive: true });
    writeFileSync(join(folder, 'civici-sample.csv'), 'name,lat,lon\r\nsomething,45,9\r\n');
    expect(() => buildAddressIndex(folder)).toThrow(
      /civici-sample\.csv: not the expected file: missing column\(s\) CODICE_VIA/,
    );
  });

  it('fails clearly when a file is missing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'register-'));
    expect(() => buildAddressIndex(folder)).toThrow(/no CIVICI\*\.CSV file/);
  });

  it('splits quoted fields with separators and doubled quotes inside', () => {
    expect(csvRows('1;"A;B";"say ""hi""";\r\n2;"two\r\nlines";;\r\n', ';')).toEqual([
      ['1', 'A;B', 'say "hi"', ''],
      ['2', 'two\r\nlines', '', ''],
    ]);
  });
});
