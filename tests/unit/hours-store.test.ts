/** The hours library that does not arrive (offline) is asked for again a minute later. */
import { readFileSync } from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';
import { refreshHours, useHours } from '../../src/state/hours-store.ts';
import { setDataResult } from '../../src/state/spaces-store.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { resetStores } from '../reset-stores.ts';
import { COMPLETE_SPACES_FILE } from './spaces-fixture.ts';

const attempts = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../src/hours/opening-hours.ts', () => {
  attempts.count += 1;
  throw new Error('the network is down');
});

afterEach(() => {
  vi.useRealTimers();
});

it('says the library failed, and tries again after a minute', async () => {
  vi.useFakeTimers();
  resetStores();
  setDataResult(validateSpacesText(readFileSync(COMPLETE_SPACES_FILE, 'utf8')));
  await refreshHours();
  expect(useHours.getState().status).toBe('failed');
  const first = attempts.count;
  expect(first).toBeGreaterThan(0);

  await vi.advanceTimersByTimeAsync(59_000);
  expect(attempts.count).toBe(first);
  await vi.advanceTimersByTimeAsync(2_000);
  expect(attempts.count).toBeGreaterThan(first);
  expect(useHours.getState().status).toBe('failed');
});
