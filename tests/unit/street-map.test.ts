/** Streets drawn from house numbers: a line only where it follows one side of one street. */
import { describe, expect, it } from 'vitest';
import { MAX_STEP_METRES, sideRuns } from '../../scripts/open-data/street-map.ts';
import type { RegisterNumber } from '../../scripts/open-data/register.ts';

/** A number `east` metres east and `north` metres north of a point in Milan. */
function at(text: string, east: number, north = 0): RegisterNumber {
  return { text, lat: 45.46 + north / 111_320, lon: 9.19 + east / 78_100, municipio: 1 };
}

const texts = (runs: RegisterNumber[][]) => runs.map((run) => run.map((n) => n.text));

describe('the line through one side of a street', () => {
  it('joins the numbers in numeric order, whatever order the file has them in', () => {
    expect(texts(sideRuns([at('5', 40), at('1', 0), at('3', 20)]))).toEqual([['1', '3', '5']]);
  });

  it('breaks where two numbers are too far apart to be sure the line stays on the street', () => {
    const far = MAX_STEP_METRES + 10;
    expect(
      texts(sideRuns([at('1', 0), at('3', 20), at('5', 20 + far), at('7', 40 + far)])),
    ).toEqual([
      ['1', '3'],
      ['5', '7'],
    ]);
  });

  it('breaks where it would turn back on itself, as into a courtyard', () => {
    expect(texts(sideRuns([at('1', 0), at('3', 30), at('5', 2, 5), at('7', -30, 8)]))).toEqual([
      ['1', '3'],
      ['5', '7'],
    ]);
  });

  it('leaves out lettered and barred numbers, which are often inside the block', () => {
    expect(
      texts(sideRuns([at('1', 0), at('1A', 5, -40), at('3', 20), at('3/2', 25, -30)])),
    ).toEqual([['1', '3']]);
  });

  it('draws nothing for a single number', () => {
    expect(sideRuns([at('1', 0)])).toEqual([]);
  });
});
