/**
 * "Aggiornamenti": what changed in the programme, newest first, each with its date, kind, the
 * spaces it concerns (a link opens each), and its source; and the Atom feed to follow it.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/i18n.ts';
import { appBase, pagePath } from '../pages/page-paths.ts';
import type { Update } from '../spaces/updates.ts';
import { useAppStore } from '../state/app-store.ts';
import { useAllSpaces } from '../state/selectors.ts';
import { loadUpdates, useUpdates } from '../state/updates-store.ts';
import { DataText } from '../ui/data-text.tsx';
import { ExternalLink } from '../ui/external-link.tsx';
import { TextPage } from './text-page.tsx';

export default function UpdatesPage() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const { status, updates, skipped } = useUpdates();

  useEffect(() => void loadUpdates(), []);

  return (
    <TextPage id="updates-heading" title={t('updates.heading')} className="updates-page">
      <p>{t('updates.intro')}</p>
      <p>
        <a href={`${import.meta.env.BASE_URL}updates-${lang}.atom`} type="application/atom+xml">
          {t('updates.feed')}
        </a>
      </p>
      {status === 'loading' && <p role="status">{t('updates.loading')}</p>}
      {status === 'failed' && (
        <p role="alert">
          {t('updates.failed')}{' '}
          <button type="button" className="button" onClick={() => void loadUpdates()}>
            {t('updates.retry')}
          </button>
        </p>
      )}
      {status === 'ready' && updates.length === 0 && <p>{t('updates.empty')}</p>}
      {updates.length > 0 && (
        <ol className="updates-page__list">
          {updates.map((update) => (
            <UpdateEntry key={update.id} update={update} />
          ))}
        </ol>
      )}
      {skipped > 0 && <p className="muted">{t('updates.skipped')}</p>}
    </TextPage>
  );
}

function UpdateEntry({ update }: { update: Update }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const openPage = useAppStore((s) => s.openPage);
  const selectSpace = useAppStore((s) => s.selectSpace);
  const spaces = useAllSpaces();
  const named = update.spaces.map((id) => ({ id, space: spaces.find((s) => s.id === id) }));
  return (
    <li id={`update-${update.id}`} className="updates-page__entry">
      <p className="updates-page__meta">
        <time dateTime={update.date}>{formatDate(update.date, lang)}</time> ·{' '}
        {t(`updates.kind.${update.kind}`)}
      </p>
      <h3>
        <DataText texts={update.title} />
      </h3>
      {update.text && <DataText texts={update.text} as="p" />}
      {named.length > 0 && (
        <p>
          {t('updates.spaces')}{' '}
          {named.map(({ id, space }, i) => (
            <span key={id}>
              {i > 0 && t('app.listSeparator')}
              {space ? (
                <a
                  href={`${appBase()}${pagePath(lang, id)}`}
                  lang="it"
                  onClick={(event) => {
                    event.preventDefault();
                    openPage(null);
                    selectSpace(id);
                  }}
                >
                  {space.address}
                </a>
              ) : (
                id
              )}
            </span>
          ))}
        </p>
      )}
      <p className="muted">
        {t('updates.source')} <DataText texts={update.source} />
        {update.sourceUrl && (
          <>
            {' '}
            <ExternalLink href={update.sourceUrl}>{t('panel.statusSourceLink')}</ExternalLink>
          </>
        )}
      </p>
    </li>
  );
}
