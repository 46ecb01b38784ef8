/**
 * The printout: one space on one A4 page (map of its surroundings, its facts, the call, contacts,
 * a QR code back to it), or an overview (the city map and a table of the spaces). Shown only on
 * paper; the map's picture comes from the map view (see print-store.ts).
 */
import { useEffect, type ReactNode } from 'react';
import type { Space } from '../spaces/types.ts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/i18n.ts';
import { audienceLink } from '../state/app-links.ts';
import { useAppStore } from '../state/app-store.ts';
import { useAllSpaces, useSelectedSpace } from '../state/selectors.ts';
import { QrCode } from '../ui/qr-code.tsx';
import { CheckedLine, OpeningFactRows, SpacePhotos, StatusSince } from '../ui/space-facts.tsx';
import { StatusSource } from '../ui/status-source.tsx';
import { endPrint, usePrint } from './print-store.ts';

/** Loaded on demand, when a printout is asked for (see PrintButton). */
export default function PrintSheet({ transit }: { transit?: (space: Space) => ReactNode }) {
  const job = usePrint((s) => s.job);
  const ready = job !== null && job.image !== undefined;

  // Once the map's picture is in the page, print; the job ends when the print dialog closes.
  useEffect(() => {
    if (!ready) return;
    window.addEventListener('afterprint', endPrint, { once: true });
    window.print();
    return () => window.removeEventListener('afterprint', endPrint);
  }, [ready]);

  if (!job || !ready) return null;
  return (
    <div className="print-sheet" data-kind={job.kind}>
      {job.kind === 'space' ? (
        <SpaceSheet image={job.image ?? null} transit={transit} />
      ) : (
        <OverviewSheet image={job.image ?? null} />
      )}
    </div>
  );
}

function MapPicture({ image, label }: { image: string | null; label: string }) {
  const { t } = useTranslation();
  return image ? (
    <img className="print-sheet__map" src={image} alt={label} />
  ) : (
    <p className="print-sheet__no-map">{t('print.noMap')}</p>
  );
}

function SpaceSheet({
  image,
  transit,
}: {
  image: string | null;
  transit?: (space: Space) => ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const space = useSelectedSpace();
  if (!space) return null;
  const unknown = t('panel.unknown');
  const link = audienceLink(window.location.href, space.id);
  return (
    <article>
      <p className="print-sheet__owner">{t('print.header')}</p>
      <p className="print-sheet__area">
        {t('list.group', { area: space.area, name: t(`area.${space.area}.name`) })}
      </p>
      <h2 lang="it">{space.address}</h2>
      <MapPicture image={image} label={t('print.mapOf', { address: space.address })} />
      <p>{t(`area.${space.area}.vocation`)}</p>
      <SpacePhotos space={space} limit={1} />
      <dl>
        <dt>{t('panel.neighbourhood')}</dt>
        <dd>
          <span lang="it">{space.neighbourhood}</span> ({t('panel.nil', space.nil)}),{' '}
          {t('panel.municipioValue', { number: space.municipio })}
        </dd>
        <dt>{t('panel.status')}</dt>
        <dd>
          {t(`status.${space.status}`)}. <StatusSince space={space} />{' '}
          <StatusSource space={space} />
        </dd>
        <dt>{t('panel.call')}</dt>
        <dd>
          <span lang="it">{space.call.title}</span>.{' '}
          {space.call.date
            ? t('panel.callDate', { date: formatDate(space.call.date, lang) })
            : t('panel.callDateUnknown')}
          . {space.call.url}
        </dd>
        <OpeningFactRows space={space} onPaper />
        <dt>{t('panel.contacts')}</dt>
        <dd>
          {space.contacts.phone ?? unknown} · {space.contacts.email ?? unknown} ·{' '}
          {space.contacts.website ?? unknown}
        </dd>
        <dt>{t('panel.coordinates')}</dt>
        <dd>
          {space.lat.toFixed(6)}, {space.lon.toFixed(6)}
        </dd>
        {transit && (
          <>
            <dt>{t('transit.heading')}</dt>
            <dd>{transit(space)}</dd>
          </>
        )}
      </dl>
      <CheckedLine space={space} />
      <div className="print-sheet__qr">
        <QrCode text={link} label={t('share.qrLabel')} size={110} />
        <p>
          {t('print.qr')}
          <br />
          {link}
        </p>
      </div>
    </article>
  );
}

function OverviewSheet({ image }: { image: string | null }) {
  const { t } = useTranslation();
  const spaces = useAllSpaces();
  const link = audienceLink(window.location.href, null);
  return (
    <article>
      <p className="print-sheet__owner">{t('print.header')}</p>
      <h2>{t('app.title')}</h2>
      <p>{t('intro.text')}</p>
      <MapPicture image={image} label={t('print.cityMap')} />
      <table>
        <caption>{t('list.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('print.number')}</th>
            <th scope="col">{t('print.address')}</th>
            <th scope="col">{t('panel.neighbourhood')}</th>
            <th scope="col">{t('panel.municipio')}</th>
            <th scope="col">{t('panel.status')}</th>
          </tr>
        </thead>
        <tbody>
          {[...spaces]
            .sort((a, b) => a.area - b.area || a.number - b.number)
            .map((space) => (
              <tr key={space.id}>
                <td>{space.area}</td>
                <td lang="it">{space.address}</td>
                <td lang="it">{space.neighbourhood}</td>
                <td>{space.municipio}</td>
                <td>{t(`status.${space.status}`)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <div className="print-sheet__qr">
        <QrCode text={link} label={t('share.qrLabel')} size={110} />
        <p>
          {t('print.qrOverview')}
          <br />
          {link}
        </p>
      </div>
    </article>
  );
}
