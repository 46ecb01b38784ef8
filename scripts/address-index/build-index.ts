/**
 * Builds the offline address index from the Comune di Milano's house-number register (DS634) and
 * street register, as published on dati.comune.milano.it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ADDRESS_INDEX_VERSION,
  COORDINATE_BASE,
  shardOf,
  toMicro,
  type AddressIndexManifest,
  type NeighbourhoodRow,
  type NumbersFile,
  type StreetRow,
  type StreetsFile,
} from '../../src/nearest/address-index-format.ts';
import { joinedElisions, readingCase, tokens } from '../../src/nearest/address-text.ts';
import {
  centreOf,
  neighbourhoodName,
  readNeighbourhoods,
  type Neighbourhoods,
} from '../open-data/neighbourhoods.ts';
import { readRegister, type Register, type RegisterReport } from '../open-data/register.ts';

export const SHARD_COUNT = 32;

export interface AddressIndex {
  manifest: AddressIndexManifest;
  streets: StreetsFile;
  shards: NumbersFile[];
  report: RegisterReport;
}

/**
 * Reads the register in `folder` (the portal's files or the snapshot) and the neighbourhoods (by
 * default the snapshot) and builds the index.
 */
export function buildAddressIndex(
  folder: string,
  now = new Date(),
  neighbourhoods = 'data/neighbourhoods.geojson',
): AddressIndex {
  return indexFromRegister(readRegister(folder), readNeighbourhoods(neighbourhoods), now);
}

export function indexFromRegister(
  register: Register,
  neighbourhoods: Neighbourhoods,
  now = new Date(),
): AddressIndex {
  const { report } = register;
  const types: string[] = [];
  const typeIndex = (code: string) => {
    const name = register.types.get(code) ?? 'via';
    if (!types.includes(name)) types.push(name);
    return types.indexOf(name);
  };

  const streets: StreetRow[] = [];
  const shards: NumbersFile[] = Array.from({ length: SHARD_COUNT }, () => ({}));
  for (const { code, type, names, numbers } of register.streets) {
    const name = readingCase(names.reading || names.index);
    const own = new Set(tokens(name));
    const extra = new Set<string>();
    for (const spelling of [names.index, names.national, names.osm]) {
      for (const word of tokens(spelling)) if (!own.has(word)) extra.add(word);
    }
    // "santelia" and "dapulia", as typed without the apostrophe.
    for (const spelling of [name, names.index, names.national, names.osm])
      for (const word of joinedElisions(spelling)) if (!own.has(word)) extra.add(word);
    const point = streetPoint(numbers);
    streets.push([
      code,
      typeIndex(type),
      name,
      [...extra].join(' '),
      toMicro(point.lat, COORDINATE_BASE.lat),
      toMicro(point.lon, COORDINATE_BASE.lon),
    ]);
    shards[shardOf(code, SHARD_COUNT)]![code] = numbers.map((n) => [
      n.text,
      toMicro(n.lat, COORDINATE_BASE.lat),
      toMicro(n.lon, COORDINATE_BASE.lon),
    ]);
  }

  const places: NeighbourhoodRow[] = neighbourhoods.features.map((f) => {
    const [lon, lat] = centreOf(f);
    return [
      f.properties.ID_NIL,
      neighbourhoodName(f.properties.NIL),
      toMicro(lat, COORDINATE_BASE.lat),
      toMicro(lon, COORDINATE_BASE.lon),
    ];
  });

  const manifest: AddressIndexManifest = {
    version: ADDRESS_INDEX_VERSION,
    builtAt: now.toISOString(),
    sources: [report.files.numbers, report.files.streets].map((f) => f.split(/[\\/]/).at(-1)!),
    attribution:
      'Comune di Milano, Numeri civici - coordinate (DS634), Viario e NIL (DS964), CC BY 4.0',
    shardCount: SHARD_COUNT,
    counts: { streets: streets.length, numbers: report.numbers.kept },
  };
  return { manifest, streets: { types, streets, neighbourhoods: places }, shards, report };
}

/** Writes the index as the app fetches it: a manifest, the streets, and the numbers in shards. */
export function writeAddressIndex(index: AddressIndex, out: string): string[] {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files: [string, unknown][] = [
    ['manifest.json', index.manifest],
    ['streets.json', index.streets],
    ...index.shards.map((shard, i): [string, unknown] => [`numbers-${i}.json`, shard]),
  ];
  for (const [name, content] of files) writeFileSync(join(out, name), JSON.stringify(content));
  return files.map(([name]) => join(out, name));
}

/** A street's own point: the house number nearest the middle of all its numbers, so it lies on the street. */
function streetPoint(numbers: { lat: number; lon: number }[]): { lat: number; lon: number } {
  const mean = {
    lat: numbers.reduce((s, n) => s + n.lat, 0) / numbers.length,
    lon: numbers.reduce((s, n) => s + n.lon, 0) / numbers.length,
  };
  return numbers.reduce((best, n) =>
    (n.lat - mean.lat) ** 2 + (n.lon - mean.lon) ** 2 <
    (best.lat - mean.lat) ** 2 + (best.lon - mean.lon) ** 2
      ? n
      : best,
  );
}
