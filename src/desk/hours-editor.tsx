/**
 * Opening hours as days and times, or as the OpenStreetMap value itself: each shows the other,
 * with the plain Italian reading and the next seven days as residents will see them.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hoursWeek, readHours } from '../hours/opening-hours.ts';
import { HoursWeek } from '../ui/hours-view.tsx';
import type { FieldProblem } from './desk-problems.ts';
import { Problems } from './field-inputs.tsx';
import {
  hoursFormProblems,
  readHoursForm,
  WEEKDAYS,
  writeHours,
  type DayHours,
  type HoursForm,
  type HoursFormProblem,
  type Weekday,
} from './hours-form.ts';
import { hoursReading } from './hours-reading.ts';
import { FIELD_DICTIONARY } from '../spaces/field-dictionary.ts';

interface Props {
  value: unknown;
  onChange: (value: string | null) => void;
  problems: FieldProblem[];
}

export function HoursEditor({ value, onChange, problems }: Props) {
  const { t } = useTranslation('desk');
  const id = useId();
  const [text, setText] = useState(typeof value === 'string' ? value : '');
  const [form, setForm] = useState<HoursForm | null>(() => readHoursForm(text || null));
  const formProblems = form ? hoursFormProblems(form) : [];
  // While the form has a problem, the value (and its reading) is the last one it could write.
  const written = form && formProblems.length === 0 ? form : readHoursForm(text || null);

  // The form writes the value only when it can be written; meanwhile its problems are shown.
  const changeForm = (next: HoursForm) => {
    setForm(next);
    if (hoursFormProblems(next).length > 0) return;
    const written = writeHours(next);
    setText(written ?? '');
    onChange(written);
  };
  const changeText = (next: string) => {
    setText(next);
    setForm(readHoursForm(next || null));
    onChange(next.trim() === '' ? null : next);
  };
  const setDay = (day: Weekday, hours: DayHours) =>
    form && changeForm({ ...form, days: { ...form.days, [day]: hours } });

  const read = useMemo(() => (text.trim() ? readHours(text) : null), [text]);
  const week = useMemo(() => {
    if (!read || 'error' in read) return null;
    try {
      return hoursWeek(read.hours, new Date());
    } catch {
      return null;
    }
  }, [read]);
  const problemText = (where: (p: HoursFormProblem) => boolean) =>
    formProblems
      .filter(where)
      .map((p) => t(`hours.problem.${p.problem}`))
      .join(' ');

  return (
    <fieldset className="desk-field desk-hours" id="field-opening_hours">
      <legend>{FIELD_DICTIONARY.opening_hours.label}</legend>
      <p className="desk-help">{FIELD_DICTIONARY.opening_hours.help}</p>
      {form ? (
        <>
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
          <fieldset className="desk-hours__closures">
            <legend>{t('hours.closures')}</legend>
            {form.closures.map((closure, i) => {
              const set = (part: 'from' | 'to', day: string) =>
                changeForm({
                  ...form,
                  closures: form.closures.map((c, n) => (n === i ? { ...c, [part]: day } : c)),
                });
              const problem = problemText((p) => 'closure' in p.where && p.where.closure === i);
              return (
                <div key={i} className="desk-hours__range">
                  <label htmlFor={`${id}-closure-${i}-from`}>
                    {t('hours.closureFrom', { n: i + 1 })}
                  </label>
                  <input
                    id={`${id}-closure-${i}-from`}
                    type="date"
                    value={closure.from}
                    onChange={(e) => set('from', e.target.value)}
                  />
                  <label htmlFor={`${id}-closure-${i}-to`}>
                    {t('hours.closureTo', { n: i + 1 })}
                  </label>
                  <input
                    id={`${id}-closure-${i}-to`}
                    type="date"
                    value={closure.to}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `${id}-closure-${i}-problem` : undefined}
                    onChange={(e) => set('to', e.target.value)}
                  />
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() =>
                      changeForm({ ...form, closures: form.closures.filter((_, n) => n !== i) })
                    }
                  >
                    {t('hours.removeClosure', { n: i + 1 })}
                  </button>
                  {problem && (
                    <p
                      id={`${id}-closure-${i}-problem`}
                      className="desk-problem desk-problem--error"
                    >
                      {problem}
                    </p>
                  )}
                </div>
              );
            })}
            <button
              type="button"
              className="button button--quiet"
              onClick={() =>
                changeForm({ ...form, closures: [...form.closures, { from: '', to: '' }] })
              }
            >
              {t('hours.addClosure')}
            </button>
          </fieldset>
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
