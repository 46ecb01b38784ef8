/** The two data commands an official runs: their exit codes and messages on bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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

describe('npm run data:addresses', () => {
  it('fails clearly on a folder without the register', () => {
    const { code, output } = run(
      'scripts/build-addresses.ts',
      '--from',
      mkdtempSync(join(tmpdir(), 'empty-')),
    );
    expect(output).toMatch(/cannot build the index: .* no CIVICI\*\.CSV file/);
    expect(code).toBe(1);
  });

  it('builds the index from the sample register and reports what it kept', () => {
    const out = mkdtempSync(join(tmpdir(), 'index-'));
    const { code, output } = run(
      'scripts/build-addresses.ts',
      '--from',
      'tests/fixtures/register-sample',
      '--out',
      out,
    );
    expect(output).toContain('house numbers: 34 read, 27 kept');
    expect(output).toContain('dropped 1: driveway (PASSOCARRAIO 1)');
    expect(code).toBe(0);
  });
}, 30_000);
