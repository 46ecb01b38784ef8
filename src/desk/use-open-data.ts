/**
 * Opening the data to edit (open-data.tsx): the site's own files, or files chosen (through the
 * browser's file picker where it has one, so that saving can write back into them). A file is
 * read only after checking it; a refused one changes nothing already entered, and opening over
 * unsaved changes waits for the official to confirm.
 */
import { useState } from 'react';
import updatesFileUrl from '../../data/updates.json?url';
import { isRecord } from '../spaces/field-checks.ts';
import { SPACES_URL } from '../spaces/load-spaces.ts';
import { filePicker, useChosenFiles } from './chosen-files.ts';
import { hasChanges, useDesk, type Opened, type UpdatesFile } from './desk-store.ts';
import {
  MAX_FILE_BYTES,
  openSpacesText,
  type Refusal,
  type SpacesDocument,
} from './spaces-draft.ts';

/** What the desk says of the last opening: a file refused and why, or the site's files failed. */
export type Said =
  | { kind: 'refused'; name: string; refusal: Refusal }
  | { kind: 'siteFailed' }
  | { kind: 'updatesRefused'; why: string }
  | null;

async function siteUpdates(): Promise<UpdatesFile> {
  const response = await fetch(updatesFileUrl);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const file: unknown = await response.json();
  if (!isRecord(file) || !Array.isArray(file.updates)) throw new Error('not an updates file');
  return file as unknown as UpdatesFile;
}

/** An updates file chosen by the person: a `{ "updates": [ … ] }` of a sensible size, or why not (a key). */
async function readUpdatesFile(file: File): Promise<UpdatesFile | string> {
  if (file.size > MAX_FILE_BYTES) return 'tooLarge';
  try {
    const parsed: unknown = JSON.parse(await file.text());
    if (isRecord(parsed) && Array.isArray(parsed.updates)) return parsed as unknown as UpdatesFile;
  } catch {
    // Said below.
  }
  return 'notUpdates';
}

export function useOpenData() {
  const open = useDesk((s) => s.open);
  const [said, setSaid] = useState<Said>(null);
  const [pending, setPending] = useState<(() => void) | null>(null);
  const [busy, setBusy] = useState(false);

  // Opening replaces the work in progress: with unsaved changes, only once confirmed.
  const openChecked = (
    document: SpacesDocument,
    opened: Opened,
    updates: UpdatesFile,
    handles: { spaces: FileSystemFileHandle | null; updates: FileSystemFileHandle | null } = {
      spaces: null,
      updates: null,
    },
  ) => {
    const go = () => {
      open(document, opened, updates);
      useChosenFiles.setState(handles);
      setPending(null);
    };
    if (useDesk.getState().document && hasChanges(useDesk.getState())) setPending(() => go);
    else go();
  };

  const openSite = async () => {
    setBusy(true);
    setSaid(null);
    try {
      const [response, updates] = await Promise.all([fetch(SPACES_URL), siteUpdates()]);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const result = openSpacesText(await response.text());
      if ('refused' in result)
        setSaid({ kind: 'refused', name: SPACES_URL, refusal: result.refused });
      else openChecked(result.document, { from: 'site' }, updates);
    } catch {
      setSaid({ kind: 'siteFailed' });
    } finally {
      setBusy(false);
    }
  };

  /** Opens the chosen files; with their handles (`pick`), saving can write back into them. */
  const openFiles = async (list: File[], handles: FileSystemFileHandle[] = []) => {
    setSaid(null);
    const spacesFile = list.find((f) => !/updates/i.test(f.name)) ?? list[0];
    if (!spacesFile) return;
    const updatesChosen = list.find((f) => f !== spacesFile);
    const result =
      spacesFile.size > MAX_FILE_BYTES
        ? { refused: { reason: 'tooLarge', bytes: spacesFile.size } as Refusal }
        : openSpacesText(await spacesFile.text());
    if ('refused' in result) {
      setSaid({ kind: 'refused', name: spacesFile.name, refusal: result.refused });
      return;
    }
    let updates: UpdatesFile | string | null = updatesChosen
      ? await readUpdatesFile(updatesChosen)
      : null;
    const handleOf = (file: File | undefined) =>
      file ? (handles[list.indexOf(file)] ?? null) : null;
    const chosen = {
      spaces: handleOf(spacesFile),
      updates: updates !== null && typeof updates !== 'string' ? handleOf(updatesChosen) : null,
    };
    if (typeof updates === 'string') setSaid({ kind: 'updatesRefused', why: updates });
    if (updates === null || typeof updates === 'string') {
      try {
        updates = await siteUpdates();
      } catch {
        updates = { updates: [] };
      }
    }
    openChecked(result.document, { from: 'file', name: spacesFile.name }, updates, chosen);
  };

  const picker = filePicker();
  const pick = async () => {
    let handles: FileSystemFileHandle[];
    try {
      handles = await picker!({
        multiple: true,
        types: [
          {
            description: 'spaces.geojson, updates.json',
            accept: { 'application/json': ['.geojson', '.json'] },
          },
        ],
      });
    } catch {
      return; // The person closed the picker.
    }
    await openFiles(await Promise.all(handles.map((h) => h.getFile())), handles);
  };

  return { said, pending, cancel: () => setPending(null), busy, openSite, openFiles, picker, pick };
}
