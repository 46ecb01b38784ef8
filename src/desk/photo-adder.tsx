/**
 * The space's photos, and "Aggiungi una foto" (photo-form.tsx): the file (checked and, if large,
 * made smaller), what it shows in each language, its author and licence, and the consent, all
 * required.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isRecord } from '../spaces/field-checks.ts';
import { useDesk } from './desk-store.ts';
import type { FieldProblem } from './desk-problems.ts';
import { Problems } from './field-inputs.tsx';
import { AddPhotoForm } from './photo-form.tsx';
import { usePhotoUrls } from './photo-urls.ts';
import type { PhotoInFile } from './use-photo-form.ts';

export function PhotoAdder({
  id,
  photos,
  problems,
}: {
  id: string;
  photos: unknown;
  problems: FieldProblem[];
}) {
  const { t } = useTranslation('desk');
  const form = useId();
  const setValues = useDesk((s) => s.setValues);
  const added = useDesk((s) => s.photos);
  const list = (Array.isArray(photos) ? photos : []) as PhotoInFile[];
  const shown = usePhotoUrls(list.map((p) => p.file).filter((file) => added.includes(file)));

  return (
    <div id="field-photos">
      {list.length === 0 ? (
        <p>{t('form.photosNone')}</p>
      ) : (
        <ul className="desk-photos">
          {list.map((photo, i) => (
            <li key={photo.file}>
              {shown[photo.file] && <img src={shown[photo.file]} alt="" width={160} />}
              <span>
                {photo.file}: {isRecord(photo.alt) ? String(photo.alt.it ?? '') : ''} (
                {photo.author}, {photo.licence})
              </span>{' '}
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setValues(id, { photos: list.filter((_, n) => n !== i) })}
              >
                {t('photo.remove', { file: photo.file })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Problems id={`${form}-problems`} name="photos" problems={problems} />
      <AddPhotoForm id={id} list={list} />
    </div>
  );
}
