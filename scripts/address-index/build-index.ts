/**
 * Builds the offline address index from the Comune di Milano's house-number register (DS634) and
 * street register, as published on dati.comune.milano.it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  ADDRESS_INDEX_VERSION,
  COORDINATE_BASE,
  shardOf,
  toMicro,
  type AddressIndexManifest,
  type NumbersFile,
  type StreetRow,
  type StreetsFile,
} from '../../src/nearest/address-index-format';
import { normaliseHouseNumber, readingCase, tokens } from '../../src/nearest/address-text';
import { isInMilan } from '../../src/spaces/milan';
import { CsvError, decimal, readCsv } from './read-csv';

export const SHARD_COUNT = 32;

export interface BuildReport {
  files: { numbers: string; streets: string; types: string };
  numbers: { read: number; kept: number; dropped: Record<string, number> };
  streets: { read: number; kept: number; withoutNumbers: number };
  /** One example of each reason a row was dropped, for whoever reads the report. */
  examples: string[];
}

export interface AddressIndex {
  manifest: AddressIndexManifest;
  streets: StreetsFile;
  shards: NumbersFile[];
  report: BuildReport;
}

/**
 * Finds the newest file whose name starts with `prefix` (case-insensitive): the Comune's
 * CIVICI_20200302.CSV, or a sample such as civici-sample.csv.
 */
function findFile(folder: string, prefix: string): string {
  const names = readdirSync(folder)
    .filter((name) => name.toUpperCase().startsWith(prefix) && name.toUpperCase().endsWith('.CSV'))
    .sort();
  const newest = names.at(-1);
  if (!newest) throw new CsvError(`${folder}: no ${prefix}*.CSV file`);
  return join(folder, newest);
}

export function buildAddressIndex(folder: string, now = new Date()): AddressIndex {
  const files = {
    numbers: findFile(folder, 'CIVICI'),
    streets: findFile(folder, 'VIARIO'),
    types: findFile(folder, 'TIPOVIA'),
  };
  const typeTable = readCsv(files.types, ['CODICE', 'DESC_ESTESA']);
  const streetTable = readCsv(files.streets, [
    'CODICE_VIA',
    'TIPO',
    'DENOMINAZIONE',
    'DESCRITTIVO',
  ]);
  const numberTable = readCsv(files.numbers, [
    'CODICE_VIA',
    'NUMEROCOMPLETO',
    'STATOCIVICO',
    'LAT_WGS84',
    'LONG_WGS84',
    'PASSOCARRAIO',
  ]);

  const typeNames = new Map(
    typeTable.rows.map((r) => [
      r.values.CODICE!.trim(),
      r.values.DESC_ESTESA!.trim().toLowerCase(),
    ]),
  );
  const types: string[] = [];
  const typeIndex = (code: string) => {
    const name = typeNames.get(code.trim()) ?? 'via';
    if (!types.includes(name)) types.push(name);
    return types.indexOf(name);
  };

  const report: BuildReport = {
    files,
    numbers: { read: numberTable.rows.length + numberTable.malformed.length, kept: 0, dropped: {} },
    streets: { read: streetTable.rows.length, kept: 0, withoutNumbers: 0 },
    examples: [],
  };
  const drop = (reason: string, example: string) => {
    const count = (report.numbers.dropped[reason] ?? 0) + 1;
    report.numbers.dropped[reason] = count;
    if (count === 1) report.examples.push(`${reason}: ${example}`);
  };
  for (const bad of numberTable.malformed)
    drop('malformed row', `${files.numbers} line ${bad.line}: ${bad.reason}`);

  const streetsByCode = new Map<number, Record<string, string>>();
  for (const { values } of streetTable.rows) {
    const code = Number(values.CODICE_VIA);
    if (Number.isInteger(code)) streetsByCode.set(code, values);
  }

  const numbersByStreet = new Map<number, { text: string; lat: number; lon: number }[]>();
  const seen = new Set<string>();
  for (const { line, values } of numberTable.rows) {
    const where = `line ${line} (street ${values.CODICE_VIA}, number ${values.NUMEROCOMPLETO})`;
    const code = Number(values.CODICE_VIA);
    const text = values.NUMEROCOMPLETO!.trim();
    if (values.STATOCIVICO!.trim() === '99') {
      drop('suppressed number (STATOCIVICO 99)', where);
      continue;
    }
    if (values.PASSOCARRAIO!.trim() === '1') {
      drop('driveway (PASSOCARRAIO 1)', where);
      continue;
    }
    if ((values.BARRA2 ?? '').trim() !== '') {
      drop('secondary access code (BARRA2, e.g. 21N05)', where);
      continue;
    }
    if (!streetsByCode.has(code)) {
      drop('unknown street code', `${where}: CODICE_VIA ${values.CODICE_VIA}`);
      continue;
    }
    if (!/^\d+[A-Za-z]?(\/\d+)?$/.test(text)) {
      drop('unreadable house number', `${where}: ${JSON.stringify(text)}`);
      continue;
    }
    const lat = decimal(values.LAT_WGS84);
    const lon = decimal(values.LONG_WGS84);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !isInMilan(lat, lon)) {
      drop(
        'missing or out-of-town coordinates',
        `${where}: ${values.LAT_WGS84} ${values.LONG_WGS84}`,
      );
      continue;
    }
    const key = `${code}/${normaliseHouseNumber(text)}`;
    if (seen.has(key)) {
      drop('duplicate number', `${where}: ${text}`);
      continue;
    }
    seen.add(key);
    const list = numbersByStreet.get(code) ?? [];
    list.push({ text, lat, lon });
    numbersByStreet.set(code, list);
    report.numbers.kept += 1;
  }

  const streets: StreetRow[] = [];
  const shards: NumbersFile[] = Array.from({ length: SHARD_COUNT }, () => ({}));
  for (const [code, values] of [...streetsByCode].sort((a, b) => a[0] - b[0])) {
    const numbers = numbersByStreet.get(code);
    if (!numbers) {
      report.streets.withoutNumbers += 1;
      continue;
    }
    const name = readingCase(values.DESCRITTIVO!.trim() || values.DENOMINAZIONE!.trim());
    const own = new Set(tokens(name));
    const extra = new Set<string>();
    for (const spelling of [values.DENOMINAZIONE, values.ANNCSU, values.OPENSTREETMAP]) {
      for (const word of tokens(spelling ?? '')) if (!own.has(word)) extra.add(word);
    }
    const point = streetPoint(numbers);
    streets.push([
      code,
      typeIndex(values.TIPO!),
      name,
      [...extra].join(' '),
      toMicro(point.lat, COORDINATE_BASE.lat),
      toMicro(point.lon, COORDINATE_BASE.lon),
    ]);
    shards[shardOf(code, SHARD_COUNT)]![code] = numbers
      .sort((a, b) => compareHouseNumbers(a.text, b.text))
      .map((n) => [
        n.text,
        toMicro(n.lat, COORDINATE_BASE.lat),
        toMicro(n.lon, COORDINATE_BASE.lon),
      ]);
  }
  report.streets.kept = streets.length;

  const manifest: AddressIndexManifest = {
    version: ADDRESS_INDEX_VERSION,
    builtAt: now.toISOString(),
    sources: [files.numbers, files.streets].map((f) => f.split(/[\\/]/).at(-1)!),
    attribution: 'Comune di Milano, Numeri civici - coordinate (DS634) e Viario, CC BY 4.0',
    shardCount: SHARD_COUNT,
    counts: { streets: streets.length, numbers: report.numbers.kept },
  };
  return { manifest, streets: { types, streets }, shards, report };
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

/** 2 < 2A < 2B < 10 < 10/1. */
export function compareHouseNumbers(a: string, b: string): number {
  const na = parseInt(a, 10);
  const nb = parseInt(b, 10);
  return na !== nb ? na - nb : a.localeCompare(b);
}
