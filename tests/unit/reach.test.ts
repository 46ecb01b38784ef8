/**
 * Who each space reaches on foot (src/reach/coverage.ts, built by scripts/reach/): every count
 * checked against a plain loop over the register snapshot, written here without the build's code,
 * with the app's one walking model.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  NEIGHBOURHOODS_SNAPSHOT,
  readNeighbourhoods,
} from '../../scripts/open-data/neighbourhoods.ts';
import { readRegister, REGISTER_SNAPSHOT } from '../../scripts/open-data/register.ts';
import { buildReach } from '../../scripts/reach/build-reach.ts';
import { spacesFixture } from '../../scripts/many-spaces.ts';
import { straightLineMetres, WALKING, walkingMinutes } from '../../src/spaces/walking.ts';
import {
  computeReach,
  walkGridCells,
  type HouseNumberPoint,
  type ReachSpace,
} from '../../src/reach/coverage.ts';
import { NO_SPACE_MINUTES, REACH_BANDS, type ReachFigures } from '../../src/reach/reach-format.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';

const SPACES_TEXT = readFileSync('data/spaces.geojson', 'utf8');
const { spaces } = validateSpacesText(SPACES_TEXT);
const register = readRegister(REGISTER_SNAPSHOT);
const neighbourhoods = readNeighbourhoods(NEIGHBOURHOODS_SNAPSHOT);

/** Every house number with the neighbourhood whose outline holds it, found the slow way. */
const points: HouseNumberPoint[] = register.streets.flatMap((street) =>
  street.numbers.map(({ lat, lon }) => {
    const holder = neighbourhoods.features.find((f) => booleanPointInPolygon([lon, lat], f));
    return { lat, lon, nil: holder?.properties.ID_NIL ?? 0 };
  }),
);

/** The figures for one space, by a loop that knows nothing of the build's. */
function loopForSpace(all: readonly ReachSpace[], space: ReachSpace, houses = points) {
  const within = REACH_BANDS.map(() => 0);
  const nearest = REACH_BANDS.map(() => 0);
  const byNil: Record<number, number> = {};
  for (const house of houses) {
    const metres = straightLineMetres(house, space);
    const minutes = walkingMinutes(metres);
    const othersOfArea = all.filter((o) => o.area === space.area && o.id !== space.id);
    const isNearest = othersOfArea.every((o) => straightLineMetres(house, o) > metres);
    REACH_BANDS.forEach((band, b) => {
      if (minutes <= band) {
        within[b]! += 1;
        if (isNearest) nearest[b]! += 1;
      }
    });
    if (minutes <= 15 && house.nil !== 0) byNil[house.nil] = (byNil[house.nil] ?? 0) + 1;
  }
  return { within, nearest, byNil };
}

/** The figures for one neighbourhood, the same way. */
function loopForNeighbourhood(all: readonly ReachSpace[], nil: number, houses = points) {
  let numbers = 0;
  let portineria = 0;
  let any = 0;
  let farthest = 0;
  for (const house of houses) {
    if (house.nil !== nil) continue;
    numbers += 1;
    const toPortineria = all
      .filter((s) => s.area === 1)
      .map((s) => walkingMinutes(straightLineMetres(house, s)));
    const toAny = all.map((s) => walkingMinutes(straightLineMetres(house, s)));
    if (Math.min(...toPortineria) <= 15) portineria += 1;
    if (Math.min(...toAny) <= 15) any += 1;
    farthest = Math.max(farthest, Math.min(...toAny));
  }
  return { numbers, portineria, any, farthest };
}

const THREE_PORTINERIE = ['omero-15', 'zoia-105', 'boccioni-10'];
/** The neighbourhoods of the three portinerie: Lodi - Corvetto, Quarto Cagnino, Quarto Oggiaro. */
const THREE_NEIGHBOURHOODS = THREE_PORTINERIE.map((id) => spaces.find((s) => s.id === id)!.nil.id);

function expectLoopsAgree(figures: ReachFigures, all: readonly ReachSpace[], houses = points) {
  for (const id of THREE_PORTINERIE) {
    const built = figures.spaces.find((s) => s.id === id)!;
    const loop = loopForSpace(
      all,
      all.find((s) => s.id === id)!,
      houses,
    );
    expect(built.within, id).toEqual(loop.within);
    expect(built.nearest, id).toEqual(loop.nearest);
    expect(Object.fromEntries(built.neighbourhoods), id).toEqual(loop.byNil);
  }
  for (const nil of THREE_NEIGHBOURHOODS) {
    const built = figures.neighbourhoods.find((n) => n.id === nil)!;
    const { numbers, portineria, any, farthest } = built;
    expect({ numbers, portineria, any, farthest }, `NIL ${nil}`).toEqual(
      loopForNeighbourhood(all, nil, houses),
    );
  }
}

describe('who each space reaches on foot', () => {
  const summary = buildReach(SPACES_TEXT);

  it('counts, for the three portinerie and their neighbourhoods, what a plain loop over the register counts', () => {
    expectLoopsAgree(summary, spaces);
    // Not vacuous: each portineria reaches hundreds of house numbers within 15 minutes.
    for (const id of THREE_PORTINERIE)
      expect(summary.spaces.find((s) => s.id === id)!.within[2]).toBeGreaterThan(100);
  });

  it('counts the city as the loop does, every house number of the snapshot once', () => {
    const toPortineria = (h: HouseNumberPoint) =>
      Math.min(
        ...spaces.filter((s) => s.area === 1).map((s) => walkingMinutes(straightLineMetres(h, s))),
      );
    const toAny = (h: HouseNumberPoint) =>
      Math.min(...spaces.map((s) => walkingMinutes(straightLineMetres(h, s))));
    expect(summary.city).toEqual({
      numbers: register.report.numbers.kept,
      portineria: points.filter((h) => toPortineria(h) <= 15).length,
      any: points.filter((h) => toAny(h) <= 15).length,
      outside: points.filter((h) => h.nil === 0).length,
    });
    expect(summary.city.numbers).toBe(52121);
    // The neighbourhoods' numbers and those in none add up to the city's.
    const inNeighbourhoods = summary.neighbourhoods.reduce((sum, n) => sum + n.numbers, 0);
    expect(inNeighbourhoods + summary.city.outside).toBe(summary.city.numbers);
    expect(summary.neighbourhoods).toHaveLength(88);
  });

  it('tells spaces of one area apart: a house number counts as nearest to one of them only', () => {
    // Made up: two portinerie 600 m apart and a space of area 2 between them, on a grid of houses.
    const made: ReachSpace[] = [
      { id: 'west', area: 1, lat: 45.47, lon: 9.18 },
      { id: 'east', area: 1, lat: 45.47, lon: 9.18 + 600 / 78_000 },
      { id: 'middle', area: 2, lat: 45.4705, lon: 9.1838 },
    ];
    const houses: HouseNumberPoint[] = [];
    for (let i = -30; i <= 30; i++)
      for (let j = -30; j <= 30; j++)
        houses.push({ lat: 45.47 + i * 0.0004, lon: 9.18 + j * 0.0005, nil: i < 0 ? 1 : 2 });
    const figures = computeReach(houses, made, [
      { id: 1, name: 'Sud' },
      { id: 2, name: 'Nord' },
    ]);
    const [west, east, middle] = figures.spaces;
    // Each portineria reaches houses the other is nearer to; the area 2 space has no rival.
    expect(west!.nearest[2]).toBeLessThan(west!.within[2]);
    expect(east!.nearest[2]).toBeLessThan(east!.within[2]);
    expect(middle!.nearest).toEqual(middle!.within);
    for (const space of made) {
      const loop = loopForSpace(made, space, houses);
      const built = figures.spaces.find((s) => s.id === space.id)!;
      expect([built.within, built.nearest], space.id).toEqual([loop.within, loop.nearest]);
    }
    for (const nil of [1, 2]) {
      const { numbers, portineria, any, farthest } = figures.neighbourhoods.find(
        (n) => n.id === nil,
      )!;
      expect({ numbers, portineria, any, farthest }).toEqual(
        loopForNeighbourhood(made, nil, houses),
      );
    }
  });

  describe('for a programme of 999 spaces, found by place (src/reach/spaces-by-place.ts)', () => {
    // The bench's made-up programme, and two more spaces exactly where two of its spaces are:
    // a house number as near to both counts as nearest to neither.
    const fixture = validateSpacesText(spacesFixture(999)).spaces;
    const many: ReachSpace[] = [
      ...fixture,
      { ...fixture[0]!, id: 'twin-of-first' },
      { ...fixture[500]!, id: 'twin-of-middle' },
    ];
    // Every 97th house number of the city, and one on each twin, to keep the loops quick.
    const houses = [
      ...points.filter((_, i) => i % 97 === 0),
      { lat: fixture[0]!.lat, lon: fixture[0]!.lon, nil: 0 },
      { lat: fixture[500]!.lat, lon: fixture[500]!.lon, nil: 0 },
    ];
    const figures = computeReach(
      houses,
      many,
      neighbourhoods.features.map((f) => ({ id: f.properties.ID_NIL, name: f.properties.NIL })),
    );

    it('counts what the plain loop counts, for every neighbourhood and a tenth of the spaces', () => {
      expect(fixture).toHaveLength(999);
      // Every tenth space, and the twins and those they stand on.
      const checked = many.filter((_, i) => i % 10 === 0 || i === 500 || i >= 999);
      for (const space of checked) {
        const loop = loopForSpace(many, space, houses);
        const built = figures.spaces.find((s) => s.id === space.id)!;
        expect(
          [built.within, built.nearest, Object.fromEntries(built.neighbourhoods)],
          space.id,
        ).toEqual([loop.within, loop.nearest, loop.byNil]);
      }
      for (const { id, numbers, portineria, any, farthest } of figures.neighbourhoods)
        expect({ numbers, portineria, any, farthest }, `NIL ${id}`).toEqual(
          loopForNeighbourhood(many, id, houses),
        );
      // Not vacuous: the twins share their house numbers, and nearly every space reaches some.
      const twin = figures.spaces.find((s) => s.id === 'twin-of-first')!;
      expect(twin.within[0]).toBeGreaterThan(0);
      expect(twin.nearest[0]).toBe(0);
      expect(figures.spaces.filter((s) => s.within[2]! > 0).length).toBeGreaterThan(500);
    });

    it('gives each square of the map layer the walk to the nearest space of each area the loop gives', () => {
      const grid = { south: 45.38, west: 9.04, latStep: 0.0045, lonStep: 0.0064 };
      const cells = walkGridCells(houses, many, grid);
      const squares = new Map<string, HouseNumberPoint[]>();
      for (const house of houses) {
        const key = `${Math.floor((house.lat - grid.south) / grid.latStep)}/${Math.floor((house.lon - grid.west) / grid.lonStep)}`;
        squares.set(key, [...(squares.get(key) ?? []), house]);
      }
      const loopCells = [...squares]
        .map(([key, inside]) => {
          const [row, col] = key.split('/').map(Number) as [number, number];
          const middle = {
            lat: inside.reduce((sum, h) => sum + h.lat, 0) / inside.length,
            lon: inside.reduce((sum, h) => sum + h.lon, 0) / inside.length,
          };
          const minutes = [1, 2, 3].map((area) =>
            Math.min(
              NO_SPACE_MINUTES,
              ...many
                .filter((s) => s.area === area)
                .map((s) => walkingMinutes(straightLineMetres(middle, s))),
            ),
          );
          return [row, col, inside.length, ...minutes];
        })
        .sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
      expect(loopCells.length).toBeGreaterThan(100);
      expect(cells).toEqual(loopCells.flat());
    });
  });

  describe('with the app’s one walking model', () => {
    const detour = WALKING.detourFactor;
    afterEach(() => {
      (WALKING as { detourFactor: number }).detourFactor = detour;
    });

    it('changes every figure when the detour factor changes, and still agrees with the loop', () => {
      (WALKING as { detourFactor: number }).detourFactor = 1.5;
      const longer = buildReach(SPACES_TEXT);
      expect(longer.walking.detourFactor).toBe(1.5);
      for (const id of THREE_PORTINERIE) {
        const before = summary.spaces.find((s) => s.id === id)!;
        const after = longer.spaces.find((s) => s.id === id)!;
        REACH_BANDS.forEach((_, b) => {
          expect(after.within[b], `${id} within ${b}`).toBeLessThan(before.within[b]!);
          expect(after.nearest[b], `${id} nearest ${b}`).toBeLessThan(before.nearest[b]!);
        });
      }
      for (const nil of THREE_NEIGHBOURHOODS) {
        const before = summary.neighbourhoods.find((n) => n.id === nil)!;
        const after = longer.neighbourhoods.find((n) => n.id === nil)!;
        expect(after.portineria, `NIL ${nil}`).toBeLessThan(before.portineria);
        expect(after.any, `NIL ${nil}`).toBeLessThan(before.any);
        expect(after.farthest, `NIL ${nil}`).toBeGreaterThan(before.farthest);
      }
      expect(longer.city.portineria).toBeLessThan(summary.city.portineria);
      expect(longer.city.any).toBeLessThan(summary.city.any);
      expect(longer.version).not.toBe(summary.version);
      expectLoopsAgree(longer, spaces);
    });
  });
});
