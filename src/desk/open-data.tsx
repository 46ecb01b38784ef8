/**
 * Step 1: the data to edit: the site's own files, or a spaces file saved before (with its updates
 * file). How they are opened and checked is use-open-data.ts.
 */
import { useTranslation } from 'react-i18next';
import { hasChanges, useDesk } from './desk-store.ts';
import { useOpenData, type Said } from './use-open-data.ts';

export function OpenData() {
  const { t } = useTranslation('desk');
  const { said, pending, cancel, busy, openSite, openFiles, picker, pick } = useOpenData();
  return (
    <section className="desk-step" aria-labelledby="open-heading">
      <h2 id="open-heading">{t('open.heading')}</h2>
      <p>
        <button type="button" className="button" onClick={() => void openSite()} disabled={busy}>
          {t('open.site')}
        </button>
      </p>
      {picker && (
        <p>
          <button type="button" className="button" onClick={() => void pick()}>
            {t('open.pick')}
          </button>{' '}
          <span className="desk-help">{t('open.pickHelp')}</span>
        </p>
      )}
      <p>
        <label htmlFor="open-file">{t('open.file')}</label>{' '}
        <span className="desk-help">{t('open.updatesFile')}</span>
        <input
          id="open-file"
          type="file"
          multiple
          accept=".geojson,.json,application/geo+json,application/json"
          onChange={(e) => {
            void openFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </p>
      <OpenedSaid said={said} />
      {pending && (
        <div role="alertdialog" aria-labelledby="unsaved-text" className="desk-confirm">
          <p id="unsaved-text">{t('open.unsaved')}</p>
          <p className="desk-buttons">
            <button type="button" className="button" onClick={pending}>
              {t('open.confirm')}
            </button>
            <button type="button" className="button button--quiet" onClick={cancel}>
              {t('open.cancel')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}

/** Why the last file could not be opened, or the site's files could not be fetched. */
function OpenedSaid({ said }: { said: Said }) {
  const { t } = useTranslation('desk');
  const unsaved = useDesk(hasChanges);
  return (
    <div role="alert" className="desk-alert">
      {said?.kind === 'refused' && (
        <>
          <p>
            {t('open.refused.intro', { name: said.name })}{' '}
            {t(`open.refused.${said.refusal.reason}`, {
              ...said.refusal,
              size: 'bytes' in said.refusal ? (said.refusal.bytes / 1048576).toFixed(1) : '',
            })}
          </p>
          {unsaved && <p>{t('open.refused.kept')}</p>}
        </>
      )}
      {said?.kind === 'siteFailed' && <p>{t('open.siteFailed')}</p>}
      {said?.kind === 'updatesRefused' && (
        <p>{t('open.updatesRefused', { why: t(`open.updatesWhy.${said.why}`) })}</p>
      )}
    </div>
  );
}
