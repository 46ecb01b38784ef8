/**
 * Builds what the app serves from the snapshots in data/: the address index and the bundled
 * basemap, into public/generated/ (git-ignored). `vite-plugin.ts` runs it when they are stale.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { indexFromRegister, writeAddressIndex } from '../address-index/build-index.ts';
import { buildBasemap, writeBasemap } from './basemap.ts';
import { NEIGHBOURHOODS_SNAPSHOT, readNeighbourhoods } from './neighbourhoods.ts';
import { readRegister, REGISTER_SNAPSHOT } from './register.ts';

export interface Inputs {
  register: string;
  neighbourhoods: string;
}

export const SNAPSHOTS: Inputs = {
  register: REGISTER_SNAPSHOT,
  neighbourhoods: NEIGHBOURHOODS_SNAPSHOT,
};

export interface GeneratedSummary {
  addresses: { streets: number; numbers: number; neighbourhoods: number };
  basemap: { cityGzip: number; tiles: number; tilesGzip: number; largestTileGzip: number };
}

export function generateOpenData(out: string, inputs = SNAPSHOTS): GeneratedSummary {
  const register = readRegister(inputs.register);
  const neighbourhoods = readNeighbourhoods(inputs.neighbourhoods);
  const index = indexFromRegister(register, neighbourhoods);
  writeAddressIndex(index, join(out, 'addresses'));
  const basemap = buildBasemap(register, neighbourhoods);
  rmSync(join(out, 'basemap'), { recursive: true, force: true });
  writeBasemap(basemap, join(out, 'basemap'));
  const tileSizes = [...basemap.tiles.values()].map((bytes) => gzipSync(bytes).length);
  return {
    addresses: {
      streets: index.manifest.counts.streets,
      numbers: index.manifest.counts.numbers,
      neighbourhoods: index.streets.neighbourhoods.length,
    },
    basemap: {
      cityGzip: gzipSync(JSON.stringify(basemap.city)).length,
      tiles: basemap.tiles.size,
      tilesGzip: tileSizes.reduce((a, b) => a + b, 0),
      largestTileGzip: Math.max(...tileSizes),
    },
  };
}

export function describe(summary: GeneratedSummary): string {
  const { addresses: a, basemap: b } = summary;
  return (
    `address index: ${a.streets} streets, ${a.numbers} house numbers, ${a.neighbourhoods} neighbourhoods; ` +
    `basemap: city ${(b.cityGzip / 1024).toFixed(0)} KB gzip, ${b.tiles} street tiles ` +
    `${(b.tilesGzip / 1024).toFixed(0)} KB gzip (largest ${(b.largestTileGzip / 1024).toFixed(0)} KB)`
  );
}
