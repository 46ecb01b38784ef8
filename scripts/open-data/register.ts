/**
 * The Comune di Milano's house-number register (DS634) and street register, read from the portal's
 * files or from the compact snapshot in data/register/, which this module also writes.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseHouseNumber } from '../../src/nearest/address-text.ts';
import { isInMilan } from '../../src/spaces/milan.ts';
import { CsvError, decimal, readCsv } from './read-csv.ts';

export const REGISTER_SNAPSHOT = 'data/register';

export interface RegisterNumber {
  /** As written in NUMEROCOMPLETO: "15", "24A", "7B/2". */
  text: string;
  lat: number;
  lon: number;
  /** 1-9; 0 where the file does not say. */
  municipio: number;
}

export interface RegisterStreet {
  code: number;
  /** The street type's code (TIPOVIA's CODICE). */
  type: string;
  /** DENOMINAZIONE, DESCRITTIVO, ANNCSU, OPENSTREETMAP as the file writes them. */
  names: { index: string; reading: string; national: string; osm: string };
  /** Its kept numbers, in house-number order. */
  numbers: RegisterNumber[];
}

export interface RegisterReport {
  files: { numbers: string; streets: string; types: string };
  numbers: { read: number; kept: number; dropped: Record<string, number> };
  streets: { read: number; kept: number; withoutNumbers: number };
  /** One example of each reason a row was dropped, for whoever reads the report. */
  examples: string[];
}

export interface Register {
  /** Street type code -> its name in lower case ("via", "viale"). */
  types: Map<string, string>;
  /** Only the streets with at least one kept number, by code. */
  streets: RegisterStreet[];
  report: RegisterReport;
}

/**
 * Finds the newest file whose name starts with `prefix` (case-insensitive): the Comune's
 * CIVICI_20200302.CSV, the snapshot's civici-20200302.csv, or a sample such as civici-sample.csv.
 */
function findFile(folder: string, prefix: string): string {
  const names = readdirSync(folder)
    .filter((name) => name.toUpperCase().startsWith(prefix) && name.toUpperCase().endsWith('.CSV'))
    .sort();
  const newest = names.at(-1);
  if (!newest) throw new CsvError(`${folder}: no ${prefix}*.CSV file`);
  return join(folder, newest);
}

/**
 * Reads the register, keeping the numbers a person can be sent to: suppressed numbers, driveways,
 * secondary access codes and rows without a usable point are dropped, each with its reason.
 */
export function readRegister(folder: string): Register {
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
    'LAT_WGS84',
    'LONG_WGS84',
  ]);

  const report: RegisterReport = {
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

  const streetRows = new Map<number, Record<string, string>>();
  for (const { values } of streetTable.rows) {
    const code = Number(values.CODICE_VIA);
    if (Number.isInteger(code)) streetRows.set(code, values);
  }

  const numbersByStreet = new Map<number, RegisterNumber[]>();
  const seen = new Set<string>();
  for (const { line, values } of numberTable.rows) {
    const where = `line ${line} (street ${values.CODICE_VIA}, number ${values.NUMEROCOMPLETO})`;
    const code = Number(values.CODICE_VIA);
    const text = values.NUMEROCOMPLETO!.trim();
    if ((values.STATOCIVICO ?? '').trim() === '99') {
      drop('suppressed number (STATOCIVICO 99)', where);
      continue;
    }
    if ((values.PASSOCARRAIO ?? '').trim() === '1') {
      drop('driveway (PASSOCARRAIO 1)', where);
      continue;
    }
    if ((values.BARRA2 ?? '').trim() !== '') {
      drop('secondary access code (BARRA2, e.g. 21N05)', where);
      continue;
    }
    if (!streetRows.has(code)) {
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
    const municipio = Number((values.MUNICIPIO ?? '').trim());
    const list = numbersByStreet.get(code) ?? [];
    list.push({ text, lat, lon, municipio: Number.isInteger(municipio) ? municipio : 0 });
    numbersByStreet.set(code, list);
    report.numbers.kept += 1;
  }

  const streets: RegisterStreet[] = [];
  for (const [code, values] of [...streetRows].sort((a, b) => a[0] - b[0])) {
    const numbers = numbersByStreet.get(code);
    if (!numbers) {
      report.streets.withoutNumbers += 1;
      continue;
    }
    streets.push({
      code,
      type: values.TIPO!.trim(),
      names: {
        index: values.DENOMINAZIONE!.trim(),
        reading: values.DESCRITTIVO!.trim(),
        national: (values.ANNCSU ?? '').trim(),
        osm: (values.OPENSTREETMAP ?? '').trim(),
      },
      numbers: numbers.sort((a, b) => compareHouseNumbers(a.text, b.text)),
    });
  }
  report.streets.kept = streets.length;

  const types = new Map(
    typeTable.rows.map((r) => [
      r.values.CODICE!.trim(),
      r.values.DESC_ESTESA!.trim().toLowerCase(),
    ]),
  );
  return { types, streets, report };
}

/** 2 < 2A < 2B < 10 < 10/1. */
export function compareHouseNumbers(a: string, b: string): number {
  const na = parseInt(a, 10);
  const nb = parseInt(b, 10);
  return na !== nb ? na - nb : a.localeCompare(b);
}

/** "CIVICI_20200302.CSV" -> "20200302": the date the Comune gives its export, kept in the snapshot's names. */
export function fileDate(path: string): string {
  return path.match(/(\d{8})\.csv$/i)?.[1] ?? 'undated';
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
/** Six decimals (about 10 cm), with the decimal comma the Comune's files use. */
const coordinate = (value: number) => value.toFixed(6).replace('.', ',');

/**
 * Writes the register's kept rows in the Comune's own format (so `readRegister` reads the snapshot
 * and the portal's files alike), with only the columns the app uses. Returns the files written.
 */
export function writeRegisterSnapshot(register: Register, out = REGISTER_SNAPSHOT): string[] {
  const date = fileDate(register.report.files.numbers);
  const streetDate = fileDate(register.report.files.streets);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const numbers = ['"CODICE_VIA";"NUMEROCOMPLETO";"MUNICIPIO";"LAT_WGS84";"LONG_WGS84"'];
  const streets = ['"CODICE_VIA";"TIPO";"DENOMINAZIONE";"DESCRITTIVO";"ANNCSU";"OPENSTREETMAP"'];
  for (const street of register.streets) {
    const { index, reading, national, osm } = street.names;
    streets.push(
      [street.code, street.type, quote(index), quote(reading), quote(national), quote(osm)].join(
        ';',
      ),
    );
    for (const n of street.numbers) {
      numbers.push(
        // The number unquoted: it never holds the separator, and the file is lighter.
        [street.code, n.text, n.municipio, coordinate(n.lat), coordinate(n.lon)].join(';'),
      );
    }
  }
  const types = ['"CODICE";"DESC_ESTESA"'];
  for (const [code, name] of [...register.types].sort((a, b) => Number(a[0]) - Number(b[0])))
    types.push(`${code};${quote(name)}`);

  const files: [string, string[]][] = [
    [`civici-${date}.csv`, numbers],
    [`viario-${streetDate}.csv`, streets],
    ['tipovia.csv', types],
  ];
  for (const [name, lines] of files) writeFileSync(join(out, name), lines.join('\n') + '\n');
  return files.map(([name]) => join(out, name));
}
