#!/usr/bin/env node
/**
 * `npm test`: every check, in order: types, lint and format, data validation (these side by
 * side), unit and component tests, the production build, and the browser tests against it. Runs them all, then prints one
 * summary; exits non-zero if anything failed. Without Chromium the browser tests are skipped
 * loudly, except under CI=true, where a missing browser is a failure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const results = [];
const counts = { passed: 0, failed: 0, skipped: 0 };

function run(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const ok = status === 0;
  results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

/**
 * Runs quick checks side by side (they wait on files and a single core each), each one's output
 * printed whole once it ends, in the given order.
 */
async function runTogether(checks) {
  const finished = await Promise.all(
    checks.map(
      ([name, command, args]) =>
        new Promise((done) => {
          const started = Date.now();
          const child = spawn(command, args, { env: process.env });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          let settled = false;
          const settle = (ok) => {
            if (settled) return;
            settled = true;
            done({ name, command, args, output, ok, seconds: (Date.now() - started) / 1000 });
          };
          child.on('error', (error) => {
            output += `${error}\n`;
            settle(false);
          });
          child.on('close', (status) => settle(status === 0));
        }),
    ),
  );
  for (const { name, command, args, output, ok, seconds } of finished) {
    console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
    process.stdout.write(output);
    results.push({ name, ok, seconds });
  }
}

function chromium() {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path) => path && existsSync(path),
  );
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

rmSync('test-results/vitest.json', { force: true });
rmSync('test-results/browser.json', { force: true });

await runTogether([
  ['types', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['data', 'npx', ['tsx', 'scripts/check-data.ts']],
  // The fixture with every field filled in, so that a change to the checks is tried on all of them.
  [
    'data (fixture)',
    'npx',
    [
      'tsx',
      'scripts/check-data.ts',
      'tests/fixtures/spaces-complete.geojson',
      '--photos',
      'tests/fixtures/photos',
    ],
  ],
]);
run('unit and component tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  counts.passed += vitest.numPassedTests;
  counts.failed += vitest.numFailedTests;
  counts.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}

const built =
  run('production build', 'npx', ['vite', 'build']) &&
  run(
    'production build with the bundled basemap only',
    'npx',
    ['vite', 'build', '--outDir', 'dist-bundled'],
    { VITE_BASEMAP_STYLE_URL: 'bundled' },
  );

const browser = chromium();
if (!browser) {
  const message = [
    '',
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    '!! No Chromium found (CHROME_PATH, /usr/bin/chromium): the BROWSER TESTS DID NOT RUN.',
    '!! Install it with:  sudo apt-get install -y chromium   (or set CHROME_PATH)',
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  ].join('\n');
  console.error(message);
  results.push({ name: 'browser tests', ok: !ci, seconds: 0, note: 'no Chromium: not run' });
} else if (!built) {
  results.push({ name: 'browser tests', ok: false, seconds: 0, note: 'not run: the build failed' });
} else {
  run('browser tests', 'npx', ['playwright', 'test']);
  const report = readJson('test-results/browser.json');
  const stats = report?.stats;
  if (stats) {
    counts.passed += stats.expected + stats.flaky;
    counts.failed += stats.unexpected;
    counts.skipped += stats.skipped;
  }
  if (!stats || stats.expected + stats.unexpected + stats.flaky === 0) {
    console.error('The browser tests ran no test.');
    results.at(-1).ok = false;
  }
}

console.log('\n=== summary');
for (const r of results) {
  console.log(
    `${r.ok ? 'ok  ' : 'FAIL'}  ${r.name}${r.note ? ` (${r.note})` : ''}  ${r.seconds.toFixed(1)} s`,
  );
}
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
