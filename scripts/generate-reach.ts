/**
 * `npm run data:reach [spaces file]`: computes who each space reaches on foot (src/reach/) into
 * public/generated/reach/. `npm start` and `npm run build` run it by themselves when its inputs
 * changed.
 */
import { readFileSync } from 'node:fs';
import { buildWalkReach, writeReach } from './reach/build-reach.ts';
import { REACH_OUT, writeReachFingerprint } from './reach/vite-plugin.ts';

const spacesFile = process.argv[2] ?? 'data/spaces.geojson';
const started = performance.now();
const reach = buildWalkReach(readFileSync(spacesFile, 'utf8'));
writeReach(reach, REACH_OUT);
const { summary } = reach;
writeReachFingerprint(spacesFile);
const { city } = summary;
console.log(
  `walking coverage: ${summary.spaces.length} spaces, ${city.numbers} house numbers ` +
    `(${city.any} within 15 minutes of a space, ${city.portineria} of a portineria) ` +
    `from ${spacesFile} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
