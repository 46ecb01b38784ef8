/**
 * A space's facts as a form made from the field table: each field in its section, with the input
 * its kind asks for (field-dictionary.ts) and its problems beside it.
 */
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format-date.ts';
import { FIELD_DICTIONARY } from '../spaces/field-dictionary.ts';
import type { FieldName } from '../spaces/space-fields.ts';
import { today, useDesk } from './desk-store.ts';
import type { FieldProblem } from './desk-problems.ts';
import { ChoiceInput, LanguagesInput, LineInput, Problems } from './field-inputs.tsx';
import { HoursEditor } from './hours-editor.tsx';
import { PhotoAdder } from './photo-adder.tsx';
import { FORM_SECTIONS } from './form-sections.ts';
import { StatusChange } from './status-change.tsx';
import type { Feature } from './spaces-draft.ts';

export function SpaceForm({
  feature,
  original,
  problems,
}: {
  feature: Feature;
  original: Feature | undefined;
  problems: FieldProblem[];
}) {
  const { t } = useTranslation('desk');
  const setValues = useDesk((s) => s.setValues);
  const p = feature.properties;
  const id = String(p.id);
  const set = (name: FieldName) => (value: unknown) => setValues(id, { [name]: value });
  const of = (name: FieldName) => problems.filter((problem) => problem.field === name);
  const fixed = problems.filter((problem) =>
    (FORM_SECTIONS[0]![1] as string[]).concat('geometry').includes(problem.field),
  );

  const field = (name: FieldName) => {
    const props = { name, value: p[name] ?? null, onChange: set(name), problems: of(name) };
    switch (FIELD_DICTIONARY[name].input) {
      case 'text':
      case 'date':
      case 'url':
      case 'email':
      case 'tel':
        return <LineInput key={name} {...props} />;
      case 'choice':
        return <ChoiceInput key={name} {...props} />;
      case 'texts':
      case 'lists':
        return <LanguagesInput key={name} {...props} />;
      case 'hours':
        return (
          <HoursEditor
            key={name}
            value={props.value}
            onChange={props.onChange}
            problems={props.problems}
          />
        );
      default:
        return null;
    }
  };

  const section = (key: string, fields: readonly FieldName[]) => {
    switch (key) {
      case 'programme':
        return (
          <>
            <p className="desk-help">{t('form.fixed')}</p>
            <dl className="desk-fixed">
              {fields.map((name) => (
                <div key={name}>
                  <dt>{FIELD_DICTIONARY[name].label}</dt>
                  <dd lang="it">{String(p[name] ?? t('form.empty'))}</dd>
                </div>
              ))}
              <div>
                <dt>{t('form.coordinates')}</dt>
                <dd>
                  {JSON.stringify((feature.geometry as { coordinates?: unknown })?.coordinates)}
                </dd>
              </div>
            </dl>
            {fixed.length > 0 && <Problems id="fixed-problems" name="id" problems={fixed} />}
          </>
        );
      case 'status':
        return <StatusChange id={id} properties={p} problems={problems} />;
      case 'photos':
        return <PhotoAdder id={id} photos={p.photos} problems={of('photos')} />;
      case 'checked':
        return (
          <Checked
            id={id}
            value={p.checked_date}
            before={original?.properties.checked_date}
            problems={of('checked_date')}
          />
        );
      default:
        return fields.map(field);
    }
  };

  return (
    <>
      {FORM_SECTIONS.map(([key, fields]) => (
        <section key={key} className="desk-section" aria-labelledby={`section-${key}`}>
          <h3 id={`section-${key}`}>{t(`form.section.${key}`)}</h3>
          {section(key, fields)}
        </section>
      ))}
    </>
  );
}

/** "Ho verificato questi dati oggi": today's date while ticked, the date before when not. */
function Checked({
  id,
  value,
  before,
  problems,
}: {
  id: string;
  value: unknown;
  before: unknown;
  problems: FieldProblem[];
}) {
  const { t } = useTranslation('desk');
  const setValues = useDesk((s) => s.setValues);
  const day = today();
  return (
    <div id="field-checked_date">
      <p>
        {typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value)
          ? t('form.checkedOn', { date: formatDate(value, 'it') })
          : t('form.checkedNever')}
      </p>
      <p className="desk-check">
        <input
          type="checkbox"
          id="checked-today"
          checked={value === day && before !== day}
          disabled={before === day}
          onChange={(e) =>
            setValues(id, { checked_date: e.target.checked ? day : (before ?? undefined) })
          }
        />
        <label htmlFor="checked-today">{t('form.checkedToday')}</label>
      </p>
      <Problems id="checked-problems" name="checked_date" problems={problems} />
    </div>
  );
}
