/**
 * What changed, the update entries drafted from it, and the files to hand to the web team: the
 * spaces file, the updates file and a plain summary. Saving waits until nothing fails the checks.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { forgetChosenFiles, useChosenFiles, writeInto } from './chosen-files.ts';
import { downloadFile } from '../ui/download-file.ts';
import { today, useDesk, type UpdatesFile } from './desk-store.ts';
import { keptPhoto } from './desk-storage.ts';
import type { FieldProblem } from './desk-problems.ts';
import { jsonFileText } from './json-file.ts';
import { fieldLabel as label, shown, summaryText } from './summary.ts';
import { changesBetween, type Change, type SpacesDocument } from './spaces-draft.ts';
import {
  draftProblems,
  updatesFileText,
  type DraftedUpdate,
  type UpdateEntry,
} from './update-draft.ts';

/** Each change: space, field, before, after. */
export function ChangesTable({ changes }: { changes: readonly Change[] }) {
  const { t } = useTranslation('desk');
  return (
    <div className="desk-table">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('save.space')}</th>
            <th scope="col">{t('save.field')}</th>
            <th scope="col">{t('save.before')}</th>
            <th scope="col">{t('save.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={`${c.id}-${c.field}`}>
              <td lang="it">{c.address}</td>
              <td>{label(c.field)}</td>
              <td>{shown(c.before, t('save.emptyValue'))}</td>
              <td>{shown(c.after, t('save.emptyValue'))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const photoType = (file: string) =>
  file.endsWith('.png') ? 'image/png' : file.endsWith('.webp') ? 'image/webp' : 'image/jpeg';

export function SaveFiles({
  original,
  document,
  updatesFile,
  problems,
}: {
  original: SpacesDocument;
  document: SpacesDocument;
  updatesFile: UpdatesFile;
  problems: Map<string, FieldProblem[]>;
}) {
  const { t } = useTranslation('desk');
  const drafted = useDesk((s) => s.drafted);
  const photos = useDesk((s) => s.photos);
  const chosen = useChosenFiles();
  const [written, setWritten] = useState('');
  const [photosSaid, setPhotosSaid] = useState('');
  /** Downloads a file once written (the formatter is loaded on the first one). */
  const saveAs = (name: string, type: string, text: Promise<string>) => {
    setWritten('');
    text.then(
      (written) => downloadFile(name, type, written),
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
  // The photos added on the desk that the saved file names: the web team puts them in public/photos.
  const named = new Set(
    document.features.flatMap((f) =>
      Array.isArray(f.properties.photos)
        ? (f.properties.photos as { file?: unknown }[]).map((p) => String(p.file))
        : [],
    ),
  );
  const newPhotos = photos.filter((file) => named.has(file));
  const downloadPhotos = async () => {
    setPhotosSaid('');
    for (const file of newPhotos) {
      const photo = await keptPhoto(file).catch(() => null);
      if (photo) downloadFile(file, photoType(file), await photo.arrayBuffer());
      else setPhotosSaid(t('save.photoLost', { file }));
    }
  };
  const discard = useDesk((s) => s.discard);
  const changes = changesBetween(original, document);
  const ids = new Set(document.features.map((f) => String(f.properties.id)));
  const updateProblems = draftProblems(updatesFile, drafted, ids);
  const where = [
    ...[...problems.entries()].flatMap(([id, list]) =>
      list.some((p) => p.severity === 'error')
        ? [String(document.features.find((f) => f.properties.id === id)?.properties.address ?? id)]
        : [],
    ),
    ...drafted
      .filter((d) => updateProblems.get(d.key)?.some((p) => p.severity === 'error'))
      .map((d) => t('save.updateFor', { title: d.entry.title.it ?? '' })),
  ];
  const errors =
    [...problems.values()].flat().filter((p) => p.severity === 'error').length +
    [...updateProblems.values()].flat().filter((p) => p.severity === 'error').length;

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
      {chosen.spaces && (
        <p>
          <button
            type="button"
            className="button"
            disabled={errors > 0 || changes.length === 0}
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
          disabled={errors > 0 || changes.length === 0}
          onClick={() => saveAs('spaces.geojson', 'application/geo+json', jsonFileText(document))}
        >
          {t('save.spaces')}
        </button>
        <button
          type="button"
          className="button"
          disabled={errors > 0 || drafted.length === 0}
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
            disabled={errors > 0}
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
    </section>
  );
}

function UpdateEditor({
  drafted,
  problems,
}: {
  drafted: DraftedUpdate;
  problems: { field?: string; message: string; severity: string }[];
}) {
  const { t } = useTranslation('desk');
  const editUpdate = useDesk((s) => s.editUpdate);
  const { entry, key } = drafted;
  const set = (values: Partial<UpdateEntry>) => editUpdate(key, { ...entry, ...values });
  const base = `update-${key.replace(/[^a-z0-9]/g, '-')}`;
  const problemOf = (field: string) => problems.filter((p) => p.field === field);
  const said = (field: string) =>
    problemOf(field).length > 0 ? (
      <p id={`${base}-${field}-problem`} className="desk-problem desk-problem--error">
        {t('form.problem.text')}{' '}
        <span className="desk-problem__rule">
          {t('form.ruleWords')}{' '}
          <span lang="en">
            {problemOf(field)
              .map((p) => p.message)
              .join(' ')}
          </span>
        </span>
      </p>
    ) : null;
  const describe = (field: string) =>
    problemOf(field).length > 0
      ? { 'aria-describedby': `${base}-${field}-problem`, 'aria-invalid': true }
      : {};
  return (
    <fieldset className="desk-update">
      <legend>{t('save.updateFor', { title: entry.title.it ?? '' })}</legend>
      <label htmlFor={`${base}-title`}>{t('save.updateTitle')}</label>
      <input
        id={`${base}-title`}
        type="text"
        value={entry.title.it ?? ''}
        {...describe('title')}
        onChange={(e) => set({ title: { ...entry.title, it: e.target.value } })}
      />
      {said('title')}
      <label htmlFor={`${base}-text`}>{t('save.updateText')}</label>
      <textarea
        id={`${base}-text`}
        rows={3}
        value={entry.text?.it ?? ''}
        onChange={(e) =>
          set({ text: e.target.value.trim() ? { ...entry.text, it: e.target.value } : null })
        }
      />
      <label htmlFor={`${base}-source`}>{t('save.updateSource')}</label>
      <input
        id={`${base}-source`}
        type="text"
        value={entry.source}
        {...describe('source')}
        onChange={(e) => set({ source: e.target.value })}
      />
      {said('source')}
      <label htmlFor={`${base}-url`}>{t('save.updateSourceUrl')}</label>
      <input
        id={`${base}-url`}
        type="url"
        dir="ltr"
        value={entry.source_url ?? ''}
        {...describe('source_url')}
        onChange={(e) => set({ source_url: e.target.value || null })}
      />
      {said('source_url')}
      <p className="desk-check">
        <input
          type="checkbox"
          id={`${base}-milestone`}
          checked={entry.milestone}
          onChange={(e) => set({ milestone: e.target.checked })}
        />
        <label htmlFor={`${base}-milestone`}>{t('save.updateMilestone')}</label>
      </p>
    </fieldset>
  );
}
