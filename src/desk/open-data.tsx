/**
 * Step 1: the data to edit: the site's own files, or a spaces file saved before (with its updates
 * file). A file is read only after checking it; a refused one changes nothing already entered.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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

type Said =
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

export function OpenData() {
  const { t } = useTranslation('desk');
  const open = useDesk((s) => s.open);
  const unsaved = useDesk(hasChanges);
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

  return (
    <section className="desk-step" aria-labelledby="open-heading">
      <h2 id="open-heading">{t('open.heading')}</h2>
      <p>
        <button type="button" className="button" onClick={() => void openSite()} disabled={busy}>
          {t('open.site')}
        </button>
      </p>
      {picker && (
        <p>
          <button type="button" className="button" onClick={() => void pick()}>
            {t('open.pick')}
          </button>{' '}
          <span className="desk-help">{t('open.pickHelp')}</span>
        </p>
      )}
      <p>
        <label htmlFor="open-file">{t('open.file')}</label>{' '}
        <span className="desk-help">{t('open.updatesFile')}</span>
        <input
          id="open-file"
          type="file"
          multiple
          accept=".geojson,.json,application/geo+json,application/json"
          onChange={(e) => {
            void openFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </p>
      <div role="alert" className="desk-alert">
        {said?.kind === 'refused' && (
          <>
            <p>
              {t('open.refused.intro', { name: said.name })}{' '}
              {t(`open.refused.${said.refusal.reason}`, {
                ...said.refusal,
                size: 'bytes' in said.refusal ? (said.refusal.bytes / 1048576).toFixed(1) : '',
              })}
            </p>
            {unsaved && <p>{t('open.refused.kept')}</p>}
          </>
        )}
        {said?.kind === 'siteFailed' && <p>{t('open.siteFailed')}</p>}
        {said?.kind === 'updatesRefused' && (
          <p>{t('open.updatesRefused', { why: t(`open.updatesWhy.${said.why}`) })}</p>
        )}
      </div>
      {pending && (
        <div role="alertdialog" aria-labelledby="unsaved-text" className="desk-confirm">
          <p id="unsaved-text">{t('open.unsaved')}</p>
          <p className="desk-buttons">
            <button type="button" className="button" onClick={pending}>
              {t('open.confirm')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setPending(null)}>
              {t('open.cancel')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
