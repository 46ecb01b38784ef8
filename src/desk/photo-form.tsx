/** "Aggiungi una foto" (photo-adder.tsx): the file, its texts, author, licence and consent. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/languages.ts';
import { usePhotoForm, type PhotoInFile, type PhotoTexts } from './use-photo-form.ts';

export function AddPhotoForm({ id, list }: { id: string; list: readonly PhotoInFile[] }) {
  const { t } = useTranslation('desk');
  const form = useId();
  const photo = usePhotoForm(id, list);
  const { alt, author, licence, consent, said, notKept, set } = photo;
  return (
    <form
      className="desk-photo-add"
      onSubmit={(event) => void photo.add(event)}
      aria-labelledby={`${form}-heading`}
    >
      <h4 id={`${form}-heading`}>{t('photo.add')}</h4>
      <ChosenPhoto form={form} photo={photo} />
      <PhotoAltTexts form={form} alt={alt} setAlt={set.alt} />
      <label htmlFor={`${form}-author`}>{t('photo.author')}</label>
      <input
        id={`${form}-author`}
        type="text"
        value={author}
        onChange={(e) => set.author(e.target.value)}
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
        onChange={(e) => set.licence(e.target.value)}
      />
      <p className="desk-check">
        <input
          type="checkbox"
          id={`${form}-consent`}
          checked={consent}
          onChange={(e) => set.consent(e.target.checked)}
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
  );
}

/** The file chosen: what became of it (made smaller, or refused, and why), and its picture. */
function ChosenPhoto({ form, photo }: { form: string; photo: ReturnType<typeof usePhotoForm> }) {
  const { t } = useTranslation('desk');
  return (
    <>
      <label htmlFor={`${form}-file`}>{t('photo.file')}</label>
      <p id={`${form}-file-help`} className="desk-help">
        {t('photo.fileHelp')}
      </p>
      <input
        id={`${form}-file`}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        aria-describedby={`${form}-file-help`}
        onChange={(e) => void photo.choose(e.target.files?.[0])}
      />
      <div role="status">
        {photo.prepared &&
          t(photo.prepared.resized ? 'photo.resized' : 'photo.kept', {
            width: photo.prepared.width,
            height: photo.prepared.height,
            kb: Math.max(1, Math.round(photo.prepared.photo.size / 1024)),
          })}
      </div>
      {photo.refused && (
        <p role="alert" className="desk-problem desk-problem--error">
          {t(`photo.refused.${photo.refused.reason}`, photo.refused)}
        </p>
      )}
      {photo.prepared && (
        <img className="desk-photo-add__picture" src={photo.prepared.url} alt="" />
      )}
    </>
  );
}

/** What the photo shows, in each language (Italian required). */
function PhotoAltTexts({
  form,
  alt,
  setAlt,
}: {
  form: string;
  alt: PhotoTexts;
  setAlt: (alt: PhotoTexts) => void;
}) {
  const { t } = useTranslation('desk');
  return (
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
  );
}
