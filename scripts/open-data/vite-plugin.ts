/**
 * Keeps public/generated/ (the address index and the bundled basemap) built from the snapshots in
 * data/ before Vite serves or builds, so a fresh clone needs no other step than `npm start`.
 * Only Node's own modules here: the config stays light, and the work runs in its own process.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const GENERATED = 'public/generated';
export const FINGERPRINT = join(GENERATED, '.fingerprint');

/** The snapshots, and the code that shapes the output: a change to either rebuilds. */
const INPUTS = [
  'data/register',
  'data/neighbourhoods.geojson',
  'scripts/open-data',
  'scripts/address-index',
  'scripts/generate-open-data.ts',
  'src/nearest/address-index-format.ts',
  'src/nearest/address-text.ts',
  'src/map/bundled-basemap-format.ts',
  'src/map/first-view-geometry.ts',
  'src/spaces/milan.ts',
  'src/styles/tokens.css',
];

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** A hash of the files (and folders' files) at these paths, names and contents. */
export function fingerprint(inputs: readonly string[] = INPUTS): string {
  const hash = createHash('sha1');
  for (const path of inputs.flatMap(files)) hash.update(path).update(readFileSync(path));
  return hash.digest('hex');
}

export function isCurrent(): boolean {
  return existsSync(FINGERPRINT) && readFileSync(FINGERPRINT, 'utf8') === fingerprint();
}

export function openDataPlugin(): Plugin {
  return {
    name: 'quartieri-connessi:open-data',
    buildStart() {
      if (isCurrent()) return;
      const result = spawnSync('npx', ['tsx', 'scripts/generate-open-data.ts'], {
        stdio: 'inherit',
      });
      if (result.status !== 0)
        this.error('could not build public/generated/ from data/ (see the message above)');
    },
  };
}
