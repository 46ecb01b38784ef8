/** Messages about the link or the data that the person can read and dismiss. */
import { Trans, useTranslation } from 'react-i18next';
import { describeProblem, type DataProblem } from '../spaces/validate-spaces.ts';
import { useMessages } from '../state/messages-store.ts';
import { useSpacesData } from '../state/spaces-store.ts';
import { echoed } from '../ui/echo.ts';

const NO_PROBLEMS: DataProblem[] = [];

export function Notices() {
  const { t } = useTranslation();
  const notices = useMessages((s) => s.notices);
  const dismiss = useMessages((s) => s.dismissNotice);
  const problems = useSpacesData((s) =>
    s.data.status === 'ready' ? s.data.problems : NO_PROBLEMS,
  );

  return (
    <div className="notices" role="status">
      {notices.map((notice, index) => (
        <div className="notice" key={`${notice.key}-${index}`}>
          <div className="notice__body">
            <p>{t(`notice.${notice.key}`, notice.params)}</p>
            {notice.echo !== undefined && (
              <p>
                {/* The link's words are a child of <bdi>, never part of the translated text. */}
                <Trans
                  i18nKey="notice.echo"
                  components={{ value: <bdi className="notice__echo">{echoed(notice.echo)}</bdi> }}
                />
              </p>
            )}
            {notice.key === 'skippedSpaces' && (
              <details>
                <summary>{t('notice.details')}</summary>
                <ul>
                  {problems
                    .filter((p) => p.severity === 'error')
                    .map((p) => (
                      <li key={describeProblem(p)}>{describeProblem(p)}</li>
                    ))}
                </ul>
              </details>
            )}
          </div>
          <button type="button" className="close-button" onClick={() => dismiss(index)}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{t('notice.dismiss')}</span>
          </button>
        </div>
      ))}
    </div>
  );
}
