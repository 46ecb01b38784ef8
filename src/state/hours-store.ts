/**
 * The spaces' opening hours worked out for now, in Milan's time, and again every minute. The
 * opening_hours library (about 120 KB compressed) is fetched only when a space has hours: with
 * none, as in today's data, nothing is loaded. If it does not arrive, it is asked for again a
 * minute later.
 */
import { create } from './create-store.ts';
import type { HoursDay, HoursNow } from '../hours/opening-hours.ts';
import type { Space } from '../spaces/types.ts';
import { useAppStore } from './app-store.ts';
import { onReset, resettable } from './reset.ts';
import { readySpaces, useSpacesData } from './spaces-store.ts';

export type SpaceHours =
  /** The library cannot read the value (check:data says why) or work it out for now. */
  { kind: 'unreadable' } | { kind: 'known'; now: HoursNow; week: HoursDay[] };

interface HoursState {
  /** `none`: no space has hours. `failed`: the library did not arrive (offline, say). */
  status: 'none' | 'loading' | 'ready' | 'failed';
  byId: Record<string, SpaceHours>;
}

export const useHours = resettable(create<HoursState>()(() => ({ status: 'none', byId: {} })));

/** Whether the hours say the space is open at this moment ("maybe" is not open). */
export function isOpenNow(byId: Readonly<Record<string, SpaceHours>>, id: string): boolean {
  const hours = byId[id];
  return hours?.kind === 'known' && hours.now.state === 'open';
}

type HoursModule = typeof import('../hours/opening-hours.ts');

let module: Promise<HoursModule> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
onReset(() => {
  clearTimeout(timer);
  module = null;
});

function workOut(lib: HoursModule, spaces: readonly Space[], moment: Date) {
  const byId: Record<string, SpaceHours> = {};
  for (const space of spaces) {
    if (space.openingHours === null) continue;
    const read = lib.readHours(space.openingHours);
    if ('error' in read) {
      byId[space.id] = { kind: 'unreadable' };
      continue;
    }
    try {
      byId[space.id] = {
        kind: 'known',
        now: lib.hoursAt(read.hours, moment),
        week: lib.hoursWeek(read.hours, moment),
      };
    } catch {
      byId[space.id] = { kind: 'unreadable' };
    }
  }
  return byId;
}

/** Works the hours out for the spaces loaded now, then at the start of every minute. */
export async function refreshHours(): Promise<void> {
  clearTimeout(timer);
  const spaces = readySpaces();
  if (!spaces.some((s) => s.openingHours !== null)) {
    useHours.setState({ status: 'none', byId: {} });
    useAppStore.setState({ openNowOnly: false });
    return;
  }
  if (useHours.getState().status === 'none') useHours.setState({ status: 'loading' });
  module ??= import('../hours/opening-hours.ts');
  let lib: HoursModule;
  try {
    lib = await module;
  } catch {
    module = null;
    useHours.setState({ status: 'failed', byId: {} });
    useAppStore.setState({ openNowOnly: false });
    timer = setTimeout(() => void refreshHours(), 60_000);
    return;
  }
  // The spaces may have changed while the library came.
  if (readySpaces() !== spaces) return;
  const moment = new Date();
  useHours.setState({ status: 'ready', byId: workOut(lib, spaces, moment) });
  timer = setTimeout(() => void refreshHours(), 60_000 - (moment.getTime() % 60_000) + 50);
}

/** Keeps the hours in step with the spaces file (called once, as the app starts). */
export function followSpaces(): () => void {
  void refreshHours();
  const stop = useSpacesData.subscribe((state, previous) => {
    if (state.data !== previous.data) void refreshHours();
  });
  onReset(stop);
  return stop;
}

/** The hours of one space, or null while they are unknown or still coming. */
export function useSpaceHours(id: string): SpaceHours | null {
  return useHours((s) => s.byId[id] ?? null);
}
