/** The days a space is closed, as ranges of dates, in the hours' form (hours-editor.tsx). */
import { useTranslation } from 'react-i18next';
import type { HoursForm } from './hours-form.ts';
import type { ProblemText } from './use-hours-value.ts';

export function HoursClosures({
  id,
  form,
  changeForm,
  problemText,
}: {
  /** The editor's own id, which the inputs' ids start with. */
  id: string;
  form: HoursForm;
  changeForm: (next: HoursForm) => void;
  problemText: ProblemText;
}) {
  const { t } = useTranslation('desk');
  return (
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
            <label htmlFor={`${id}-closure-${i}-to`}>{t('hours.closureTo', { n: i + 1 })}</label>
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
              <p id={`${id}-closure-${i}-problem`} className="desk-problem desk-problem--error">
                {problem}
              </p>
            )}
          </div>
        );
      })}
      <button
        type="button"
        className="button button--quiet"
        onClick={() => changeForm({ ...form, closures: [...form.closures, { from: '', to: '' }] })}
      >
        {t('hours.addClosure')}
      </button>
    </fieldset>
  );
}
