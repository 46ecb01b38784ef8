/**
 * The space's photos, and "Aggiungi una foto": the file (checked and, if large, made smaller),
 * what it shows in each language, its author and licence, and the consent, all required.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages.ts';
import { isRecord } from '../spaces/field-checks.ts';
import { useDesk } from './desk-store.ts';
import type { FieldProblem } from './desk-problems.ts';
import { Problems } from './field-inputs.tsx';
import { NotKept } from './desk-storage.ts';
import {
  photoFileName,
  preparePhoto,
  type PhotoRefusal,
  type PreparedPhoto,
} from './photo-file.ts';
import { usePhotoUrls } from './photo-urls.ts';

interface PhotoInFile {
  file: string;
  alt: Partial<Record<Language, string>>;
  author: string;
  licence: string;
}

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
  const addPhoto = useDesk((s) => s.addPhoto);
  const list = (Array.isArray(photos) ? photos : []) as PhotoInFile[];
  const shown = usePhotoUrls(list.map((p) => p.file).filter((file) => added.includes(file)));
  const [prepared, setPrepared] = useState<(PreparedPhoto & { url: string }) | null>(null);
  // The picture of the photo chosen is let go once another replaces it.
  useEffect(() => () => void (prepared && URL.revokeObjectURL(prepared.url)), [prepared]);
  const [notKept, setNotKept] = useState<NotKept['why'] | null>(null);
  const [adding, setAdding] = useState(false);
  const [refused, setRefused] = useState<PhotoRefusal | null>(null);
  const [alt, setAlt] = useState<Partial<Record<Language, string>>>({});
  const [author, setAuthor] = useState('');
  const [licence, setLicence] = useState('');
  const [consent, setConsent] = useState(false);
  const [said, setSaid] = useState('');
  const missing = [
    !prepared && t('photo.missing.file'),
    !alt.it?.trim() && t('photo.missing.alt'),
    !author.trim() && t('photo.missing.author'),
    !licence.trim() && t('photo.missing.licence'),
    !consent && t('photo.missing.consent'),
  ].filter(Boolean);

  const choose = async (file: File | undefined) => {
    setPrepared(null);
    setRefused(null);
    if (!file) return;
    const result = await preparePhoto(file);
    if ('refused' in result) setRefused(result.refused);
    else setPrepared({ ...result, url: URL.createObjectURL(result.photo) });
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (adding) return;
    setNotKept(null);
    if (missing.length > 0 || !prepared) {
      setSaid(t('photo.notYet', { what: missing.join(', ') }));
      return;
    }
    const file = photoFileName(id, [...list.map((p) => p.file), ...added], prepared.extension);
    const altTexts = Object.fromEntries(
      LANGUAGES.filter((l) => alt[l]?.trim()).map((l) => [l, alt[l]!.trim()]),
    );
    setAdding(true);
    setSaid(t('photo.keeping'));
    try {
      await addPhoto(id, file, prepared.photo, {
        photos: [...list, { file, alt: altTexts, author: author.trim(), licence: licence.trim() }],
      });
    } catch (error) {
      // Nothing changed: the form keeps what was typed, to try again.
      setSaid('');
      setNotKept(error instanceof NotKept ? error.why : 'failed');
      return;
    } finally {
      setAdding(false);
    }
    setSaid(t('photo.added', { file }));
    setPrepared(null);
    setAlt({});
    setAuthor('');
    setLicence('');
    setConsent(false);
  };

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
      <form
        className="desk-photo-add"
        onSubmit={(event) => void add(event)}
        aria-labelledby={`${form}-heading`}
      >
        <h4 id={`${form}-heading`}>{t('photo.add')}</h4>
        <label htmlFor={`${form}-file`}>{t('photo.file')}</label>
        <p id={`${form}-file-help`} className="desk-help">
          {t('photo.fileHelp')}
        </p>
        <input
          id={`${form}-file`}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={`${form}-file-help`}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        <div role="status">
          {prepared &&
            t(prepared.resized ? 'photo.resized' : 'photo.kept', {
              width: prepared.width,
              height: prepared.height,
              kb: Math.max(1, Math.round(prepared.photo.size / 1024)),
            })}
        </div>
        {refused && (
          <p role="alert" className="desk-problem desk-problem--error">
            {t(`photo.refused.${refused.reason}`, refused)}
          </p>
        )}
        {prepared && <img className="desk-photo-add__picture" src={prepared.url} alt="" />}
        <fieldset>
          <legend>{t('photo.alt')}</legend>
          <p className="desk-help">{t('photo.altHelp')}</p>
          {LANGUAGES.map((lang) => (
            <p key={lang}>
              <label htmlFor={`${form}-alt-${lang}`}>
                {t(lang === 'it' ? 'form.languageRequired' : 'form.language', {
                  name: LANGUAGE_NAMES[lang],
                })}
              </label>
              <input
                id={`${form}-alt-${lang}`}
                type="text"
                lang={lang}
                dir={lang === 'ar' ? 'rtl' : 'ltr'}
                value={alt[lang] ?? ''}
                onChange={(e) => setAlt({ ...alt, [lang]: e.target.value })}
              />
            </p>
          ))}
        </fieldset>
        <label htmlFor={`${form}-author`}>{t('photo.author')}</label>
        <input
          id={`${form}-author`}
          type="text"
          value={author}
          onChange={(e) => setAuthor(e.target.value)}
        />
        <label htmlFor={`${form}-licence`}>{t('photo.licence')}</label>
        <p id={`${form}-licence-help`} className="desk-help">
          {t('photo.licenceHelp')}
        </p>
        <input
          id={`${form}-licence`}
          type="text"
          value={licence}
          aria-describedby={`${form}-licence-help`}
          onChange={(e) => setLicence(e.target.value)}
        />
        <p className="desk-check">
          <input
            type="checkbox"
            id={`${form}-consent`}
            checked={consent}
            onChange={(e) => setConsent(e.target.checked)}
          />
          <label htmlFor={`${form}-consent`}>{t('photo.consent')}</label>
        </p>
        <p>
          <button type="submit" className="button">
            {t('photo.addButton')}
          </button>
        </p>
        <p role="status">{said}</p>
        {notKept && (
          <p role="alert" className="desk-problem desk-problem--error">
            {t(`photo.notKept.${notKept}`)}
          </p>
        )}
      </form>
    </div>
  );
}
