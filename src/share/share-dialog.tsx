/** The share dialog: copy the link, a QR code of it, "open in" other maps, and the embed snippet. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { googleMapsPlace, openStreetMapPlace } from '../spaces/map-app-links.ts';
import { linkView, useAppStore } from '../state/app-store.ts';
import { useSelectedSpace } from '../state/selectors.ts';
import { ExternalLink } from '../ui/external-link.tsx';
import { QrCode } from '../ui/qr-code.tsx';
import { embedSnippet } from './share-links.ts';
import './share.css';

/** Loaded on demand by ShareButton. */
export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const space = useSelectedSpace();
  const view = useAppStore(linkView);
  const viewPrivate = useAppStore((s) => s.viewPrivate);
  const [copied, setCopied] = useState<'link' | 'embed' | 'failed' | null>(null);
  // The address bar holds the current view, unless it would give a starting point away.
  const link = window.location.href;
  const place = space ? { lat: space.lat, lon: space.lon, zoom: 17 } : view;
  const snippet = embedSnippet(link, t('share.embedTitle'));

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    // The native dialog keeps the focus inside and closes on Escape; the button takes it back.
    const closed = () => onClose();
    dialog?.addEventListener('close', closed);
    return () => dialog?.removeEventListener('close', closed);
  }, [onClose]);

  const copy = async (what: 'link' | 'embed', text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      setCopied('failed');
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="share-dialog"
      aria-labelledby="share-heading"
      // Escape closes this dialog only, not the panel or the page behind it.
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      <div className="share-dialog__top">
        <h2 id="share-heading">
          {space ? t('share.titleSpace', { address: space.address }) : t('share.titleView')}
        </h2>
        <button type="button" className="close-button" onClick={() => dialogRef.current?.close()}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('share.close')}</span>
        </button>
      </div>

      <label className="share-dialog__label" htmlFor="share-link">
        {t('share.link')}
      </label>
      <div className="share-dialog__row">
        <input id="share-link" readOnly value={link} onFocus={(event) => event.target.select()} />
        <button type="button" className="button" onClick={() => copy('link', link)}>
          {t('share.copyLink')}
        </button>
      </div>
      {viewPrivate && <p className="muted">{t('share.viewPrivate')}</p>}

      <div className="share-dialog__qr">
        <QrCode text={link} label={t('share.qrLabel')} />
        <p>{t('share.qrHint')}</p>
      </div>

      {place && (
        <>
          <h3>{t('share.openIn')}</h3>
          <p className="share-dialog__row">
            <ExternalLink href={googleMapsPlace(place)} className="button-link">
              Google Maps
            </ExternalLink>
            <ExternalLink href={openStreetMapPlace(place)} className="button-link">
              OpenStreetMap
            </ExternalLink>
          </p>
        </>
      )}

      <h3>
        <label htmlFor="share-embed">{t('share.embed')}</label>
      </h3>
      <textarea
        id="share-embed"
        readOnly
        rows={3}
        value={snippet}
        onFocus={(event) => event.target.select()}
      />
      <p>
        <button type="button" className="button" onClick={() => copy('embed', snippet)}>
          {t('share.copyEmbed')}
        </button>
      </p>
      <p role="status" className="share-dialog__status">
        {copied === 'link'
          ? t('share.copiedLink')
          : copied === 'embed'
            ? t('share.copiedEmbed')
            : copied === 'failed'
              ? t('share.copyFailed')
              : ''}
      </p>
    </dialog>
  );
}
