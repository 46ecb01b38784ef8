/**
 * "Aggiungi una foto" as the official fills it in (photo-form.tsx): the file chosen (checked and,
 * if large, made smaller), its texts, author, licence and consent, and the adding, which keeps the
 * photo before the work names it.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { useDesk } from './desk-store.ts';
import { NotKept } from './desk-storage.ts';
import {
  photoFileName,
  preparePhoto,
  type PhotoRefusal,
  type PreparedPhoto,
} from './photo-file.ts';

export interface PhotoInFile {
  file: string;
  alt: Partial<Record<Language, string>>;
  author: string;
  licence: string;
}

export type PhotoTexts = Partial<Record<Language, string>>;

export function usePhotoForm(id: string, list: readonly PhotoInFile[]) {
  const { t } = useTranslation('desk');
  const added = useDesk((s) => s.photos);
  const addPhoto = useDesk((s) => s.addPhoto);
  const [prepared, setPrepared] = useState<(PreparedPhoto & { url: string }) | null>(null);
  // The picture of the photo chosen is let go once another replaces it.
  useEffect(() => () => void (prepared && URL.revokeObjectURL(prepared.url)), [prepared]);
  const [notKept, setNotKept] = useState<NotKept['why'] | null>(null);
  const [adding, setAdding] = useState(false);
  const [refused, setRefused] = useState<PhotoRefusal | null>(null);
  const [alt, setAlt] = useState<PhotoTexts>({});
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

  return {
    prepared,
    refused,
    alt,
    author,
    licence,
    consent,
    said,
    notKept,
    set: { alt: setAlt, author: setAuthor, licence: setLicence, consent: setConsent },
    choose,
    add,
  };
}
