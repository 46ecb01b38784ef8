/**
 * The space's panel as residents will see it: the public app itself, in a frame of a phone's or a
 * computer's width, showing the edited data in the chosen language.
 *
 * Protocol: the frame (preview-main.tsx) says `ready` when it listens; the desk then sends it the
 * document, the space and the language, again at every change. Both check the other's origin.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages.ts';
import { useDesk } from './desk-store.ts';
import { usePhotoFiles } from './photo-urls.ts';
import type { SpacesDocument } from './spaces-draft.ts';

export interface PreviewMessage {
  document: SpacesDocument;
  id: string;
  lang: Language;
  /** The photos added on the desk, not yet on the site, by file name. */
  photoFiles: Record<string, Blob>;
}

const PREVIEW_URL = `${import.meta.env.BASE_URL}modifica/anteprima/`;

export function PanelPreview({
  document,
  id,
  address,
  valid,
}: {
  document: SpacesDocument;
  id: string;
  address: string;
  valid: boolean;
}) {
  const { t } = useTranslation('desk');
  const [lang, setLang] = useState<Language>('it');
  const [width, setWidth] = useState<'phone' | 'desktop'>('phone');
  const [ready, setReady] = useState(false);
  const photoFiles = usePhotoFiles(useDesk((s) => s.photos));
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== location.origin || event.source !== frame.current?.contentWindow) return;
      if (event.data === 'ready') setReady(true);
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, []);

  useEffect(() => {
    if (!ready || !valid) return;
    const message: PreviewMessage = { document, id, lang, photoFiles };
    frame.current?.contentWindow?.postMessage(message, location.origin);
  }, [ready, valid, document, id, lang, photoFiles]);

  return (
    <section className="desk-section desk-preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">{t('preview.heading')}</h3>
      <div className="desk-preview__choices">
        <label htmlFor="preview-lang">{t('preview.language')}</label>
        <select
          id="preview-lang"
          value={lang}
          onChange={(e) => setLang(e.target.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
        <fieldset>
          <legend>{t('preview.width')}</legend>
          {(['phone', 'desktop'] as const).map((w) => (
            <span key={w} className="desk-check">
              <input
                type="radio"
                name="preview-width"
                id={`preview-${w}`}
                checked={width === w}
                onChange={() => setWidth(w)}
              />
              <label htmlFor={`preview-${w}`}>{t(`preview.${w}`)}</label>
            </span>
          ))}
        </fieldset>
      </div>
      {!valid && <p className="desk-note">{t('preview.notValid')}</p>}
      {/* The frame holds the whole public page: a keyboard need not go through it to move on. */}
      <p>
        <a href="#after-preview">{t('preview.skip')}</a>
      </p>
      <div className={`desk-preview__screen desk-preview__screen--${width}`} hidden={!valid}>
        <iframe
          ref={frame}
          src={PREVIEW_URL}
          title={t('preview.frame', {
            address,
            language: LANGUAGE_NAMES[lang],
            width: t(`preview.${width}`),
          })}
        />
      </div>
      <p id="after-preview" tabIndex={-1} className="visually-hidden">
        {t('preview.after')}
      </p>
    </section>
  );
}
