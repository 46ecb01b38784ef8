/**
 * The walking coverage's other views: the neighbourhoods' table (its order, its files), the map
 * layer's squares, and the comparison's state in the store and the link.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildWalkReach, type Reach } from '../../scripts/reach/build-reach.ts';
import {
  neighbourhoodRows,
  neighbourhoodsToCsv,
  sortNeighbourhoods,
} from '../../src/reach/neighbourhood-table.ts';
import { WALK_CELL_FIELDS } from '../../src/reach/reach-format.ts';
import { minutesToShown, walkSquares } from '../../src/reach/walk-grid.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { useAppStore } from '../../src/state/app-store.ts';
import { useMessages } from '../../src/state/messages-store.ts';
import { setDataResult } from '../../src/state/spaces-store.ts';
import { startUrlSync } from '../../src/state/url-sync.ts';
import { resetStores } from '../reset-stores.ts';

const SPACES_TEXT = readFileSync('data/spaces.geojson', 'utf8');
let reach: Reach;
beforeAll(() => {
  reach = buildWalkReach(SPACES_TEXT);
});

describe('the neighbourhoods’ table', () => {
  it('lists each neighbourhood with house numbers once, by name first', () => {
    const rows = sortNeighbourhoods(
      neighbourhoodRows(reach.summary),
      { column: 'name', direction: 'ascending' },
      'it',
    );
    expect(rows.length).toBe(reach.summary.neighbourhoods.filter((n) => n.numbers > 0).length);
    expect(rows[0]!.name).toBe('Adriano');
    const names = rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'it')));
  });

  it('puts Quarto Cagnino, nearly all within 15 minutes of a space, first by share reached', () => {
    const rows = sortNeighbourhoods(
      neighbourhoodRows(reach.summary),
      { column: 'any', direction: 'descending' },
      'it',
    );
    expect(rows[0]!.name).toBe('Quarto Cagnino');
    const shares = rows.map((r) => r.any / r.numbers);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    const farthest = sortNeighbourhoods(rows, { column: 'farthest', direction: 'ascending' }, 'it');
    expect(farthest.map((r) => r.farthest)).toEqual(
      [...rows.map((r) => r.farthest)].sort((a, b) => a - b),
    );
  });

  it('is downloaded with the same counts, with commas or for a spreadsheet in Italian', () => {
    const csv = neighbourhoodsToCsv(reach.summary);
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'nil_id,nil_name,house_numbers,within_15_min_portineria,share_15_min_portineria_percent,within_15_min_any_space,share_15_min_any_space_percent,farthest_walk_to_nearest_space_min',
    );
    const cagnino = reach.summary.neighbourhoods.find((n) => n.name === 'Quarto Cagnino')!;
    const share = Math.round((cagnino.any / cagnino.numbers) * 1000) / 10;
    expect(lines).toContain(
      [
        cagnino.id,
        'Quarto Cagnino',
        cagnino.numbers,
        cagnino.portineria,
        Math.round((cagnino.portineria / cagnino.numbers) * 1000) / 10,
        cagnino.any,
        share,
        cagnino.farthest,
      ].join(','),
    );
    expect(lines).toHaveLength(neighbourhoodRows(reach.summary).length + 1);
    const semicolons = neighbourhoodsToCsv(reach.summary, ';');
    expect(semicolons).toContain(`;${String(share).replace('.', ',')};`);
  });
});

describe('the walking layer’s squares', () => {
  it('hold every house number of the register once, each square about 100 m wide', () => {
    const { cells } = reach.grid;
    expect(cells.length % WALK_CELL_FIELDS).toBe(0);
    let numbers = 0;
    for (let i = 2; i < cells.length; i += WALK_CELL_FIELDS) numbers += cells[i]!;
    expect(numbers).toBe(reach.summary.city.numbers);
    const squares = walkSquares(reach.grid);
    expect(squares.features).toHaveLength(cells.length / WALK_CELL_FIELDS);
    const ring = squares.features[0]!.geometry.coordinates[0]!;
    const [west, south] = ring[0]!;
    const [east, north] = ring[2]!;
    expect((east! - west!) * 78_000).toBeGreaterThan(90);
    expect((east! - west!) * 78_000).toBeLessThan(110);
    expect((north! - south!) * 111_000).toBeGreaterThan(90);
    expect((north! - south!) * 111_000).toBeLessThan(110);
  });

  it('follow the area filter: the walk to the nearest space of the areas shown', () => {
    const square = { n: 3, m1: 12, m2: 4, m3: 30 };
    expect(minutesToShown(square, [1, 2, 3])).toBe(4);
    expect(minutesToShown(square, [1, 3])).toBe(12);
    expect(minutesToShown(square, [3])).toBe(30);
    expect(minutesToShown(square, [])).toBeNull();
  });

  it('are coloured within 15 minutes as many house numbers as the city’s figure, give or take a square', () => {
    // The squares' minutes are from their middle, the figures' from each house number.
    const squares = walkSquares(reach.grid).features.map((f) => f.properties);
    const reached = squares
      .filter((s) => minutesToShown(s, [1, 2, 3])! <= 15)
      .reduce((sum, s) => sum + s.n, 0);
    expect(Math.abs(reached - reach.summary.city.any) / reach.summary.city.any).toBeLessThan(0.05);
  });
});

describe('the comparison in the store and the link', () => {
  beforeEach(() => {
    resetStores();
    setDataResult(validateSpacesText(SPACES_TEXT));
    window.history.replaceState(null, '', '/');
  });

  it('takes up to three spaces, refuses a fourth with a notice, and lets one go', () => {
    const { toggleCompare } = useAppStore.getState();
    for (const id of ['omero-15', 'zoia-105', 'boccioni-10', 'faenza-25']) toggleCompare(id);
    expect(useAppStore.getState().compare).toEqual(['omero-15', 'zoia-105', 'boccioni-10']);
    expect(useMessages.getState().notices).toEqual([{ key: 'compareFull', params: { count: 3 } }]);
    toggleCompare('zoia-105');
    expect(useAppStore.getState().compare).toEqual(['omero-15', 'boccioni-10']);
  });

  it('is in the link, and a link’s unknown space is dropped with a notice', () => {
    window.history.replaceState(null, '', '/?page=compare&compare=omero-15,nowhere-1');
    startUrlSync(window);
    expect(useAppStore.getState().compare).toEqual(['omero-15']);
    expect(useMessages.getState().notices).toEqual([
      { key: 'unknownSpace', params: {}, echo: 'nowhere-1' },
    ]);
    expect(window.location.search).toBe('?page=compare&compare=omero-15');
    useAppStore.getState().toggleCompare('zoia-105');
    expect(window.location.search).toBe('?page=compare&compare=omero-15,zoia-105');
    useAppStore.getState().toggleWalkLayer();
    expect(window.location.search).toBe('?page=compare&walk=1&compare=omero-15,zoia-105');
  });
});
