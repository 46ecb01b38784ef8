/**
 * `npm run data:generate`: builds public/generated/ (address index, bundled basemap) from the
 * snapshots in data/. `npm start` and `npm run build` run it by themselves when data/ changed.
 */
import { writeFileSync } from 'node:fs';
import { describe, generateOpenData } from './open-data/generate.ts';
import { FINGERPRINT, fingerprint, GENERATED } from './open-data/vite-plugin.ts';

const started = performance.now();
const summary = generateOpenData(GENERATED);
writeFileSync(FINGERPRINT, fingerprint());
console.log(
  `open data: built ${GENERATED}/ from data/ in ${((performance.now() - started) / 1000).toFixed(1)} s: ${describe(summary)}`,
);
