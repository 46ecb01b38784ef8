/** The week's days of the hours' form (hours-editor.tsx): each day's kind and its times. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type DayHours, type HoursForm, type Weekday } from './hours-form.ts';
import type { ProblemText } from './use-hours-value.ts';

export function HoursDays({
  form,
  changeForm,
  problemText,
}: {
  form: HoursForm;
  changeForm: (next: HoursForm) => void;
  problemText: ProblemText;
}) {
  const { t } = useTranslation('desk');
  const setDay = (day: Weekday, hours: DayHours) =>
    changeForm({ ...form, days: { ...form.days, [day]: hours } });
  return (
    <fieldset className="desk-hours__days">
      <legend>{t('hours.days')}</legend>
      {WEEKDAYS.map((day) => (
        <DayRow
          key={day}
          day={day}
          hours={form.days[day]}
          onChange={(hours) => setDay(day, hours)}
          problem={(range) =>
            problemText(
              (p) =>
                'day' in p.where &&
                p.where.day === day &&
                ('range' in p.where ? p.where.range === range : range === null),
            )
          }
        />
      ))}
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          changeForm({
            ...form,
            days: {
              ...form.days,
              ...Object.fromEntries(
                (['Tu', 'We', 'Th', 'Fr'] as const).map((d) => [d, form.days.Mo]),
              ),
            },
          })
        }
      >
        {t('hours.copyToWeekdays')}
      </button>
    </fieldset>
  );
}

const MODES = ['closed', 'open', 'appointment'] as const;

function DayRow({
  day,
  hours,
  onChange,
  problem,
}: {
  day: Weekday;
  hours: DayHours;
  onChange: (hours: DayHours) => void;
  problem: (range: number | null) => string;
}) {
  const { t } = useTranslation('desk');
  const id = useId();
  const name = t(`hours.day.${day}`);
  const dayProblem = problem(null);
  return (
    <div className="desk-hours__day">
      <label htmlFor={`${id}-mode`}>{name}</label>
      <select
        id={`${id}-mode`}
        value={hours.mode}
        aria-invalid={dayProblem ? true : undefined}
        aria-describedby={dayProblem ? `${id}-problem` : undefined}
        onChange={(e) => {
          const mode = e.target.value as DayHours['mode'];
          onChange({
            mode,
            times:
              mode === 'closed'
                ? []
                : hours.times.length > 0 || mode === 'appointment'
                  ? hours.times
                  : [{ from: '', to: '' }],
          });
        }}
      >
        {MODES.map((mode) => (
          <option key={mode} value={mode}>
            {t(`hours.mode.${mode}`)}
          </option>
        ))}
      </select>
      {dayProblem && (
        <p id={`${id}-problem`} className="desk-problem desk-problem--error">
          {dayProblem}
        </p>
      )}
      {hours.mode !== 'closed' && (
        <div className="desk-hours__ranges">
          {hours.times.map((range, i) => {
            const set = (part: 'from' | 'to', time: string) =>
              onChange({
                ...hours,
                times: hours.times.map((r, n) => (n === i ? { ...r, [part]: time } : r)),
              });
            const rangeProblem = problem(i);
            const describedBy = rangeProblem ? `${id}-${i}-problem` : undefined;
            return (
              <div key={i} className="desk-hours__range">
                <label htmlFor={`${id}-${i}-from`}>
                  {t('hours.from', { day: name, n: i + 1 })}
                </label>
                <input
                  id={`${id}-${i}-from`}
                  type="time"
                  value={range.from}
                  aria-describedby={describedBy}
                  onChange={(e) => set('from', e.target.value)}
                />
                <label htmlFor={`${id}-${i}-to`}>{t('hours.to', { day: name, n: i + 1 })}</label>
                <input
                  id={`${id}-${i}-to`}
                  type="time"
                  value={range.to}
                  aria-invalid={rangeProblem ? true : undefined}
                  aria-describedby={describedBy}
                  onChange={(e) => set('to', e.target.value)}
                />
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() =>
                    onChange({ ...hours, times: hours.times.filter((_, n) => n !== i) })
                  }
                >
                  {t('hours.removeRange', { day: name, n: i + 1 })}
                </button>
                {rangeProblem && (
                  <p id={`${id}-${i}-problem`} className="desk-problem desk-problem--error">
                    {rangeProblem}
                  </p>
                )}
              </div>
            );
          })}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              onChange({ ...hours, times: [...hours.times, { from: '', to: '' }] });
            }}
          >
            {t('hours.addRange', { day: name })}
          </button>
        </div>
      )}
    </div>
  );
}
