/** The spaces file once loaded and validated: loading, ready (with what was skipped) or failed. */
import { create } from 'zustand';
import type { DataProblem, ValidationResult } from '../spaces/validate-spaces';
import type { Space } from '../spaces/types';
import { useMessages } from './messages-store';

export type DataState =
  | { status: 'loading' }
  | { status: 'ready'; spaces: Space[]; problems: DataProblem[] }
  | { status: 'error'; reason: 'unreachable' | 'invalid'; problems: DataProblem[] };

export type LoadResult = ValidationResult | { unreachable: true };

export const useSpacesData = create<{ data: DataState }>()(() => ({
  data: { status: 'loading' },
}));

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
    data: { status: 'ready', spaces: result.spaces, problems: result.problems },
  });
}
