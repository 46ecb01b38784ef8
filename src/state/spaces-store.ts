/** The spaces file once loaded and validated: loading, ready (with what was skipped) or failed. */
import { create } from './create-store.ts';
import { loadSpaces } from '../spaces/load-spaces.ts';
import type { DataProblem, ValidationResult } from '../spaces/validate-spaces.ts';
import type { Space } from '../spaces/types.ts';
import { useMessages } from './messages-store.ts';
import { onReset, resettable } from './reset.ts';

export type DataState =
  | { status: 'loading' }
  | { status: 'ready'; spaces: Space[]; problems: DataProblem[]; version: string | null }
  | { status: 'error'; reason: 'unreachable' | 'invalid' | 'slow'; problems: DataProblem[] };

export type LoadResult = ValidationResult | { unreachable: true };

export const useSpacesData = resettable(
  create<{ data: DataState }>()(() => ({
    data: { status: 'loading' },
  })),
);

/** The spaces, or none while loading or after an error. */
export function readySpaces(data: DataState = useSpacesData.getState().data): Space[] {
  return data.status === 'ready' ? data.spaces : [];
}

/** Takes the loaded file in (app-store.ts then checks the link's space and step against it). */
export function setDataResult(result: LoadResult): void {
  if ('unreachable' in result) {
    useSpacesData.setState({ data: { status: 'error', reason: 'unreachable', problems: [] } });
    return;
  }
  if (result.fatal || result.spaces.length === 0) {
    useSpacesData.setState({
      data: { status: 'error', reason: 'invalid', problems: result.problems },
    });
    return;
  }
  const skipped = new Set(
    result.problems.filter((p) => p.severity === 'error' && p.feature).map((p) => p.feature),
  ).size;
  if (skipped > 0)
    useMessages.getState().notify({ key: 'skippedSpaces', params: { count: skipped } });
  useSpacesData.setState({
    data: {
      status: 'ready',
      spaces: result.spaces,
      problems: result.problems,
      version: result.version ?? null,
    },
  });
}

/** How long the spaces file may take before the page says it is late (a later answer still counts). */
export const SPACES_TIMEOUT_MS = 15_000;

let latestAttempt = 0;
onReset(() => (latestAttempt = 0));

/**
 * Fetches the spaces file. Resolves once the page has something to show: the spaces, the reason
 * they cannot be shown, or, past the timeout, that they are late. The file may still come then,
 * and replaces the message; a retry starts another fetch beside it, and the first to bring the
 * spaces wins (a failure counts only from the latest).
 */
export function fetchSpaces(
  load: () => Promise<LoadResult> = loadSpaces,
  timeoutMs = SPACES_TIMEOUT_MS,
): Promise<void> {
  const attempt = ++latestAttempt;
  if (useSpacesData.getState().data.status !== 'ready')
    useSpacesData.setState({ data: { status: 'loading' } });
  return new Promise((shown) => {
    const timer = setTimeout(() => {
      if (attempt === latestAttempt && useSpacesData.getState().data.status === 'loading')
        useSpacesData.setState({ data: { status: 'error', reason: 'slow', problems: [] } });
      shown();
    }, timeoutMs);
    void load().then((result) => {
      clearTimeout(timer);
      const brought = !('unreachable' in result) && !result.fatal && result.spaces.length > 0;
      if (
        useSpacesData.getState().data.status !== 'ready' &&
        (brought || attempt === latestAttempt)
      )
        setDataResult(result);
      shown();
    });
  });
}
