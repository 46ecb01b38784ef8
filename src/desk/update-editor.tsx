/** One update entry drafted from the changes, as the official edits it before it is saved. */
import { useTranslation } from 'react-i18next';
import { useDesk } from './desk-store.ts';
import type { DraftedUpdate, UpdateEntry } from './update-draft.ts';

export function UpdateEditor({
  drafted,
  problems,
}: {
  drafted: DraftedUpdate;
  problems: { field?: string; message: string; severity: string }[];
}) {
  const { t } = useTranslation('desk');
  const editUpdate = useDesk((s) => s.editUpdate);
  const { entry, key } = drafted;
  const set = (values: Partial<UpdateEntry>) => editUpdate(key, { ...entry, ...values });
  const base = `update-${key.replace(/[^a-z0-9]/g, '-')}`;
  const problemOf = (field: string) => problems.filter((p) => p.field === field);
  const said = (field: string) =>
    problemOf(field).length > 0 ? (
      <p id={`${base}-${field}-problem`} className="desk-problem desk-problem--error">
        {t('form.problem.text')}{' '}
        <span className="desk-problem__rule">
          {t('form.ruleWords')}{' '}
          <span lang="en">
            {problemOf(field)
              .map((p) => p.message)
              .join(' ')}
          </span>
        </span>
      </p>
    ) : null;
  const describe = (field: string) =>
    problemOf(field).length > 0
      ? { 'aria-describedby': `${base}-${field}-problem`, 'aria-invalid': true }
      : {};
  return (
    <fieldset className="desk-update">
      <legend>{t('save.updateFor', { title: entry.title.it ?? '' })}</legend>
      <label htmlFor={`${base}-title`}>{t('save.updateTitle')}</label>
      <input
        id={`${base}-title`}
        type="text"
        value={entry.title.it ?? ''}
        {...describe('title')}
        onChange={(e) => set({ title: { ...entry.title, it: e.target.value } })}
      />
      {said('title')}
      <label htmlFor={`${base}-text`}>{t('save.updateText')}</label>
      <textarea
        id={`${base}-text`}
        rows={3}
        value={entry.text?.it ?? ''}
        onChange={(e) =>
          set({ text: e.target.value.trim() ? { ...entry.text, it: e.target.value } : null })
        }
      />
      <label htmlFor={`${base}-source`}>{t('save.updateSource')}</label>
      <input
        id={`${base}-source`}
        type="text"
        value={entry.source}
        {...describe('source')}
        onChange={(e) => set({ source: e.target.value })}
      />
      {said('source')}
      <label htmlFor={`${base}-url`}>{t('save.updateSourceUrl')}</label>
      <input
        id={`${base}-url`}
        type="url"
        dir="ltr"
        value={entry.source_url ?? ''}
        {...describe('source_url')}
        onChange={(e) => set({ source_url: e.target.value || null })}
      />
      {said('source_url')}
      <p className="desk-check">
        <input
          type="checkbox"
          id={`${base}-milestone`}
          checked={entry.milestone}
          onChange={(e) => set({ milestone: e.target.checked })}
        />
        <label htmlFor={`${base}-milestone`}>{t('save.updateMilestone')}</label>
      </p>
    </fieldset>
  );
}
