/**
 * The Comune's full house-number register, when it is present beside the project
 * (../shared/data/milano-civici, never committed): every space's address must resolve to within
 * 5 m of its point in data/spaces.geojson.
 */
import { existsSync, readFileSync } from 'node:fs';
import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { search } from '../../src/nearest/address-search';
import { searchableIndex } from './address-index-fixture';

const REGISTER = '../shared/data/milano-civici';
const present = existsSync(REGISTER);
if (!present) console.log(`Skipping the full-register tests: ${REGISTER} is not present.`);

describe.skipIf(!present)('the full register of Milan', () => {
  const { index, streets, numbersOf } = present
    ? searchableIndex(REGISTER)
    : ({} as ReturnType<typeof searchableIndex>);
  const spaces: { address: string; coordinates: [number, number] }[] = JSON.parse(
    readFileSync('data/spaces.geojson', 'utf8'),
  ).features.map(
    (f: { properties: { address: string }; geometry: { coordinates: [number, number] } }) => ({
      address: f.properties.address,
      coordinates: f.geometry.coordinates,
    }),
  );

  it('is read whole, with suppressed numbers and driveways left out', () => {
    expect(index.report.numbers.read).toBeGreaterThan(60_000);
    expect(index.report.numbers.dropped['suppressed number (STATOCIVICO 99)']).toBeGreaterThan(
      1000,
    );
    expect(index.report.numbers.dropped['driveway (PASSOCARRAIO 1)']).toBeGreaterThan(1000);
    expect(index.manifest.counts.streets).toBeGreaterThan(3500);
  });

  it.each(spaces.map((s) => [s.address, s.coordinates] as const))(
    '"%s" resolves to within 5 m of the space',
    async (address, [lon, lat]) => {
      const result = await search(streets, address, numbersOf);
      expect(result.kind).toBe('suggestions');
      const found = result.kind === 'suggestions' ? result.suggestions[0] : undefined;
      expect(found).toBeDefined();
      const metres = distance([lon, lat], [found!.lon, found!.lat], { units: 'meters' });
      expect(metres).toBeLessThan(5);
    },
  );
});
