/**
 * The files an official opened from the computer where the browser lets a page write back into
 * them (the File System Access API: Chromium-based browsers). Elsewhere the desk downloads.
 * Not kept over a reload: a browser asks again before a page may write.
 */
import { create } from '../state/create-store.ts';
import { resettable } from '../state/reset.ts';

interface ChosenFiles {
  spaces: FileSystemFileHandle | null;
  updates: FileSystemFileHandle | null;
}

export const useChosenFiles = resettable(
  create<ChosenFiles>()(() => ({ spaces: null, updates: null })),
);

export const forgetChosenFiles = () => useChosenFiles.setState({ spaces: null, updates: null });

type OpenFilePicker = (options: {
  multiple: boolean;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<FileSystemFileHandle[]>;

/** The picker that can write back, where the browser has one. */
export function filePicker(): OpenFilePicker | null {
  const picker = (window as unknown as { showOpenFilePicker?: OpenFilePicker }).showOpenFilePicker;
  return typeof picker === 'function' ? picker.bind(window) : null;
}

export async function writeInto(handle: FileSystemFileHandle, text: string): Promise<void> {
  const writable = await handle.createWritable();
  await writable.write(text);
  await writable.close();
}
