/**
 * `npm run data:reach [spaces file]`: computes who each space reaches on foot (src/reach/) into
 * public/generated/reach/. `npm start` and `npm run build` run it by themselves when its inputs
 * changed.
 */
import { generateReach } from './reach/vite-plugin.ts';

console.log(generateReach(process.argv[2] ?? 'data/spaces.geojson'));
