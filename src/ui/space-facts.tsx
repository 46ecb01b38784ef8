/**
 * The facts of a space that come once it opens: who runs it and since when, since when its status
 * holds, access, services, photos, and the day its facts were checked. Each says when it is not
 * known. Shared by the panel, the printout and the presentation.
 */
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/i18n.ts';
import { statusSince } from '../spaces/status-history.ts';
import type { Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { DataList, DataText } from './data-text.tsx';
import { ExternalLink } from './external-link.tsx';
import { SpaceHoursFact } from './hours-view.tsx';
import './space-facts.css';

function Unknown() {
  const { t } = useTranslation();
  return <span className="unknown">{t('panel.unknown')}</span>;
}

export function StatusSince({ space }: { space: Space }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const since = statusSince(space);
  return since ? (
    <span className="space-facts__since">
      {t('panel.statusSince', { date: formatDate(since, lang) })}
    </span>
  ) : null;
}

/** The statuses the space has had, oldest first, each with its source. */
export function StatusHistory({ space }: { space: Space }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (space.statusHistory.length < 2) return null;
  return (
    <details className="space-facts__history">
      <summary>{t('panel.statusHistory')}</summary>
      <ol>
        {space.statusHistory.map((event) => (
          <li key={`${event.date}-${event.status}`}>
            <strong>{formatDate(event.date, lang)}</strong>: {t(`status.${event.status}`)}{' '}
            <span className="muted">
              ({t('panel.historySource')} <span lang="it">{event.source}</span>
              {event.sourceUrl && (
                <>
                  ,{' '}
                  <ExternalLink href={event.sourceUrl}>{t('panel.statusSourceLink')}</ExternalLink>
                </>
              )}
              )
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** Who runs the space and since when, and (unless `link` is false) a link to their site. */
export function OperatorFact({ space, link = true }: { space: Space; link?: boolean }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (!space.organisation) return <Unknown />;
  return (
    <>
      <span lang="it">{space.organisation}</span>{' '}
      {space.organisationSince && (
        <span className="space-panel__source">
          {t('panel.organisationSince', { date: formatDate(space.organisationSince, lang) })}
        </span>
      )}{' '}
      {link && space.organisationUrl && (
        <ExternalLink href={space.organisationUrl}>{t('panel.organisationLink')}</ExternalLink>
      )}
    </>
  );
}

export function AccessFact({ space }: { space: Space }) {
  const { t } = useTranslation();
  const { stepFree, toilet, note } = space.access;
  return (
    <>
      <ul className="plain-list">
        <li>
          {t('panel.stepFree')}: {stepFree ? t(`panel.stepFreeValue.${stepFree}`) : <Unknown />}
        </li>
        <li>
          {t('panel.toilet')}:{' '}
          {toilet === null ? <Unknown /> : t(toilet ? 'panel.yes' : 'panel.no')}
        </li>
      </ul>
      {note && <DataText texts={note} as="p" />}
    </>
  );
}

export function ServicesFact({ space }: { space: Space }) {
  return space.services ? (
    <DataList lists={space.services} className="space-facts__services" />
  ) : (
    <Unknown />
  );
}

/** The photos, each with its text alternative and its credit. */
export function SpacePhotos({ space, limit }: { space: Space; limit?: number }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (space.photos.length === 0) return null;
  return (
    <div className="space-facts__photos">
      {space.photos.slice(0, limit).map((photo) => {
        const alt = photo.alt[lang] ?? photo.alt.it;
        return (
          <figure key={photo.file}>
            <img
              src={`${import.meta.env.BASE_URL}photos/${photo.file}`}
              alt={alt}
              lang={photo.alt[lang] ? undefined : 'it'}
              loading="lazy"
              decoding="async"
            />
            <figcaption className="muted">
              {t('panel.photoCredit', { author: photo.author, licence: photo.licence })}
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}

/** "Dati verificati il 20 novembre 2026", or that the day is not known. */
export function CheckedLine({ space }: { space: Space }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  return (
    <p className="space-facts__checked">
      {space.checkedDate
        ? t('panel.checked', { date: formatDate(space.checkedDate, lang) })
        : t('panel.checkedUnknown')}
    </p>
  );
}

/**
 * The rows of a description list (dt, dd) for who runs the space, its project, hours, access and
 * services: the panel's and the printout's. On paper the operator's site is written out.
 */
export function OpeningFactRows({ space, onPaper = false }: { space: Space; onPaper?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <dt>{t('panel.organisation')}</dt>
      <dd>
        <OperatorFact space={space} /> {onPaper && space.organisationUrl}
      </dd>
      <dt>{t('panel.projectName')}</dt>
      <dd>{space.projectName ? <span lang="it">{space.projectName}</span> : <Unknown />}</dd>
      <dt>{t('panel.openingHours')}</dt>
      <dd>
        <SpaceHoursFact space={space} />
      </dd>
      <dt>{t('panel.access')}</dt>
      <dd>
        <AccessFact space={space} />
      </dd>
      <dt>{t('panel.services')}</dt>
      <dd>
        <ServicesFact space={space} />
      </dd>
    </>
  );
}
