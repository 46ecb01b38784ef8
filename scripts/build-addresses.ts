/**
 * `npm run data:addresses -- --from <folder> [--out <folder>]`: refreshes the register snapshot in
 * data/register/ from the Comune's downloaded house-number and street registers (see
 * data/README.md). The app's address index and street map are built from that snapshot.
 */
import { statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { CsvError } from './open-data/read-csv.ts';
import { readRegister, REGISTER_SNAPSHOT, writeRegisterSnapshot } from './open-data/register.ts';
import { option } from './open-data/command-line.ts';

const from = option('from');
const out = option('out') ?? REGISTER_SNAPSHOT;
if (!from) {
  console.error(
    'usage: npm run data:addresses -- --from <folder with CIVICI_*.CSV, VIARIO_*.CSV, TIPOVIA.CSV> [--out <folder>]',
  );
  process.exit(2);
}

const started = performance.now();
let register;
try {
  register = readRegister(from);
} catch (error) {
  if (error instanceof CsvError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`data:addresses: cannot read the register: ${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
const written = writeRegisterSnapshot(register, out);

const { report } = register;
console.log(
  `data:addresses: read ${report.files.numbers}, ${report.files.streets}, ${report.files.types}`,
);
console.log(`  house numbers: ${report.numbers.read} read, ${report.numbers.kept} kept`);
for (const [reason, count] of Object.entries(report.numbers.dropped))
  console.log(`    dropped ${count}: ${reason}`);
console.log(
  `  streets: ${report.streets.read} read, ${report.streets.kept} kept, ${report.streets.withoutNumbers} without any kept number left out`,
);
if (report.examples.length > 0)
  console.log(`  examples of dropped rows:\n    ${report.examples.join('\n    ')}`);
const size = written.reduce((sum, path) => sum + statSync(path).size, 0);
const gzip = written.reduce((sum, path) => sum + gzipSync(readFileSync(path)).length, 0);
console.log(
  `  wrote ${written.join(', ')}: ${(size / 1024).toFixed(0)} KB (${(gzip / 1024).toFixed(0)} KB gzip) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(
  '  the app builds its address index and street map from it at `npm start` / `npm run build`.',
);
