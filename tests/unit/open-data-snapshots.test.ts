/**
 * The open-data snapshots committed in data/ and what the app builds from them: the register
 * (house numbers, streets) and the 88 neighbourhoods. These read the committed files only.
 */
import { mkdtempSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { search } from '../../src/nearest/address-search.ts';
import { centreOf, cityEdge, readNeighbourhoods } from '../../scripts/open-data/neighbourhoods.ts';
import { readRegister, writeRegisterSnapshot } from '../../scripts/open-data/register.ts';
import { searchableIndex } from './address-index-fixture.ts';

const spaces: { address: string; coordinates: [number, number] }[] = JSON.parse(
  readFileSync('data/spaces.geojson', 'utf8'),
).features.map(
  (f: { properties: { address: string }; geometry: { coordinates: [number, number] } }) => ({
    address: f.properties.address,
    coordinates: f.geometry.coordinates,
  }),
);

describe('the committed snapshots', () => {
  it('fit in 3 MB with the spaces and the data dictionary', () => {
    const size = (path: string): number =>
      statSync(path).isDirectory()
        ? readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0)
        : statSync(path).size;
    expect(size('data')).toBeLessThan(3 * 1024 * 1024);
  });

  it('hold the whole register of Milan, without the rows a person cannot be sent to', () => {
    const { streets, report } = readRegister('data/register');
    expect(report.numbers.kept).toBeGreaterThan(50_000);
    expect(streets.length).toBeGreaterThan(3_900);
    expect(report.numbers.dropped).toEqual({});
  });

  it('read back exactly as written', () => {
    const register = readRegister('data/register');
    const out = mkdtempSync(join(tmpdir(), 'snapshot-'));
    writeRegisterSnapshot(register, out);
    for (const name of readdirSync('data/register'))
      expect(readFileSync(join(out, name), 'utf8')).toBe(
        readFileSync(join('data/register', name), 'utf8'),
      );
  });

  it('hold the 88 neighbourhoods, each with a name and a centre inside it', () => {
    const { features } = readNeighbourhoods('data/neighbourhoods.geojson');
    expect(features).toHaveLength(88);
    expect(new Set(features.map((f) => f.properties.ID_NIL)).size).toBe(88);
    for (const f of features) expect(booleanPointInPolygon(centreOf(f), f)).toBe(true);
  });

  it('give the city one edge: a closed ring, without the borders two neighbourhoods share', () => {
    const edge = cityEdge(readNeighbourhoods('data/neighbourhoods.geojson'));
    const km = (line: number[][]) =>
      line.slice(1).reduce((s, p, i) => s + distance(line[i]!, p, { units: 'kilometers' }), 0);
    const [ring, ...rest] = [...edge.coordinates].sort((a, b) => km(b) - km(a));
    expect(ring![0]).toEqual(ring!.at(-1));
    expect(km(ring!)).toBeGreaterThan(80);
    // What is left are slivers where the layer's own neighbours do not quite meet.
    expect(rest.reduce((sum, line) => sum + km(line), 0)).toBeLessThan(1);
  });

  describe('the address index built from them', () => {
    const { places, numbersOf } = searchableIndex('data/register');
    const labels = async (text: string) => {
      const result = await search(places, text, numbersOf);
      return result.kind === 'suggestions' ? result.suggestions.map((s) => s.label) : [];
    };

    it.each([
      ['Corvetto', 'Lodi - Corvetto'],
      ['Quarto Oggiaro', 'Quarto Oggiaro - Vialba - Musocco'],
      ['Gallaratese', 'Q.re Gallaratese - Q.re San Leonardo - Lampugnano'],
      ['Niguarda', "Niguarda - Ca' Granda - Prato Centenaro - Q.re Fulvio Testi"],
      ['qt 8', 'Qt 8'],
    ])('"%s" finds the neighbourhood %s first', async (text, name) => {
      const result = await search(places, text, numbersOf);
      const first = result.kind === 'suggestions' ? result.suggestions[0] : undefined;
      expect(first).toMatchObject({ kind: 'neighbourhood', label: name });
    });

    it.each(['sant elia', 'santelia', "Sant'Elia"])(
      '"%s" finds via Antonio Sant\'Elia',
      async (text) => {
        expect(await labels(text)).toContain("via Antonio Sant'Elia");
      },
    );

    it.each(['d apulia', 'dapulia', "d'apulia"])(
      '"%s" finds via Nicola d\'Apulia',
      async (text) => {
        expect(await labels(text)).toContain("via Nicola d'Apulia");
      },
    );

    it.each(['14A', '14 a', '14/a', '14/A'])(
      '"via della Moscova %s" finds via della Moscova 14A',
      async (n) => {
        expect((await labels(`via della moscova ${n}`))[0]).toBe('via della Moscova 14A');
      },
    );

    it.each(spaces.map((s) => [s.address, s.coordinates] as const))(
      '"%s" resolves to within 5 m of the space',
      async (address, [lon, lat]) => {
        const result = await search(places, address, numbersOf);
        expect(result.kind).toBe('suggestions');
        const found = result.kind === 'suggestions' ? result.suggestions[0] : undefined;
        expect(found).toBeDefined();
        const metres = distance([lon, lat], [found!.lon, found!.lat], { units: 'meters' });
        expect(metres).toBeLessThan(5);
      },
    );
  });
});
