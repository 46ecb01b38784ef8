/**
 * `npm run data:neighbourhoods -- --from <nil.geojson> [--out <file>]`: refreshes the
 * neighbourhoods snapshot (data/neighbourhoods.geojson) from the Comune's NIL layer (DS964),
 * with the outlines simplified for display.
 */
import { statSync } from 'node:fs';
import {
  NEIGHBOURHOODS_SNAPSHOT,
  NeighbourhoodsError,
  readNeighbourhoods,
  simplifyNeighbourhoods,
  writeNeighbourhoodsSnapshot,
} from './open-data/neighbourhoods.ts';
import { option } from './open-data/command-line.ts';

const from = option('from');
const out = option('out') ?? NEIGHBOURHOODS_SNAPSHOT;
if (!from) {
  console.error(
    'usage: npm run data:neighbourhoods -- --from <the NIL layer, GeoJSON> [--out <file>]',
  );
  process.exit(2);
}

let layer;
try {
  layer = readNeighbourhoods(from);
} catch (error) {
  if (error instanceof NeighbourhoodsError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`data:neighbourhoods: cannot read the layer: ${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
const snapshot = simplifyNeighbourhoods(layer);
writeNeighbourhoodsSnapshot(snapshot, out);
const points = (c: unknown): number =>
  typeof (c as number[])[0] === 'number'
    ? 1
    : (c as unknown[]).reduce<number>((s, x) => s + points(x), 0);
const before = layer.features.reduce((s, f) => s + points(f.geometry.coordinates), 0);
const after = snapshot.features.reduce((s, f) => s + points(f.geometry.coordinates), 0);
console.log(
  `data:neighbourhoods: ${snapshot.features.length} neighbourhoods from ${from}: ${before} points simplified to ${after}; wrote ${out} (${(statSync(out).size / 1024).toFixed(0)} KB)`,
);
