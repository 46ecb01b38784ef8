/** The two data commands an official runs: their exit codes and messages on bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function run(script: string, ...args: string[]) {
  const result = spawnSync('npx', ['tsx', script, ...args], { encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run check:data', () => {
  it('passes the project’s data file', () => {
    const { code, output } = run('scripts/check-data.ts');
    expect(output).toContain('9 valid spaces, 0 errors, 0 warnings');
    expect(code).toBe(0);
  });

  it('fails on a broken file, naming the feature and the field', () => {
    const folder = mkdtempSync(join(tmpdir(), 'spaces-'));
    const file = join(folder, 'spaces.geojson');
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [9.19, 45.46] },
            properties: { id: 'x', area: 4 },
          },
        ],
      }),
    );
    const { code, output } = run('scripts/check-data.ts', file);
    expect(output).toContain('feature 1 (x), field "area": must be 1, 2 or 3, got 4');
    expect(code).toBe(1);
  });
}, 30_000);

describe('npm run check:data against the open data', () => {
  it('names the feature, the field, what the data says and what the open data says', () => {
    const data = JSON.parse(readFileSync('data/spaces.geojson', 'utf8'));
    data.features[0].properties.nil_id = 36;
    data.features[1].properties.nil_name = 'Brera';
    data.features[2].properties.municipio = 9;
    const file = join(mkdtempSync(join(tmpdir(), 'spaces-')), 'spaces.geojson');
    writeFileSync(file, JSON.stringify(data));
    const { code, output } = run('scripts/check-data.ts', file);
    expect(output).toContain(
      'feature 1 (omero-15), field "nil_id": the data says 36, the NIL layer (DS964) says 35 ("Lodi - Corvetto") for this point',
    );
    expect(output).toMatch(
      /feature 2 \([a-z0-9-]+\), field "nil_name": the data says "Brera", the NIL layer \(DS964\) says "[^"]+"/,
    );
    expect(output).toMatch(
      /feature 3 \([a-z0-9-]+\), field "municipio": the data says 9, the house-number register \(DS634\) says \d for its nearest number \(\d+ m away\)/,
    );
    expect(output).toContain('3 errors');
    expect(code).toBe(1);
  });
}, 30_000);

describe('npm run data:addresses', () => {
  it('fails clearly on a folder without the register', () => {
    const { code, output } = run(
      'scripts/build-addresses.ts',
      '--from',
      mkdtempSync(join(tmpdir(), 'empty-')),
    );
    expect(output).toMatch(/cannot read the register: .* no CIVICI\*\.CSV file/);
    expect(code).toBe(1);
  });

  it('refreshes the register snapshot from the portal’s files and reports what it kept', () => {
    const out = mkdtempSync(join(tmpdir(), 'register-'));
    const { code, output } = run(
      'scripts/build-addresses.ts',
      '--from',
      'tests/fixtures/register-sample',
      '--out',
      out,
    );
    expect(output).toContain('house numbers: 34 read, 27 kept');
    expect(output).toContain('dropped 1: driveway (PASSOCARRAIO 1)');
    // The sample's names carry no date, as the Comune's CIVICI_20200302.CSV does.
    expect(readdirSync(out).sort()).toEqual([
      'civici-undated.csv',
      'tipovia.csv',
      'viario-undated.csv',
    ]);
    expect(code).toBe(0);
  });
}, 30_000);

describe('npm run data:neighbourhoods', () => {
  it('fails clearly on a file that is not the NIL layer', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'nil-')), 'nil.geojson');
    writeFileSync(file, readFileSync('data/spaces.geojson'));
    const { code, output } = run('scripts/build-neighbourhoods.ts', '--from', file);
    expect(output).toMatch(/cannot read the layer: .*feature 0: a Point instead of a polygon/);
    expect(code).toBe(1);
  });

  it('writes the simplified snapshot, one neighbourhood per line', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'nil-')), 'neighbourhoods.geojson');
    const { code, output } = run(
      'scripts/build-neighbourhoods.ts',
      '--from',
      'data/neighbourhoods.geojson',
      '--out',
      out,
    );
    expect(output).toMatch(/88 neighbourhoods/);
    expect(readFileSync(out, 'utf8').split('\n')).toHaveLength(88 + 3);
    expect(code).toBe(0);
  });
}, 30_000);
