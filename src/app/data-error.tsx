/** What the app shows instead of the spaces when their file is missing or unreadable. */
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../spaces/validate-spaces.ts';
import { fetchSpaces, SPACES_TIMEOUT_MS, useSpacesData } from '../state/spaces-store.ts';
import { PROGRAMME_EMAIL } from '../spaces/programme.ts';

export function DataError() {
  const { t } = useTranslation();
  const data = useSpacesData((s) => s.data);
  if (data.status !== 'error') return null;
  return (
    <section className="data-error" role="alert" aria-labelledby="data-error-heading">
      <h2 id="data-error-heading">{t('dataError.title')}</h2>
      <p>{t(`dataError.${data.reason}`, { seconds: SPACES_TIMEOUT_MS / 1000 })}</p>
      {data.problems.length > 0 && (
        <details>
          <summary>{t('notice.details')}</summary>
          <ul>
            {data.problems.map((p) => (
              <li key={describeProblem(p)}>{describeProblem(p)}</li>
            ))}
          </ul>
        </details>
      )}
      <p>
        {/* A file that did not come may come on a second try; one with errors needs a new page. */}
        {data.reason === 'invalid' ? (
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('dataError.reload')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void fetchSpaces()}>
            {t('dataError.retry')}
          </button>
        )}
      </p>
      <p>
        {t('dataError.contact')} <a href={`mailto:${PROGRAMME_EMAIL}`}>{PROGRAMME_EMAIL}</a>.
      </p>
    </section>
  );
}
