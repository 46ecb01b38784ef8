/**
 * The programme's updates (data/updates.json), fetched when first needed: by the "Aggiornamenti"
 * page or the presentation's milestones. A broken entry is left out (check:data and the build
 * name it); a file that cannot be fetched can be asked for again.
 */
import { create } from './create-store.ts';
import { resettable } from './reset.ts';
import updatesFileUrl from '../../data/updates.json?url';
import { readUpdates, type Update } from '../spaces/updates.ts';

interface UpdatesState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** Newest first. */
  updates: Update[];
  /** How many entries were left out for errors. */
  skipped: number;
}

export const useUpdates = resettable(
  create<UpdatesState>()(() => ({
    status: 'idle',
    updates: [],
    skipped: 0,
  })),
);

export async function loadUpdates(
  url: string = updatesFileUrl,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const { status } = useUpdates.getState();
  if (status === 'loading' || status === 'ready') return;
  useUpdates.setState({ status: 'loading' });
  try {
    const response = await fetchImpl(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { updates, problems } = readUpdates(await response.text());
    const skipped = new Set(
      problems.filter((p) => p.severity === 'error' && p.entry !== undefined).map((p) => p.entry),
    ).size;
    useUpdates.setState({ status: 'ready', updates, skipped });
  } catch {
    useUpdates.setState({ status: 'failed', updates: [], skipped: 0 });
  }
}
