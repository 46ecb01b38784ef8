/**
 * Keeps public/generated/reach/ (who each space reaches on foot) computed from the register
 * snapshot, the neighbourhoods and the spaces file the app is built with, before Vite serves or
 * builds. A change to any of them, or to the code that computes it, computes it again.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { fingerprint, GENERATED } from '../open-data/vite-plugin.ts';

export const REACH_OUT = join(GENERATED, 'reach');
const FINGERPRINT = join(REACH_OUT, '.fingerprint');

const INPUTS = [
  'data/register',
  'data/neighbourhoods.geojson',
  'scripts/reach',
  'scripts/generate-reach.ts',
  'scripts/open-data/register.ts',
  'scripts/open-data/neighbourhoods.ts',
  'src/reach',
  'src/spaces',
];

export function reachFingerprint(spacesFile: string): string {
  return fingerprint([...INPUTS, spacesFile]);
}

export function writeReachFingerprint(spacesFile: string): void {
  writeFileSync(FINGERPRINT, reachFingerprint(spacesFile));
}

export function reachPlugin(spacesFile: string): Plugin {
  return {
    name: 'quartieri-connessi:reach',
    buildStart() {
      if (
        existsSync(FINGERPRINT) &&
        readFileSync(FINGERPRINT, 'utf8') === reachFingerprint(spacesFile)
      )
        return;
      const result = spawnSync('npx', ['tsx', 'scripts/generate-reach.ts', spacesFile], {
        stdio: 'inherit',
      });
      if (result.status !== 0)
        this.error(`could not compute ${REACH_OUT}/ from ${spacesFile} (see the message above)`);
    },
  };
}
