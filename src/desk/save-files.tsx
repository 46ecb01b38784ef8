/**
 * What changed, the update entries drafted from it, and the files to hand to the web team: the
 * spaces file, the updates file, the photos added and a plain summary. Saving waits until nothing
 * fails the checks.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { forgetChosenFiles, useChosenFiles, writeInto } from './chosen-files.ts';
import { downloadFile } from '../ui/download-file.ts';
import { ChangesTable } from './changes-table.tsx';
import { today, useDesk, type UpdatesFile } from './desk-store.ts';
import { keptPhoto } from './desk-storage.ts';
import type { FieldProblem } from './desk-problems.ts';
import { jsonFileText } from './json-file.ts';
import { summaryText } from './summary.ts';
import { changesBetween, type Change, type SpacesDocument } from './spaces-draft.ts';
import { draftProblems, updatesFileText, type DraftedUpdate } from './update-draft.ts';
import { UpdateEditor } from './update-editor.tsx';

const photoType = (file: string) =>
  file.endsWith('.png') ? 'image/png' : file.endsWith('.webp') ? 'image/webp' : 'image/jpeg';

interface Props {
  original: SpacesDocument;
  document: SpacesDocument;
  updatesFile: UpdatesFile;
  problems: Map<string, FieldProblem[]>;
}

export function SaveFiles({ original, document, updatesFile, problems }: Props) {
  const { t } = useTranslation('desk');
  const drafted = useDesk((s) => s.drafted);
  const changes = changesBetween(original, document);
  const ids = new Set(document.features.map((f) => String(f.properties.id)));
  const updateProblems = draftProblems(updatesFile, drafted, ids);
  const { errors, where } = blockingProblems(t, document, problems, drafted, updateProblems);
  const files = { document, updatesFile, drafted, changes, blocked: errors > 0 };

  return (
    <section className="desk-step" aria-labelledby="save-heading">
      <h2 id="save-heading">{t('save.heading')}</h2>
      <h3>{t('save.changes')}</h3>
      {changes.length === 0 ? <p>{t('save.noChanges')}</p> : <ChangesTable changes={changes} />}
      {drafted.length > 0 && (
        <>
          <h3>{t('save.updates')}</h3>
          <p>{t('save.updatesIntro')}</p>
          {drafted.map((d) => (
            <UpdateEditor key={d.key} drafted={d} problems={updateProblems.get(d.key) ?? []} />
          ))}
        </>
      )}
      <p role="status" className={errors > 0 ? 'desk-problem desk-problem--error' : 'desk-ready'}>
        {errors > 0
          ? t('save.blocked', { count: errors, where: where.join(', ') })
          : changes.length > 0
            ? t('save.ready')
            : ''}
      </p>
      <SavedFiles {...files} />
      <DiscardButton />
    </section>
  );
}

/**
 * What stops the saving: how many errors, and where (the spaces' addresses, the updates' titles).
 */
function blockingProblems(
  t: TFunction<'desk'>,
  document: SpacesDocument,
  problems: Map<string, FieldProblem[]>,
  drafted: readonly DraftedUpdate[],
  updateProblems: ReturnType<typeof draftProblems>,
): { errors: number; where: string[] } {
  const isError = (p: { severity: string }) => p.severity === 'error';
  const where = [
    ...[...problems.entries()].flatMap(([id, list]) =>
      list.some(isError)
        ? [String(document.features.find((f) => f.properties.id === id)?.properties.address ?? id)]
        : [],
    ),
    ...drafted
      .filter((d) => updateProblems.get(d.key)?.some(isError))
      .map((d) => t('save.updateFor', { title: d.entry.title.it ?? '' })),
  ];
  const errors =
    [...problems.values()].flat().filter(isError).length +
    [...updateProblems.values()].flat().filter(isError).length;
  return { errors, where };
}

/** The photos added on the desk that the saved file names: the web team puts them in public/photos. */
function photosNamedIn(document: SpacesDocument, photos: readonly string[]): string[] {
  const named = new Set(
    document.features.flatMap((f) =>
      Array.isArray(f.properties.photos)
        ? (f.properties.photos as { file?: unknown }[]).map((p) => String(p.file))
        : [],
    ),
  );
  return photos.filter((file) => named.has(file));
}

/**
 * The files, written back into those the official opened (where the browser lets the desk) or
 * downloaded: the spaces file, the updates file, the photos added, a plain summary.
 */
function SavedFiles({
  document,
  updatesFile,
  drafted,
  changes,
  blocked,
}: {
  document: SpacesDocument;
  updatesFile: UpdatesFile;
  drafted: readonly DraftedUpdate[];
  changes: readonly Change[];
  blocked: boolean;
}) {
  const { t } = useTranslation('desk');
  const chosen = useChosenFiles();
  const newPhotos = photosNamedIn(
    document,
    useDesk((s) => s.photos),
  );
  const [written, setWritten] = useState('');
  const [photosSaid, setPhotosSaid] = useState('');
  /** Downloads a file once written (the formatter is loaded on the first one). */
  const saveAs = (name: string, type: string, text: Promise<string>) => {
    setWritten('');
    text.then(
      (fileText) => downloadFile(name, type, fileText),
      () => setWritten(t('save.prepareFailed')),
    );
  };
  const writeBack = async () => {
    try {
      await writeInto(chosen.spaces!, await jsonFileText(document));
      if (chosen.updates)
        await writeInto(chosen.updates, await updatesFileText(updatesFile, drafted));
      setWritten(t('save.written', { time: new Date().toLocaleTimeString('it-IT') }));
    } catch {
      setWritten(t('save.writeFailed'));
    }
  };
  const downloadPhotos = async () => {
    setPhotosSaid('');
    for (const file of newPhotos) {
      const photo = await keptPhoto(file).catch(() => null);
      if (photo) downloadFile(file, photoType(file), await photo.arrayBuffer());
      else setPhotosSaid(t('save.photoLost', { file }));
    }
  };

  return (
    <>
      {chosen.spaces && (
        <p>
          <button
            type="button"
            className="button"
            disabled={blocked || changes.length === 0}
            onClick={() => void writeBack()}
          >
            {chosen.updates
              ? t('save.writeBoth', { spaces: chosen.spaces.name, updates: chosen.updates.name })
              : t('save.writeSpaces', { spaces: chosen.spaces.name })}
          </button>
        </p>
      )}
      <p role="status">{written}</p>
      <p className="desk-buttons">
        <button
          type="button"
          className="button"
          disabled={blocked || changes.length === 0}
          onClick={() => saveAs('spaces.geojson', 'application/geo+json', jsonFileText(document))}
        >
          {t('save.spaces')}
        </button>
        <button
          type="button"
          className="button"
          disabled={blocked || drafted.length === 0}
          onClick={() =>
            saveAs('updates.json', 'application/json', updatesFileText(updatesFile, drafted))
          }
        >
          {t('save.updatesFile')}
        </button>
        {newPhotos.length > 0 && (
          <button
            type="button"
            className="button"
            disabled={blocked}
            onClick={() => void downloadPhotos()}
          >
            {t('save.photos', { count: newPhotos.length })}
          </button>
        )}
        <button
          type="button"
          className="button button--quiet"
          disabled={changes.length === 0}
          onClick={() =>
            downloadFile(
              `modifiche-${today()}.txt`,
              'text/plain;charset=utf-8',
              summaryText(t, changes, drafted),
            )
          }
        >
          {t('save.summary')}
        </button>
      </p>
      <p role="status">{photosSaid}</p>
    </>
  );
}

/** Starts over from the site's file: the work in progress and the files chosen are forgotten. */
function DiscardButton() {
  const { t } = useTranslation('desk');
  const discard = useDesk((s) => s.discard);
  return (
    <p>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          discard();
          forgetChosenFiles();
        }}
      >
        {t('save.discard')}
      </button>
    </p>
  );
}
