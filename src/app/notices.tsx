/** Messages about the link or the data that the person can read and dismiss. */
import { useTranslation } from 'react-i18next';
import { describeProblem, type DataProblem } from '../spaces/validate-spaces';
import { useMessages } from '../state/messages-store';
import { useSpacesData } from '../state/spaces-store';

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
