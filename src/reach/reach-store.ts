/**
 * The walking coverage the build computed (public/generated/reach/summary.json): fetched as the
 * app starts, beside the spaces file; a space's page waits for it before hydrating, since its
 * panel shows the space's figures (src/main.tsx).
 */
import { create } from '../state/create-store.ts';
import { onReset, resettable } from '../state/reset.ts';
import { isTransitSummary } from './transit-format.ts';
import { REACH_FOLDER, REACH_SUMMARY_FILE, type ReachSummary } from './reach-format.ts';

export const REACH_URL = `${import.meta.env.BASE_URL}${REACH_FOLDER}/${REACH_SUMMARY_FILE}`;

export type ReachState =
  | { status: 'loading' }
  | { status: 'ready'; summary: ReachSummary }
  /** The file could not be fetched or read: the figures are shown as not available. */
  | { status: 'unavailable' };

export const useReach = resettable(
  create<{ reach: ReachState }>()(() => ({ reach: { status: 'loading' } })),
);

/** Takes the figures in (the prerender gives them directly). */
export function setReachSummary(summary: ReachSummary | null): void {
  useReach.setState({
    reach: summary ? { status: 'ready', summary } : { status: 'unavailable' },
  });
}

/** Enough of the file's shape that the views can read it; anything else is "unavailable". */
export function isReachSummary(value: unknown): value is ReachSummary {
  const v = value as Partial<ReachSummary> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.version === 'string' &&
    typeof v.registerDate === 'string' &&
    Array.isArray(v.spaces) &&
    v.spaces.every(
      (s) =>
        typeof s?.id === 'string' &&
        Array.isArray(s.within) &&
        s.within.length === 3 &&
        Array.isArray(s.nearest) &&
        s.nearest.length === 3 &&
        Array.isArray(s.neighbourhoods),
    ) &&
    Array.isArray(v.neighbourhoods) &&
    v.neighbourhoods.every((n) => typeof n?.id === 'number' && typeof n.numbers === 'number') &&
    typeof v.city?.numbers === 'number' &&
    typeof v.walking?.detourFactor === 'number' &&
    isTransitSummary(v.transit)
  );
}

let pending: Promise<void> | null = null;
onReset(() => (pending = null));

/**
 * Fetches the figures; settles when they are in or known to be unavailable. Once in, they are kept;
 * after a failure, the next call (a panel opened later) asks again.
 */
export function fetchReach(url = REACH_URL, fetchImpl: typeof fetch = fetch): Promise<void> {
  if (!pending) {
    const attempt = readReach(url, fetchImpl).then((summary) => {
      setReachSummary(summary);
      if (!summary && pending === attempt) pending = null;
    });
    pending = attempt;
  }
  return pending;
}

const readReach = (url: string, fetchImpl: typeof fetch) =>
  readBuiltFile(url, fetchImpl, isReachSummary);

/**
 * One of the files the build computed (public/generated/reach/), when it can be fetched and has
 * the shape `isValid` checks; null when it is missing, offline, not JSON or something else.
 */
export async function readBuiltFile<T>(
  url: string,
  fetchImpl: typeof fetch,
  isValid: (value: unknown) => value is T,
): Promise<T | null> {
  try {
    const response = await fetchImpl(url);
    const value: unknown = response.ok ? await response.json() : null;
    return isValid(value) ? value : null;
  } catch {
    return null;
  }
}
