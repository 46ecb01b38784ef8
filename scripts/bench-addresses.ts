/**
 * Address-index figures for `npm run bench`: build time, size on disk (total and fetched before
 * the first suggestion), and the time to compute suggestions for realistic typing.
 * Uses the register snapshot committed in data/register/.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { buildAddressIndex } from './address-index/build-index.ts';
import { shardOf } from '../src/nearest/address-index-format.ts';
import {
  prepareNeighbourhoods,
  prepareStreets,
  search,
  type NumbersOf,
} from '../src/nearest/address-search.ts';

const REGISTER = 'data/register';
const QUERIES = 1000;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const size = (value: unknown) => {
  const text = JSON.stringify(value);
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
};
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/** A small deterministic random generator, so that every run types the same queries. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}

const ABBREVIATIONS: Record<string, string> = {
  via: 'v.',
  viale: 'v.le',
  piazza: 'p.za',
  largo: 'l.go',
  corso: 'c.so',
  piazzale: 'p.le',
};

export async function benchAddresses(): Promise<void> {
  const started = performance.now();
  const index = buildAddressIndex(REGISTER);
  const buildSeconds = (performance.now() - started) / 1000;

  const manifest = size(index.manifest);
  const streetsFile = size(index.streets);
  const shardSizes = index.shards.map(size);
  const total = [manifest, streetsFile, ...shardSizes].reduce(
    (t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip }),
    { raw: 0, gzip: 0 },
  );
  const largestShard = shardSizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));

  console.log(`address index (from ${REGISTER}, with the 88 neighbourhoods):`);
  console.log(
    `  built in ${buildSeconds.toFixed(2)} s: ${index.manifest.counts.streets} streets, ${index.manifest.counts.numbers} house numbers`,
  );
  console.log(
    `  on disk: ${kb(total.raw)} raw, ${kb(total.gzip)} gzip in ${2 + shardSizes.length} files`,
  );
  console.log(
    `  fetched before the first street suggestion: ${kb(manifest.gzip + streetsFile.gzip)} gzip (manifest + street list)`,
  );
  const firstNumber = manifest.gzip + streetsFile.gzip + largestShard.gzip;
  console.log(
    `  fetched before the first house-number suggestion: at most ${kb(firstNumber)} gzip (+ largest numbers file); target < 150 KB: ${firstNumber / 1024 < 150 ? 'met' : 'NOT met'}`,
  );

  const streets = prepareStreets(index.streets);
  const places = { streets, neighbourhoods: prepareNeighbourhoods(index.streets) };
  const numbersOf: NumbersOf = async (street) =>
    index.shards[shardOf(street.code, index.manifest.shardCount)]![street.code] ?? [];

  // Realistic typing: random streets, sometimes with a (possibly abbreviated) type, sometimes a
  // house number, in any case; every keystroke from the third character on is a query.
  const next = random(2026);
  const queries: string[] = [];
  while (queries.length < QUERIES) {
    const street = streets[Math.floor(next() * streets.length)]!;
    const name = street.label.slice(street.type.length + 1);
    const roll = next();
    const type =
      roll < 0.3 ? '' : roll < 0.5 ? (ABBREVIATIONS[street.type] ?? street.type) : street.type;
    const rows = await numbersOf(street);
    const number =
      next() < 0.7 && rows.length > 0 ? ` ${rows[Math.floor(next() * rows.length)]![0]}` : '';
    let text = `${type ? `${type} ` : ''}${name}${number}`;
    if (next() < 0.3) text = text.toLowerCase();
    for (let i = 3; i <= text.length && queries.length < QUERIES; i++)
      queries.push(text.slice(0, i));
  }

  const timeSuggestions = async (what: string, texts: string[]) => {
    const times: number[] = [];
    for (const text of texts) {
      const t0 = performance.now();
      await search(places, text, numbersOf);
      times.push(performance.now() - t0);
    }
    const p95 = percentile(times, 0.95);
    console.log(
      `  suggestions for ${texts.length} ${what} (Node, index in memory): median ${percentile(times, 0.5).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${Math.max(...times).toFixed(1)} ms; target < 50 ms: ${p95 < 50 ? 'met' : 'NOT met'}`,
    );
  };
  await timeSuggestions('keystrokes of realistic typing', queries);

  // Hostile text, as the property tests make it (tests/unit/properties.test.ts): any Unicode,
  // long pastes, words and numbers in any order; the same 1,000 texts every run (seed).
  const word = fc.oneof(
    fc.constantFrom('via', 'viale', 'sant', 'porta', 'a'),
    fc.nat(300).map(String),
  );
  const hostile = fc.sample(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ maxLength: 2000 }),
      fc.array(word, { maxLength: 40 }).map((words) => words.join(' ')),
    ),
    { numRuns: QUERIES, seed: 2026 },
  );
  await timeSuggestions('hostile texts (any Unicode, pastes up to 2,000 characters)', hostile);
}
