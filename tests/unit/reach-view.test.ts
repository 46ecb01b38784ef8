/** How the app reads the walking figures: the file, whether they fit the spaces shown, their words. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReach } from '../../scripts/reach/build-reach.ts';
import { formatShare } from '../../src/i18n/format-number.ts';
import type { ReachSummary } from '../../src/reach/reach-format.ts';
import { fetchReach, useReach } from '../../src/reach/reach-store.ts';
import { nearestOtherSpace, reachMatches, registerIsoDate } from '../../src/reach/space-reach.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { resetStores } from '../reset-stores.ts';

const SPACES_TEXT = readFileSync('data/spaces.geojson', 'utf8');
const { spaces } = validateSpacesText(SPACES_TEXT);
let summary: ReachSummary;
beforeAll(() => {
  summary = buildReach(SPACES_TEXT);
});

const answering = (...responses: (() => Response)[]) => {
  const asked: string[] = [];
  const fetchImpl = (url: RequestInfo | URL) => {
    asked.push(String(url));
    return Promise.resolve(responses[asked.length - 1]!());
  };
  return { asked, fetchImpl: fetchImpl as typeof fetch };
};

describe('the walking figures file', () => {
  it('is taken in when it is whole', async () => {
    resetStores();
    const { fetchImpl } = answering(() => Response.json(summary));
    await fetchReach('/reach.json', fetchImpl);
    expect(useReach.getState().reach).toEqual({ status: 'ready', summary });
  });

  it('is unavailable when broken, missing or offline, and asked for again at the next call', async () => {
    for (const broken of [
      () => new Response('{"version": 3', { status: 200 }),
      () => Response.json({ ...summary, spaces: [{ id: 'omero-15' }] }),
      () => new Response('', { status: 404 }),
      () => {
        throw new TypeError('Failed to fetch');
      },
    ]) {
      resetStores();
      const { asked, fetchImpl } = answering(broken, () => Response.json(summary));
      await fetchReach('/reach.json', fetchImpl);
      expect(useReach.getState().reach).toEqual({ status: 'unavailable' });
      await fetchReach('/reach.json', fetchImpl);
      expect(asked).toHaveLength(2);
      expect(useReach.getState().reach.status).toBe('ready');
    }
  });
});

describe('the figures and the spaces shown', () => {
  it('fit the spaces they were computed for', () => {
    expect(reachMatches(summary, spaces)).toBe(true);
  });

  it('do not fit a space moved, added or given another area since', () => {
    const moved = spaces.map((s) => (s.id === 'omero-15' ? { ...s, lat: s.lat + 0.001 } : s));
    const otherArea = spaces.map((s) => (s.id === 'omero-15' ? { ...s, area: 2 as const } : s));
    const added = [...spaces, { ...spaces[0]!, id: 'nuovo-1' }];
    expect(reachMatches(summary, moved)).toBe(false);
    expect(reachMatches(summary, otherArea)).toBe(false);
    expect(reachMatches(summary, added)).toBe(false);
    expect(reachMatches(summary, spaces.slice(1))).toBe(false);
  });

  it('name the programme’s nearest other space: from via Capuana 7, largo Boccioni 10', () => {
    const capuana = spaces.find((s) => s.id === 'capuana-7')!;
    const nearest = nearestOtherSpace(capuana, spaces)!;
    expect(nearest.space.id).toBe('boccioni-10');
    expect(nearest.metres).toBeGreaterThan(500);
    expect(nearest.metres).toBeLessThan(1500);
    expect(nearestOtherSpace(capuana, [capuana])).toBeNull();
  });
});

describe('shares and dates for people', () => {
  it('writes shares as whole percentages, a decimal below 10 %, never a 0 that hides a few', () => {
    expect(formatShare(498, 2165, 'it')).toBe('23%');
    expect(formatShare(64, 2000, 'en')).toBe('3.2%');
    expect(formatShare(1, 5000, 'en')).toBe('< 0.1%');
    expect(formatShare(0, 5000, 'en')).toBe('0%');
    expect(formatShare(3, 0, 'en')).toBeNull();
  });

  it('reads the register’s export date', () => {
    expect(registerIsoDate('20200302')).toBe('2020-03-02');
    expect(registerIsoDate('undated')).toBeNull();
  });
});
