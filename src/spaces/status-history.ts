/** What a space's status history tells. */
import type { Space } from './types.ts';

/** Since when the current status holds: the start of the history's last run of it, if known. */
export function statusSince(space: Space): string | null {
  const history = space.statusHistory;
  let i = history.length - 1;
  if (i < 0 || history[i]!.status !== space.status) return null;
  while (i > 0 && history[i - 1]!.status === space.status) i -= 1;
  return history[i]!.date;
}
