/** Builds the address index from the hand-written sample register, for the driver to serve. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAddressIndex } from '../../scripts/address-index/build-index';

export const FIXTURE_INDEX_DIR = 'test-results/address-index';

export default function globalSetup(): void {
  const index = buildAddressIndex('tests/fixtures/register-sample');
  rmSync(FIXTURE_INDEX_DIR, { recursive: true, force: true });
  mkdirSync(FIXTURE_INDEX_DIR, { recursive: true });
  writeFileSync(join(FIXTURE_INDEX_DIR, 'manifest.json'), JSON.stringify(index.manifest));
  writeFileSync(join(FIXTURE_INDEX_DIR, 'streets.json'), JSON.stringify(index.streets));
  index.shards.forEach((shard, i) =>
    writeFileSync(join(FIXTURE_INDEX_DIR, `numbers-${i}.json`), JSON.stringify(shard)),
  );
}
