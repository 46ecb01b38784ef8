/**
 * A printout being prepared. `startPrint` asks the map for its picture (state/map-picture.ts
 * says who answers); once the answer is in, the sheet renders and prints (print-sheet.tsx), and
 * the job ends when the print dialog closes.
 */
import { create } from '../state/create-store.ts';
import { resettable } from '../state/reset.ts';
import { useAppStore } from '../state/app-store.ts';
import { mapPicture } from '../state/map-picture.ts';
import { readySpaces } from '../state/spaces-store.ts';

/** What is being printed, and the map's picture once it is ready (undefined: not yet). */
export interface PrintJob {
  kind: 'space' | 'overview';
  /** A PNG data URL; null when the map could make none (the sheet says so). */
  image?: string | null;
}

export const usePrint = resettable(create<{ job: PrintJob | null }>()(() => ({ job: null })));

export function startPrint(kind: PrintJob['kind']): void {
  const job: PrintJob = { kind };
  usePrint.setState({ job });
  const spaces = readySpaces();
  const space = spaces.find((s) => s.id === useAppStore.getState().selectedId);
  void mapPicture(
    kind === 'space' && space ? { kind: 'space', space } : { kind: 'overview', spaces },
  ).then((image) => {
    // A job ended or replaced meanwhile keeps its own picture.
    if (usePrint.getState().job === job) usePrint.setState({ job: { ...job, image } });
  });
}

export function endPrint(): void {
  usePrint.setState({ job: null });
}
