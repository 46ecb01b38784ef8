/**
 * The opening hours' value as the desk edits it (hours-editor.tsx): the OpenStreetMap text, and
 * the form of days and times when the text can be one. Each follows the other; the form writes
 * the text only when it has no problem.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hoursWeek, readHours } from '../hours/opening-hours.ts';
import {
  hoursFormProblems,
  readHoursForm,
  writeHours,
  type HoursForm,
  type HoursFormProblem,
} from './hours-form.ts';

/** The form's problems that `where` picks, in the desk's words, as one text ('' for none). */
export type ProblemText = (where: (problem: HoursFormProblem) => boolean) => string;

export function useHoursValue(value: unknown, onChange: (value: string | null) => void) {
  const { t } = useTranslation('desk');
  const [text, setText] = useState(typeof value === 'string' ? value : '');
  const [form, setForm] = useState<HoursForm | null>(() => readHoursForm(text || null));
  const formProblems = form ? hoursFormProblems(form) : [];
  // While the form has a problem, the value (and its reading) is the last one it could write.
  const written = form && formProblems.length === 0 ? form : readHoursForm(text || null);

  const changeForm = (next: HoursForm) => {
    setForm(next);
    if (hoursFormProblems(next).length > 0) return;
    const nextText = writeHours(next);
    setText(nextText ?? '');
    onChange(nextText);
  };
  const changeText = (next: string) => {
    setText(next);
    setForm(readHoursForm(next || null));
    onChange(next.trim() === '' ? null : next);
  };

  const read = useMemo(() => (text.trim() ? readHours(text) : null), [text]);
  const week = useMemo(() => {
    if (!read || 'error' in read) return null;
    try {
      return hoursWeek(read.hours, new Date());
    } catch {
      return null;
    }
  }, [read]);
  const problemText: ProblemText = (where) =>
    formProblems
      .filter(where)
      .map((p) => t(`hours.problem.${p.problem}`))
      .join(' ');
  return { text, form, written, read, week, changeForm, changeText, problemText };
}
