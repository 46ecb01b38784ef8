/**
 * Keeps public/generated/reach/ (who each space reaches on foot, and the stops near it) computed
 * from the register snapshot, the neighbourhoods, the stops and the spaces file the app is built
 * with, before Vite serves or builds. A change to any of them, or to the code that computes it,
 * computes it again.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { fingerprint, GENERATED } from '../open-data/vite-plugin.ts';
import { buildWalkReach, writeReach } from './build-reach.ts';

export const REACH_OUT = join(GENERATED, 'reach');
const FINGERPRINT = join(REACH_OUT, '.fingerprint');

const INPUTS = [
  'data/register',
  'data/neighbourhoods.geojson',
  'data/transit',
  'scripts/reach',
  'scripts/generate-reach.ts',
  'scripts/open-data/register.ts',
  'scripts/open-data/neighbourhoods.ts',
  'scripts/open-data/transit.ts',
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
      try {
        this.info(generateReach(spacesFile));
      } catch (error) {
        this.error(
          `could not compute ${REACH_OUT}/ from ${spacesFile}: ${(error as Error).message}`,
        );
      }
    },
  };
}

/** Computes the walking coverage of `spacesFile` into REACH_OUT, and says what it found. */
export function generateReach(spacesFile: string): string {
  const started = performance.now();
  const reach = buildWalkReach(readFileSync(spacesFile, 'utf8'));
  writeReach(reach, REACH_OUT);
  writeReachFingerprint(spacesFile);
  const { spaces, city } = reach.summary;
  return (
    `walking coverage: ${spaces.length} spaces, ${city.numbers} house numbers ` +
    `(${city.any} within 15 minutes of a space, ${city.portineria} of a portineria) ` +
    `from ${spacesFile} in ${((performance.now() - started) / 1000).toFixed(1)} s`
  );
}
