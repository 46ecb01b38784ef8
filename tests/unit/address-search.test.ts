import { describe, expect, it } from 'vitest';
import { normaliseText, parseAddressQuery, readingCase } from '../../src/nearest/address-text.ts';
import { search, type SearchResult } from '../../src/nearest/address-search.ts';
import { searchableIndex } from './address-index-fixture.ts';

const { places, numbersOf } = searchableIndex('tests/fixtures/register-sample');

function first(result: SearchResult) {
  return result.kind === 'suggestions' ? result.suggestions[0] : undefined;
}

describe('reading what a person types', () => {
  it.each([
    ['V.le Omero', 'viale omero'],
    ['Sant’Erlembaldo', 'sant erlembaldo'],
    ['P.ZZA del Duomo', 'piazza del duomo'],
    ['l.go Boccioni', 'largo boccioni'],
    ['C.so Buenos Aires', 'corso buenos aires'],
    ['F.lli Zoia', 'fratelli zoia'],
    ['Gesù', 'gesu'],
  ])('normalises %s as %s', (text, expected) => {
    expect(normaliseText(text)).toBe(expected);
  });

  it.each([
    ['omero 15', ['omero'], { kind: 'single', value: '15' }],
    ['viale Omero, 15', ['viale', 'omero'], { kind: 'single', value: '15' }],
    [
      'via Alex Visconti 24 A-F',
      ['via', 'alex', 'visconti'],
      { kind: 'letters', base: 24, from: 'a', to: 'f' },
    ],
    [
      'via Padre Luigi Monti 18-20',
      ['via', 'padre', 'luigi', 'monti'],
      { kind: 'numbers', from: 18, to: 20 },
    ],
    [
      'via Luigi Capuana 7 (piazzetta Capuana)',
      ['via', 'luigi', 'capuana'],
      { kind: 'single', value: '7' },
    ],
    ['omero 15 b', ['omero'], { kind: 'single', value: '15b' }],
    ['omero 15/b', ['omero'], { kind: 'single', value: '15b' }],
    ['omero 15/B', ['omero'], { kind: 'single', value: '15b' }],
    ['24 maggio 7/2', ['24', 'maggio'], { kind: 'single', value: '7/2' }],
    ['via 24 maggio', ['via', '24', 'maggio'], null],
    ['omero', ['omero'], null],
  ])('parses %s', (text, words, number) => {
    expect(parseAddressQuery(text)).toMatchObject({ words, number });
  });

  it.each([
    ['DEL DUOMO', 'del Duomo'],
    ["MONTE DI PIETA'", 'Monte di Pietà'],
    ["DELL'ORSO", "dell'Orso"],
    ['VITTORIO EMANUELE II', 'Vittorio Emanuele II'],
    ["SANT'ERLEMBALDO", "Sant'Erlembaldo"],
  ])('writes the register name %s as %s', (name, expected) => {
    expect(readingCase(name)).toBe(expected);
  });
});

describe('finding an address', () => {
  const cases: [string, string][] = [
    ['omero 15', 'viale Omero 15'],
    ['OMERO 15', 'viale Omero 15'],
    ['via Omero 15', 'viale Omero 15'],
    ['V.le Omero 15', 'viale Omero 15'],
    ['viale omero, 15', 'viale Omero 15'],
    ['Monti Padre Pier Luigi 18', 'via Padre Luigi Monti 18'],
    ['padre luigi monti 20', 'via Padre Luigi Monti 20'],
    ['p. luigi monti', 'via Padre Luigi Monti'],
    ["sant'erlembaldo 2", "via Sant'Erlembaldo 2"],
    ['sant erlembaldo', "via Sant'Erlembaldo"],
    ['S. Erlembaldo 2', "via Sant'Erlembaldo 2"],
    ['fratelli zoia 105', 'via Fratelli Zoia 105'],
    ['F.lli Zoia 105', 'via Fratelli Zoia 105'],
    ['zoia', 'via Fratelli Zoia'],
    ['l.go boccioni 10', 'largo Umberto Boccioni 10'],
    ['piazza boccioni 10', 'largo Umberto Boccioni 10'],
    ['gesu', 'via Gesù'],
    ['Gesù 1', 'via Gesù 1'],
    ['p.le corvetto', 'piazzale Corvetto'],
    ['piazza duomo', 'piazza del Duomo'],
    ['24 maggio', 'via 24 Maggio'],
    ['via 24 maggio 7/2', 'via 24 Maggio 7/2'],
    ['via XXIV Maggio 3', 'via 24 Maggio 3'],
    ['ventiquattro maggio', 'via 24 Maggio'],
    ['via alex visconti 24 A-F', 'via Alex Visconti 24 A-F'],
    ['Padre Luigi Monti 18-20', 'via Padre Luigi Monti 18-20'],
    ['via Luigi Capuana 7 (piazzetta Capuana)', 'via Luigi Capuana 7'],
    ['palman', 'via Palmanova'],
    // House numbers as Italians write them.
    ['via alex visconti 24A', 'via Alex Visconti 24A'],
    ['via alex visconti 24 a', 'via Alex Visconti 24A'],
    ['via alex visconti 24/a', 'via Alex Visconti 24A'],
    ['via alex visconti 24/A', 'via Alex Visconti 24A'],
    // An elided name with its apostrophe dropped, with or without the space.
    ['sant erlembaldo 2', "via Sant'Erlembaldo 2"],
    ['santerlembaldo 2', "via Sant'Erlembaldo 2"],
  ];

  it.each(cases)('"%s" is first answered by %s', async (text, label) => {
    expect(first(await search(places, text, numbersOf))?.label).toBe(label);
  });

  it('offers the lettered numbers of a number', async () => {
    const result = await search(places, 'visconti 24', numbersOf);
    expect(result.kind === 'suggestions' && result.suggestions.map((s) => s.label)).toEqual(
      ['A', 'B', 'C', 'D', 'E', 'F'].map((l) => `via Alex Visconti 24${l}`),
    );
  });

  it('says when a number does not exist and offers the nearest ones', async () => {
    const result = await search(places, 'omero 99', numbersOf);
    expect(result).toMatchObject({
      kind: 'missing-number',
      number: '99',
      street: { label: 'viale Omero' },
    });
    expect(result.kind === 'missing-number' && result.nearest.map((s) => s.label)).toEqual([
      'viale Omero 18',
      'viale Omero 17',
      'viale Omero 15',
    ]);
  });

  it('places a letter range at the middle of its entrances and a number range between its numbers', async () => {
    const visconti = first(await search(places, 'via Alex Visconti 24 A-F', numbersOf))!;
    expect(visconti.lat).toBeCloseTo(45.503839, 6);
    expect(visconti.lon).toBeCloseTo(9.10065, 6);
    const monti = first(await search(places, 'via Padre Luigi Monti 18-20', numbersOf))!;
    expect([monti.lat, monti.lon]).toEqual([
      expect.closeTo(45.505636, 6),
      expect.closeTo(9.192885, 6),
    ]);
  });

  it('says which street it did not find, as the person typed it', async () => {
    expect(await search(places, 'xyzzy', numbersOf)).toEqual({
      kind: 'no-street',
      street: 'xyzzy',
    });
    expect(await search(places, 'Viale Omeor 15', numbersOf)).toEqual({
      kind: 'no-street',
      street: 'viale omeor',
    });
  });

  it('never says a street is missing when only its number is', async () => {
    const result = await search(places, 'viale omero 15/b', numbersOf);
    expect(result).toMatchObject({ kind: 'missing-number', number: '15B' });
  });

  it('goes to the street itself when no number is typed', async () => {
    const omero = first(await search(places, 'viale omero', numbersOf))!;
    expect(omero).toMatchObject({ kind: 'street', label: 'viale Omero' });
  });
});
