/**
 * The refresh scripts on the Comune's full files, when they are beside the project
 * (../shared/data, never committed): the snapshots in data/ are exactly what they produce.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readNeighbourhoods,
  simplifyNeighbourhoods,
  writeNeighbourhoodsSnapshot,
} from '../../scripts/open-data/neighbourhoods.ts';
import { readRegister, writeRegisterSnapshot } from '../../scripts/open-data/register.ts';

const REGISTER = '../shared/data/milano-civici';
const NIL = '../shared/data/milano-nil/nil.geojson';
const present = existsSync(REGISTER) && existsSync(NIL);
if (!present)
  console.log(`Skipping the full-size pipeline tests: ${REGISTER} and ${NIL} are not present.`);

describe.skipIf(!present)('the refresh from the full open data of Milan', () => {
  it('reads the register whole, leaving out suppressed numbers and driveways', () => {
    const { report } = readRegister(REGISTER);
    expect(report.numbers.read).toBeGreaterThan(60_000);
    expect(report.numbers.dropped['suppressed number (STATOCIVICO 99)']).toBeGreaterThan(1000);
    expect(report.numbers.dropped['driveway (PASSOCARRAIO 1)']).toBeGreaterThan(1000);
  });

  it('writes the register snapshot that is committed', () => {
    const out = mkdtempSync(join(tmpdir(), 'register-'));
    writeRegisterSnapshot(readRegister(REGISTER), out);
    expect(readdirSync(out).sort()).toEqual(readdirSync('data/register').sort());
    for (const name of readdirSync(out))
      expect(readFileSync(join(out, name), 'utf8')).toBe(
        readFileSync(join('data/register', name), 'utf8'),
      );
  });

  it('writes the neighbourhoods snapshot that is committed, about a quarter of the points', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'nil-')), 'neighbourhoods.geojson');
    writeNeighbourhoodsSnapshot(simplifyNeighbourhoods(readNeighbourhoods(NIL)), out);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('data/neighbourhoods.geojson', 'utf8'));
  });
});
