/**
 * One input per kind of field (field-dictionary.ts), each giving back the value as the file
 * holds it: an emptied field is `null` (unknown) where the field allows it.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages.ts';
import { FIELD_DICTIONARY } from '../spaces/field-dictionary.ts';
import { isRecord } from '../spaces/field-checks.ts';
import type { FieldName } from '../spaces/space-fields.ts';
import { allowsNull } from './spaces-draft.ts';
import type { FieldProblem } from './desk-problems.ts';

interface InputProps {
  name: FieldName;
  value: unknown;
  onChange: (value: unknown) => void;
  problems: FieldProblem[];
}

/** The field's problems, in the desk's words and the rule's own. */
export function Problems({
  id,
  name,
  problems,
}: {
  id: string;
  name: FieldName;
  problems: FieldProblem[];
}) {
  const { t } = useTranslation('desk');
  if (problems.length === 0) return null;
  const input = FIELD_DICTIONARY[name].input;
  return (
    <div id={id} className="desk-problems">
      {problems.map((problem, i) => (
        <p key={i} className={`desk-problem desk-problem--${problem.severity}`}>
          {problem.severity === 'error' &&
            t(`form.problem.${input === 'checked' ? 'date' : input}`, {
              defaultValue: t('form.problem.other'),
            })}{' '}
          <span className="desk-problem__rule">
            {t('form.ruleWords')} <span lang="en">{problem.message}</span>
          </span>
        </p>
      ))}
    </div>
  );
}

/** A label, its help line and its problems around one control. */
function FieldRow({
  name,
  problems,
  children,
}: {
  name: FieldName;
  problems: FieldProblem[];
  children: (ids: { control: string; describedBy: string; invalid: boolean }) => ReactNode;
}) {
  const id = useId();
  const words = FIELD_DICTIONARY[name];
  const invalid = problems.some((p) => p.severity === 'error');
  const describedBy = [`${id}-help`, ...(problems.length > 0 ? [`${id}-problems`] : [])].join(' ');
  return (
    <div className="desk-field" id={`field-${name}`}>
      <label htmlFor={`${id}-control`}>{words.label}</label>
      <p id={`${id}-help`} className="desk-help">
        {words.help}
      </p>
      {children({ control: `${id}-control`, describedBy, invalid })}
      <Problems id={`${id}-problems`} name={name} problems={problems} />
    </div>
  );
}

const TYPES = { text: 'text', date: 'date', url: 'url', email: 'email', tel: 'tel' } as const;

/** A one-line value: text, date, web address, e-mail, telephone. */
export function LineInput({ name, value, onChange, problems }: InputProps) {
  const input = FIELD_DICTIONARY[name].input as keyof typeof TYPES;
  const empty = allowsNull(name) ? null : '';
  return (
    <FieldRow name={name} problems={problems}>
      {({ control, describedBy, invalid }) => (
        <input
          id={control}
          type={TYPES[input]}
          value={typeof value === 'string' ? value : ''}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          required={empty === ''}
          dir={input === 'text' ? undefined : 'ltr'}
          inputMode={input === 'tel' ? 'tel' : undefined}
          onChange={(e) => onChange(e.target.value === '' ? empty : e.target.value)}
        />
      )}
    </FieldRow>
  );
}

/** One of the values the field allows, or unknown. */
export function ChoiceInput({ name, value, onChange, problems }: InputProps) {
  const { t } = useTranslation('desk');
  const choices = FIELD_DICTIONARY[name].choices ?? [];
  const index = choices.findIndex(([v]) => v === value);
  return (
    <FieldRow name={name} problems={problems}>
      {({ control, describedBy, invalid }) => (
        <select
          id={control}
          value={index < 0 ? '' : String(index)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) =>
            onChange(e.target.value === '' ? null : choices[Number(e.target.value)]![0])
          }
        >
          {allowsNull(name) && <option value="">{t('form.choose')}</option>}
          {choices.map(([, label], i) => (
            <option key={i} value={String(i)}>
              {label}
            </option>
          ))}
        </select>
      )}
    </FieldRow>
  );
}

type PerLanguage<T> = Partial<Record<Language, T>>;

/**
 * A text (or a list, one item per line) in each of the app's languages, side by side. Italian is
 * required; an empty language is left out of the file, and residents read the Italian.
 */
export function LanguagesInput({ name, value, onChange, problems }: InputProps) {
  const { t } = useTranslation('desk');
  const lists = FIELD_DICTIONARY[name].input === 'lists';
  const words = FIELD_DICTIONARY[name];
  const id = useId();
  const values: PerLanguage<unknown> = isRecord(value) ? value : {};
  const shown = (lang: Language) => {
    const v = values[lang];
    return Array.isArray(v) ? v.join('\n') : typeof v === 'string' ? v : '';
  };
  // What the person typed, blank lines included: the file keeps only the lines with words.
  const [typed, setTyped] = useState(
    () => Object.fromEntries(LANGUAGES.map((l) => [l, shown(l)])) as Record<Language, string>,
  );
  const set = (lang: Language, text: string) => {
    setTyped((before) => ({ ...before, [lang]: text }));
    const items = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const next: PerLanguage<unknown> = { ...values, [lang]: lists ? items : text };
    if (text.trim() === '') next[lang] = undefined;
    const ordered = Object.fromEntries(
      LANGUAGES.filter((l) => next[l] !== undefined).map((l) => [l, next[l]]),
    );
    onChange(Object.keys(ordered).length === 0 ? null : ordered);
  };
  const invalid = problems.some((p) => p.severity === 'error');
  return (
    <fieldset
      className="desk-field desk-languages"
      id={`field-${name}`}
      aria-describedby={`${id}-help`}
    >
      <legend>{words.label}</legend>
      <p id={`${id}-help`} className="desk-help">
        {words.help} {lists && t('form.listHelp')}
      </p>
      <div className="desk-languages__grid">
        {LANGUAGES.map((lang) => {
          const control = `${id}-${lang}`;
          const empty = typed[lang] === '';
          const Control = lists ? 'textarea' : 'input';
          return (
            <div key={lang} className="desk-languages__one">
              <label htmlFor={control}>
                {t(lang === 'it' ? 'form.languageRequired' : 'form.language', {
                  name: LANGUAGE_NAMES[lang],
                })}
              </label>
              <Control
                id={control}
                lang={lang}
                dir={lang === 'ar' ? 'rtl' : 'ltr'}
                value={typed[lang]}
                rows={lists ? 3 : undefined}
                aria-invalid={(invalid && (lang === 'it' || !empty)) || undefined}
                aria-describedby={
                  [
                    empty && lang !== 'it' ? `${control}-empty` : '',
                    problems.length > 0 ? `${id}-problems` : '',
                  ]
                    .filter(Boolean)
                    .join(' ') || undefined
                }
                onChange={(e: { target: { value: string } }) => set(lang, e.target.value)}
              />
              {empty && lang !== 'it' && (
                <p id={`${control}-empty`} className="desk-help">
                  {t('form.emptyLanguage')}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <Problems id={`${id}-problems`} name={name} problems={problems} />
    </fieldset>
  );
}
