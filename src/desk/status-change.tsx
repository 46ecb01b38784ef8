/**
 * The space's status as it stands, its history, and "Cambia lo stato": a new status with the date
 * and source of the statement that gives it, which the history gets as its last entry.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format-date.ts';
import { SPACE_STATUSES, type SpaceStatus } from '../spaces/types.ts';
import { today, useDesk } from './desk-store.ts';
import type { FieldProblem } from './desk-problems.ts';
import { Problems } from './field-inputs.tsx';
import { textOf } from './spaces-draft.ts';

export function StatusChange({
  id,
  properties,
  problems,
}: {
  id: string;
  properties: Record<string, unknown>;
  problems: FieldProblem[];
}) {
  const { t } = useTranslation('desk');
  const { t: tApp } = useTranslation();
  const changeStatus = useDesk((s) => s.changeStatus);
  const formId = useId();
  const [status, setStatus] = useState<SpaceStatus | ''>('');
  const [date, setDate] = useState(today());
  const [source, setSource] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [said, setSaid] = useState('');
  const statusName = (s: unknown) => tApp(`status.${textOf(s)}`, { lng: 'it' });
  const history = Array.isArray(properties.status_history) ? properties.status_history : [];

  const record = (event: FormEvent) => {
    event.preventDefault();
    if (!status || !date || !source.trim()) {
      setSaid(t('status.missing'));
      return;
    }
    changeStatus(id, { status, date, source: source.trim(), sourceUrl: sourceUrl.trim() || null });
    setSaid(t('status.recorded', { status: statusName(status) }));
    setStatus('');
    setSource('');
    setSourceUrl('');
  };

  return (
    <div className="desk-status" id="field-status">
      <p>
        <strong>{t('status.current', { status: statusName(properties.status) })}</strong>{' '}
        {typeof properties.status_date === 'string' &&
          t('status.since', { date: formatDate(properties.status_date, 'it') })}
      </p>
      <p>{t('status.source', { source: textOf(properties.status_source) })}</p>
      <h4>{t('status.history')}</h4>
      {history.length === 0 ? (
        <p>{t('status.historyEmpty')}</p>
      ) : (
        <ol className="desk-status__history">
          {history.map((entry: Record<string, unknown>, i) => (
            <li key={i}>
              {typeof entry.date === 'string' && /^\d{4}-\d\d-\d\d$/.test(entry.date)
                ? formatDate(entry.date, 'it')
                : textOf(entry.date)}
              : {statusName(entry.status)} ({textOf(entry.source)})
            </li>
          ))}
        </ol>
      )}
      <Problems
        id={`${formId}-problems`}
        name="status"
        problems={problems.filter((p) => p.field.startsWith('status'))}
      />
      <form className="desk-status__change" onSubmit={record} aria-labelledby={`${formId}-heading`}>
        <h4 id={`${formId}-heading`}>{t('status.change')}</h4>
        <label htmlFor={`${formId}-status`}>{t('status.new')}</label>
        <select
          id={`${formId}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value as SpaceStatus)}
        >
          <option value="">—</option>
          {SPACE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusName(s)}
            </option>
          ))}
        </select>
        <label htmlFor={`${formId}-date`}>{t('status.date')}</label>
        <input
          id={`${formId}-date`}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <label htmlFor={`${formId}-source`}>{t('status.sourceLabel')}</label>
        <p id={`${formId}-source-help`} className="desk-help">
          {t('status.sourceHelp')}
        </p>
        <input
          id={`${formId}-source`}
          type="text"
          value={source}
          aria-describedby={`${formId}-source-help`}
          onChange={(e) => setSource(e.target.value)}
        />
        <label htmlFor={`${formId}-url`}>{t('status.sourceUrl')}</label>
        <input
          id={`${formId}-url`}
          type="url"
          dir="ltr"
          value={sourceUrl}
          onChange={(e) => setSourceUrl(e.target.value)}
        />
        <p>
          <button type="submit" className="button">
            {t('status.record')}
          </button>
        </p>
        <p role="status">{said}</p>
      </form>
    </div>
  );
}
