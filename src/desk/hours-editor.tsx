/**
 * Opening hours as days and times, or as the OpenStreetMap value itself: each shows the other,
 * with the plain Italian reading and the next seven days as residents will see them.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_DICTIONARY } from '../spaces/field-dictionary.ts';
import { HoursWeek } from '../ui/hours-view.tsx';
import type { FieldProblem } from './desk-problems.ts';
import { Problems } from './field-inputs.tsx';
import { HoursClosures } from './hours-closures.tsx';
import { HoursDays } from './hours-days.tsx';
import { hoursReading } from './hours-reading.ts';
import { useHoursValue } from './use-hours-value.ts';

interface Props {
  value: unknown;
  onChange: (value: string | null) => void;
  problems: FieldProblem[];
}

export function HoursEditor({ value, onChange, problems }: Props) {
  const { t } = useTranslation('desk');
  const id = useId();
  const { text, form, written, read, week, changeForm, changeText, problemText } = useHoursValue(
    value,
    onChange,
  );

  return (
    <fieldset className="desk-field desk-hours" id="field-opening_hours">
      <legend>{FIELD_DICTIONARY.opening_hours.label}</legend>
      <p className="desk-help">{FIELD_DICTIONARY.opening_hours.help}</p>
      {form ? (
        <>
          <HoursDays form={form} changeForm={changeForm} problemText={problemText} />
          <p className="desk-check">
            <input
              type="checkbox"
              id={`${id}-holidays`}
              checked={form.holidaysClosed}
              onChange={(e) => changeForm({ ...form, holidaysClosed: e.target.checked })}
            />
            <label htmlFor={`${id}-holidays`}>{t('hours.holidays')}</label>
          </p>
          <p className="desk-check">
            <input
              type="checkbox"
              id={`${id}-ambrogio`}
              checked={form.santAmbrogioClosed}
              onChange={(e) => changeForm({ ...form, santAmbrogioClosed: e.target.checked })}
            />
            <label htmlFor={`${id}-ambrogio`}>{t('hours.santAmbrogio')}</label>
          </p>
          <HoursClosures id={id} form={form} changeForm={changeForm} problemText={problemText} />
        </>
      ) : (
        <p className="desk-note">{t('hours.valueOutsideForm')}</p>
      )}

      <label htmlFor={`${id}-value`}>{t('hours.value')}</label>
      <p id={`${id}-value-help`} className="desk-help">
        {t('hours.valueHelp')}
      </p>
      <input
        id={`${id}-value`}
        type="text"
        dir="ltr"
        lang="en"
        className="desk-hours__value"
        value={text}
        spellCheck={false}
        aria-describedby={`${id}-value-help${problems.length > 0 ? ` ${id}-problems` : ''}`}
        aria-invalid={problems.some((p) => p.severity === 'error') || undefined}
        onChange={(e) => changeText(e.target.value)}
      />
      <Problems id={`${id}-problems`} name="opening_hours" problems={problems} />

      <h4>{t('hours.readingHeading')}</h4>
      <div aria-live="polite" className="desk-hours__reading">
        {written ? (
          <ul>
            {hoursReading(t, written).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : read && 'hours' in read ? (
          <p>
            {t('hours.readingFromLibrary', {
              value: read.hours.prettifyValue({ conf: { locale: 'it' } } as never),
            })}
          </p>
        ) : null}
        {!text.trim() && <p>{t('hours.unknownNow')}</p>}
      </div>
      <h4>{t('hours.week')}</h4>
      {week ? <HoursWeek week={week} /> : text.trim() && <p>{t('hours.weekUnreadable')}</p>}
    </fieldset>
  );
}
