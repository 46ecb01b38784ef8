/**
 * `npm run data:transit -- --from <folder> --published <YYYY[-MM[-DD]]> [--out <folder>]`:
 * refreshes the public-transport snapshot in data/transit/ from the Comune's downloads of ATM's
 * surface stops (DS534, tpl_fermate.csv) and metro stations (DS535, tpl_metrofermate.csv); the
 * date is the one the portal gives for the data sets (see data/README.md). "Come arrivare" (each
 * space's stops, src/reach/) is computed from the snapshot at `npm start` and `npm run build`.
 */
import { statSync } from 'node:fs';
import { option } from './open-data/command-line.ts';
import { CsvError } from './open-data/read-csv.ts';
import { readTransit, TRANSIT_SNAPSHOT, writeTransitSnapshot } from './open-data/transit.ts';

const from = option('from');
const published = option('published');
const out = option('out') ?? TRANSIT_SNAPSHOT;
if (!from || !published) {
  console.error(
    'usage: npm run data:transit -- --from <folder with tpl_fermate.csv, tpl_metrofermate.csv> --published <YYYY[-MM[-DD]]> [--out <folder>]',
  );
  process.exit(2);
}

try {
  const transit = readTransit(from);
  const written = writeTransitSnapshot(transit, published, out);
  const { report } = transit;
  console.log(`data:transit: read ${report.files.surface}, ${report.files.metro}`);
  console.log(
    `  surface stops: ${report.read.surface} read, ${transit.surface.length} kept; metro stations: ${report.read.metro} read, ${transit.metro.length} kept`,
  );
  for (const [reason, { count, example }] of Object.entries(report.dropped))
    console.log(`    dropped ${count}: ${reason}, such as ${example}`);
  const size = written.reduce((sum, path) => sum + statSync(path).size, 0);
  console.log(`  wrote ${written.join(', ')}: ${(size / 1024).toFixed(0)} KB`);
} catch (error) {
  if (error instanceof CsvError) {
    console.error(`data:transit: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
