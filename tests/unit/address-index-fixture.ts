/** The address index built in memory from a register folder, ready to search. */
import { buildAddressIndex } from '../../scripts/address-index/build-index.ts';
import { shardOf } from '../../src/nearest/address-index-format.ts';
import {
  prepareNeighbourhoods,
  prepareStreets,
  type NumbersOf,
} from '../../src/nearest/address-search.ts';

export function searchableIndex(folder: string) {
  const index = buildAddressIndex(folder);
  const streets = prepareStreets(index.streets);
  const numbersOf: NumbersOf = async (street) =>
    index.shards[shardOf(street.code, index.manifest.shardCount)]![street.code] ?? [];
  const places = { streets, neighbourhoods: prepareNeighbourhoods(index.streets) };
  return { index, streets, places, numbersOf };
}
