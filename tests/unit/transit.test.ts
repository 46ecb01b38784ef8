/**
 * "Come arrivare" (src/reach/, built by scripts/reach/): the stops near each space checked
 * against a plain scan of the committed snapshot, written here without the build's code or index;
 * the snapshot's own check; the refresh from the Comune's full files when they are beside the
 * project; the stations' names as a person reads them.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readTransit,
  TRANSIT_SNAPSHOT,
  transitProblems,
  writeTransitSnapshot,
} from '../../scripts/open-data/transit.ts';
import { buildReach } from '../../scripts/reach/build-reach.ts';
import { isInMilan } from '../../src/spaces/milan.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { WALKING } from '../../src/spaces/walking.ts';
import { nearbyTransit, StopsByPlace } from '../../src/reach/transit-nearby.ts';
import { readingCase } from '../../src/reach/stop-names.ts';
import { METRO_MINUTES, STOP_MINUTES } from '../../src/reach/transit-format.ts';

const SPACES_TEXT = readFileSync('data/spaces.geojson', 'utf8');
const { spaces } = validateSpacesText(SPACES_TEXT);
const summary = buildReach(SPACES_TEXT);

/** The snapshot's rows, read by hand: `"id";"name";"lines";lon;lat`. */
function rowsOf(file: string) {
  const [, ...lines] = readFileSync(join(TRANSIT_SNAPSHOT, file), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const [, , name, lines, lon, lat] =
      /^"([^"]*)";"((?:[^"]|"")*)";"([^"]*)";([\d.]+);([\d.]+)$/.exec(line)!;
    return {
      name: name!.replace(/""/g, '"'),
      lines: lines!.split(','),
      lon: Number(lon),
      lat: Number(lat),
    };
  });
}

/** Haversine on the app's sphere (turf's mean radius), and the app's walking model. */
function minutesBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  const metres = 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
  const minutes = (metres * WALKING.detourFactor) / ((WALKING.speedKmh * 1000) / 60);
  return { metres, minutes: Math.max(1, Math.round(minutes)) };
}

const byDistance = <T extends { metres: number }>(list: T[]) =>
  [...list].sort((a, b) => a.metres - b.metres);

describe('the stops near each space', () => {
  const surface = rowsOf('tpl_fermate.csv');
  const metro = rowsOf('tpl_metrofermate.csv');

  it.each(['omero-15', 'erlembaldo-2', 'palmanova-59'])(
    'are, for %s, every surface stop within 5 minutes and the nearest station of each line within 15',
    (id) => {
      const space = spaces.find((s) => s.id === id)!;
      const expectedStops = byDistance(
        surface.map((stop) => ({ ...stop, ...minutesBetween(space, stop) })),
      ).filter((stop) => stop.minutes <= STOP_MINUTES);
      const lines = new Set<string>();
      const expectedStations = byDistance(
        metro.map((station) => ({ ...station, ...minutesBetween(space, station) })),
      ).filter((station) => {
        if (station.minutes > METRO_MINUTES || station.lines.every((l) => lines.has(l)))
          return false;
        station.lines.forEach((l) => lines.add(l));
        return true;
      });
      const built = summary.transit.spaces[id]!;
      expect(expectedStops.length).toBeGreaterThan(2);
      expect(built.stops.map((s) => [s.name, s.lines, s.minutes])).toEqual(
        expectedStops.map((s) => [s.name, s.lines, s.minutes]),
      );
      expect(built.metro.map((s) => [s.name, s.lines, s.minutes])).toEqual(
        expectedStations.map((s) => [readingCase(s.name), s.lines, s.minutes]),
      );
    },
  );

  it('name the stations the spaces are near, as a person reads them', () => {
    const station = (id: string) => summary.transit.spaces[id]!.metro.map((s) => s.name);
    expect(station('omero-15')).toEqual(['Porto di Mare']);
    expect(station('erlembaldo-2')).toEqual(['Gorla']);
    expect(station('zoia-105')).toEqual([]); // San Siro Stadio is a 17 minutes' walk
    expect(summary.transit.published).toBe('2026');
  });

  it('keep the ten nearest stops, and a farther one only for a line none of them has', () => {
    const at = { lat: 45.45, lon: 9.2 };
    const stops = new StopsByPlace([
      ...Array.from({ length: 11 }, (_, i) => ({
        name: `Stop ${i}`,
        lines: ['1'],
        lat: at.lat + (i + 1) * 0.0002,
        lon: at.lon,
      })),
      { name: 'Far, line 2', lines: ['2'], lat: at.lat + 0.0025, lon: at.lon },
      { name: 'Too far', lines: ['3'], lat: at.lat + 0.01, lon: at.lon },
    ]);
    const stations = new StopsByPlace([
      { name: 'A', lines: ['1'], lat: at.lat + 0.001, lon: at.lon },
      { name: 'B', lines: ['1'], lat: at.lat + 0.002, lon: at.lon },
      { name: 'C', lines: ['1', '2'], lat: at.lat + 0.003, lon: at.lon },
    ]);
    const near = nearbyTransit(at, stops, stations);
    expect(near.stops.map((s) => s.name)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `Stop ${i}`),
      'Far, line 2',
    ]);
    expect(near.metro.map((s) => s.name)).toEqual(['A', 'C']);
  });
});

describe('the stops snapshot (data/transit/)', () => {
  it('holds only stops in Milan, each with lines, and passes its check', () => {
    const transit = readTransit(TRANSIT_SNAPSHOT);
    expect(transit.surface.length).toBeGreaterThan(3000);
    expect(transit.metro.length).toBeGreaterThan(100);
    for (const stop of [...transit.surface, ...transit.metro]) {
      expect(isInMilan(stop.lat, stop.lon)).toBe(true);
      expect(stop.lines.length).toBeGreaterThan(0);
    }
    expect(transitProblems()).toEqual([]);
  });

  it('fails its check, naming the row, for a stop outside Milan, a broken line list or no date', () => {
    const folder = mkdtempSync(join(tmpdir(), 'transit-'));
    const header = '"id_amat";"ubicazione";"linee";"LONG_X_4326";"LAT_Y_4326"';
    writeFileSync(
      join(folder, 'tpl_fermate.csv'),
      [
        header,
        '"1";"V.le Omero, 17";"77,93";9.2;45.45',
        '"2";"Sesto";"1";9.23;45.55',
        '"3";"Via Nuova";"77; 93";9.2;45.45',
      ].join('\n'),
    );
    writeFileSync(
      join(folder, 'tpl_metrofermate.csv'),
      [header.replace('ubicazione', 'nome'), '"9";"GORLA";"7";9.22;45.5'].join('\n'),
    );
    const problems = transitProblems(folder);
    expect(problems).toEqual([
      expect.stringMatching(/^1 row\(s\) with outside Milan .*tpl_fermate.csv:3 "Sesto"/),
      expect.stringMatching(
        /stop 3 \("Via Nuova"\): lines must be a list like "77,93", got "77; 93"/,
      ),
      expect.stringMatching(/station 9 \("GORLA"\): lines must be 1 to 5/),
      expect.stringMatching(/published.txt: the date of publication .* got "no file"/),
    ]);
    expect(transitProblems(join(folder, 'missing'))).toEqual([
      expect.stringMatching(/no tpl_fermate.csv/),
    ]);
  });
});

describe('station names for reading', () => {
  it.each([
    ['PORTO DI MARE', 'Porto di Mare'],
    ['P.TA VENEZIA', 'P.ta Venezia'],
    ['P.TA GENOVA F.S.', 'P.ta Genova F.S.'],
    ['S.AMBROGIO', 'S.Ambrogio'],
    ['LORETO M2', 'Loreto M2'],
    ['CADORNA FN M1', 'Cadorna FN M1'],
    ['LODI T.I.B.B.', 'Lodi T.I.B.B.'],
    ['VILLA S.G.', 'Villa S.G.'],
    ['SFORZA-POLICLINICO', 'Sforza-Policlinico'],
    ['DE AMICIS', 'De Amicis'],
    ['CERNUSCO SUL NAVIGLIO', 'Cernusco sul Naviglio'],
    ['QT8', 'QT8'],
    ['V.le Omero, 17', 'V.le Omero, 17'],
  ])('%s -> %s', (published, read) => expect(readingCase(published)).toBe(read));
});

const FULL = '../shared/data/milano-atm';
const present = existsSync(FULL);
if (!present) console.log(`Skipping the full-size transit refresh test: ${FULL} is not present.`);

describe.skipIf(!present)('the refresh from the full stops of Milan', () => {
  it('writes the snapshot that is committed, leaving out the stops outside Milan', () => {
    const transit = readTransit(FULL);
    expect(transit.report.read).toEqual({ surface: 4690, metro: 130 });
    const out = mkdtempSync(join(tmpdir(), 'transit-'));
    writeTransitSnapshot(transit, readTransit(TRANSIT_SNAPSHOT).published!, out);
    expect(readdirSync(out).sort()).toEqual(readdirSync(TRANSIT_SNAPSHOT).sort());
    for (const name of readdirSync(out))
      expect(readFileSync(join(out, name), 'utf8')).toBe(
        readFileSync(join(TRANSIT_SNAPSHOT, name), 'utf8'),
      );
  });
});
