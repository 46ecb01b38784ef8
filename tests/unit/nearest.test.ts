import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDistance } from '../../src/i18n/i18n.ts';
import { locate, MAX_ACCURACY_METRES } from '../../src/nearest/geolocation.ts';
import { rankSpaces } from '../../src/nearest/rank-spaces.ts';
import { straightLineMetres } from '../../src/spaces/walking.ts';
import { WALKING, walkingMinutes } from '../../src/spaces/walking.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';

const { spaces } = validateSpacesText(readFileSync('data/spaces.geojson', 'utf8'));
const corvetto = { lat: 45.44, lon: 9.22 };

describe('ranking the spaces from a starting point', () => {
  it('puts viale Omero 15 first for a resident in Corvetto looking for a portineria', () => {
    const ranked = rankSpaces(corvetto, spaces, 'portineria');
    expect(ranked[0]!.space.address).toBe('viale Omero 15');
    expect(ranked.slice(0, 3).every((r) => r.space.area === 1)).toBe(true);
    expect(ranked.slice(3).every((r) => r.space.area !== 1)).toBe(true);
  });

  it('orders by distance alone when any space will do', () => {
    const ranked = rankSpaces({ lat: 45.5056, lon: 9.1929 }, spaces, 'any');
    expect(ranked[0]!.space.id).toBe('monti-18-20');
    const metres = ranked.map((r) => r.metres);
    expect(metres).toEqual([...metres].sort((a, b) => a - b));
  });

  it('only ranks the spaces it is given (the filter applies)', () => {
    const onlyArea3 = spaces.filter((s) => s.area === 3);
    expect(rankSpaces(corvetto, onlyArea3, 'portineria').map((r) => r.space.area)).toEqual([
      3, 3, 3,
    ]);
  });

  it('measures straight lines on the sphere', () => {
    // viale Omero 15 to via Palmanova 59: about 6.8 km apart.
    const omero = spaces.find((s) => s.id === 'omero-15')!;
    const palmanova = spaces.find((s) => s.id === 'palmanova-59')!;
    expect(straightLineMetres(omero, palmanova)).toBeGreaterThan(6700);
    expect(straightLineMetres(omero, palmanova)).toBeLessThan(6900);
  });
});

describe('the walking estimate', () => {
  it('adds the detour to the straight line and walks at the stated speed', () => {
    expect(WALKING).toEqual({ speedKmh: 4.5, detourFactor: 1.3 });
    // 1 km straight = 1.3 km walked = 17.3 minutes at 4.5 km/h.
    expect(walkingMinutes(1000)).toBe(17);
    expect(walkingMinutes(577)).toBe(10);
  });

  it('never says zero minutes', () => {
    expect(walkingMinutes(5)).toBe(1);
  });
});

describe('distances for people', () => {
  it.each([
    [4, 'it', '10 m'],
    [693, 'it', '690 m'],
    [996, 'it', '1 km'],
    [1234, 'it', '1,2 km'],
    [1234, 'en', '1.2 km'],
  ] as const)('%d m in %s is "%s"', (metres, lang, text) => {
    expect(formatDistance(metres, lang).replace(/\u00a0/g, ' ')).toBe(text);
  });
});

describe('asking the browser for the position', () => {
  function fakeGeolocation(
    answer: (ok: PositionCallback, fail: PositionErrorCallback) => void,
  ): Geolocation {
    return { getCurrentPosition: answer } as unknown as Geolocation;
  }
  const position = (accuracy: number) =>
    ({ coords: { latitude: 45.44, longitude: 9.22, accuracy } }) as GeolocationPosition;
  const error = (code: number) =>
    ({
      code,
      PERMISSION_DENIED: 1,
      POSITION_UNAVAILABLE: 2,
      TIMEOUT: 3,
    }) as GeolocationPositionError;

  it('gives the position when it is precise enough', async () => {
    expect(await locate(fakeGeolocation((ok) => ok(position(30))))).toEqual({
      ok: true,
      lat: 45.44,
      lon: 9.22,
      accuracy: 30,
    });
  });

  it('refuses a position less precise than a kilometre', async () => {
    expect(await locate(fakeGeolocation((ok) => ok(position(MAX_ACCURACY_METRES + 1))))).toEqual({
      ok: false,
      reason: 'inaccurate',
      accuracy: 1001,
    });
  });

  it.each([
    [1, 'denied'],
    [2, 'unavailable'],
    [3, 'timeout'],
  ])('names error %d as %s', async (code, reason) => {
    expect(await locate(fakeGeolocation((_, fail) => fail(error(code))))).toEqual({
      ok: false,
      reason,
    });
  });

  it('says when the browser has no geolocation at all', async () => {
    expect(await locate(undefined)).toEqual({ ok: false, reason: 'unsupported' });
  });
});
