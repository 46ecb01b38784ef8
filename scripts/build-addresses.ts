/**
 * `npm run data:addresses -- --from <folder> [--out <folder>]`: builds the offline address index
 * from the Comune's house-number and street registers (see README, "Address search").
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { buildAddressIndex } from './address-index/build-index';
import { CsvError } from './address-index/read-csv';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const from = option('from');
const out = option('out') ?? 'public/generated/addresses';
if (!from) {
  console.error(
    'usage: npm run data:addresses -- --from <folder with CIVICI_*.CSV, VIARIO_*.CSV, TIPOVIA.CSV> [--out <folder>]',
  );
  process.exit(2);
}

const started = performance.now();
let index;
try {
  index = buildAddressIndex(from);
} catch (error) {
  if (error instanceof CsvError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`data:addresses: cannot build the index: ${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files: [string, unknown][] = [
  ['manifest.json', index.manifest],
  ['streets.json', index.streets],
  ...index.shards.map((shard, i): [string, unknown] => [`numbers-${i}.json`, shard]),
];
let raw = 0;
let gzip = 0;
for (const [name, content] of files) {
  const text = JSON.stringify(content);
  writeFileSync(join(out, name), text);
  raw += Buffer.byteLength(text);
  gzip += gzipSync(text).length;
}

const { report } = index;
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
console.log(
  `  wrote ${files.length} files to ${out}: ${(raw / 1024).toFixed(0)} KB (${(gzip / 1024).toFixed(0)} KB gzip) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
