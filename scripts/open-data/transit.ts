/**
 * The Comune di Milano's public-transport stops: ATM's surface stops with their lines (DS534,
 * `tpl_fermate.csv`) and metro stations with their lines (DS535, `tpl_metrofermate.csv`), read
 * from the portal's files or from the compact snapshot in data/transit/, which this module also
 * writes in the same format, with only the columns the app uses and only the stops in Milan.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInMilan, MILAN_BOUNDS } from '../../src/spaces/milan.ts';
import { CsvError, decimal, readCsv } from './read-csv.ts';

export const TRANSIT_SNAPSHOT = 'data/transit';
const SURFACE_FILE = 'tpl_fermate.csv';
const METRO_FILE = 'tpl_metrofermate.csv';
/** When the Comune published the files, as far as it is known ("2026", "2026-03", "2026-03-14"). */
const PUBLISHED_FILE = 'published.txt';

export interface TransitStop {
  id: string;
  /** Where the stop is, as ATM writes it ("V.le Omero, 17"), or the station's name ("PORTO DI MARE"). */
  name: string;
  /** The lines that stop there, as published ("77", "93"; "3" for M3). */
  lines: string[];
  lat: number;
  lon: number;
}

export interface Transit {
  surface: TransitStop[];
  metro: TransitStop[];
  /** As `PUBLISHED_FILE` says; null when reading the portal's files, which do not say it. */
  published: string | null;
  report: TransitReport;
}

export interface TransitReport {
  files: { surface: string; metro: string };
  read: { surface: number; metro: number };
  /** Rows left out, by reason ("outside Milan", "no line", "no usable point"), with the first. */
  dropped: Record<string, { count: number; example: string }>;
}

/** A published date as far as it is known: a year, a month or a day. */
export const PUBLISHED_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** "77,93, 95" -> ["77", "93", "95"]; no line is an empty list. */
export function lineList(text: string): string[] {
  return text
    .split(',')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Reads both files of `folder`: the portal's download or the snapshot. */
export function readTransit(folder: string): Transit {
  const files = { surface: join(folder, SURFACE_FILE), metro: join(folder, METRO_FILE) };
  for (const path of Object.values(files))
    if (!existsSync(path)) throw new CsvError(`${folder}: no ${path.slice(folder.length + 1)}`);
  const report: TransitReport = {
    files,
    read: { surface: 0, metro: 0 },
    dropped: {},
  };
  const drop = (reason: string, example: string) => {
    const dropped = (report.dropped[reason] ??= { count: 0, example });
    dropped.count += 1;
  };
  const read = (path: string, nameColumn: string, kind: keyof TransitReport['read']) => {
    const table = readCsv(path, ['id_amat', nameColumn, 'linee', 'LONG_X_4326', 'LAT_Y_4326']);
    report.read[kind] = table.rows.length + table.malformed.length;
    for (const { line, reason } of table.malformed)
      drop('malformed row', `${path}:${line} ${reason}`);
    return table.rows.flatMap(({ line, values }): TransitStop[] => {
      const stop = {
        id: values.id_amat!.trim(),
        name: values[nameColumn]!.trim(),
        lines: lineList(values.linee!),
        lat: decimal(values.LAT_Y_4326),
        lon: decimal(values.LONG_X_4326),
      };
      const where = `${path}:${line} "${stop.name}"`;
      if (!Number.isFinite(stop.lat) || !Number.isFinite(stop.lon)) drop('no usable point', where);
      else if (!isInMilan(stop.lat, stop.lon))
        drop(`outside Milan (${MILAN_BOUNDS.join(', ')})`, where);
      else if (stop.lines.length === 0) drop('no line', where);
      else if (stop.name === '') drop('no name', where);
      else return [stop];
      return [];
    });
  };
  const surface = read(files.surface, 'ubicazione', 'surface');
  const metro = read(files.metro, 'nome', 'metro');
  const publishedPath = join(folder, PUBLISHED_FILE);
  const published = existsSync(publishedPath) ? readFileSync(publishedPath, 'utf8').trim() : null;
  return { surface, metro, published, report };
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
/** Six decimals (about 10 cm). */
const coordinate = (value: number) => value.toFixed(6);

/** Writes the kept stops and the date of publication; returns the files written. */
export function writeTransitSnapshot(
  transit: Transit,
  published: string,
  out = TRANSIT_SNAPSHOT,
): string[] {
  if (!PUBLISHED_DATE.test(published))
    throw new CsvError(
      `the date of publication must be YYYY, YYYY-MM or YYYY-MM-DD, got "${published}"`,
    );
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const rows = (nameColumn: string, stops: TransitStop[]) => [
    `"id_amat";"${nameColumn}";"linee";"LONG_X_4326";"LAT_Y_4326"`,
    ...[...stops]
      .sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id))
      .map((s) =>
        [
          quote(s.id),
          quote(s.name),
          quote(s.lines.join(',')),
          coordinate(s.lon),
          coordinate(s.lat),
        ].join(';'),
      ),
  ];
  const files: [string, string[]][] = [
    [SURFACE_FILE, rows('ubicazione', transit.surface)],
    [METRO_FILE, rows('nome', transit.metro)],
    [PUBLISHED_FILE, [published]],
  ];
  for (const [name, lines] of files) writeFileSync(join(out, name), lines.join('\n') + '\n');
  return files.map(([name]) => join(out, name));
}

/** METRO lines of Milan: M1 to M5. */
const METRO_LINES = new Set(['1', '2', '3', '4', '5']);

/**
 * What is wrong with the snapshot in `folder`, for `check:data`: every row read, every stop a
 * point in Milan with a name and a list of lines, every station on M1 to M5, a date of
 * publication. Empty when it is sound.
 */
export function transitProblems(folder = TRANSIT_SNAPSHOT): string[] {
  let transit: Transit;
  try {
    transit = readTransit(folder);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems = Object.entries(transit.report.dropped).map(
    ([reason, { count, example }]) =>
      `${count} row(s) with ${reason}, such as ${example}: the snapshot keeps only stops in Milan with a point, a name and lines`,
  );
  const ids = new Set<string>();
  for (const [file, stops] of [
    ['tpl_fermate.csv', transit.surface],
    ['tpl_metrofermate.csv', transit.metro],
  ] as const)
    for (const stop of stops) {
      if (ids.has(`${file} ${stop.id}`)) problems.push(`${file}: stop ${stop.id} is listed twice`);
      ids.add(`${file} ${stop.id}`);
      const odd = stop.lines.filter((line) => !/^[0-9A-Z]{1,5}$/.test(line));
      if (odd.length > 0)
        problems.push(
          `${file}: stop ${stop.id} ("${stop.name}"): lines must be a list like "77,93", got ${odd.map((l) => `"${l}"`).join(', ')}`,
        );
      if (file === 'tpl_metrofermate.csv' && !stop.lines.every((line) => METRO_LINES.has(line)))
        problems.push(
          `${file}: station ${stop.id} ("${stop.name}"): lines must be 1 to 5 (M1-M5), got "${stop.lines.join(',')}"`,
        );
    }
  if (!transit.published || !PUBLISHED_DATE.test(transit.published))
    problems.push(
      `${join(folder, PUBLISHED_FILE)}: the date of publication must be YYYY, YYYY-MM or YYYY-MM-DD, got "${transit.published ?? 'no file'}"`,
    );
  return problems;
}
