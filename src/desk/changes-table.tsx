/** The changes the desk would make, as a table: space, field, before, after. */
import { useTranslation } from 'react-i18next';
import type { Change } from './spaces-draft.ts';
import { fieldLabel as label, shown } from './summary.ts';

/** Each change: space, field, before, after. */
export function ChangesTable({ changes }: { changes: readonly Change[] }) {
  const { t } = useTranslation('desk');
  return (
    <div className="desk-table">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('save.space')}</th>
            <th scope="col">{t('save.field')}</th>
            <th scope="col">{t('save.before')}</th>
            <th scope="col">{t('save.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={`${c.id}-${c.field}`}>
              <td lang="it">{c.address}</td>
              <td>{label(c.field)}</td>
              <td>{shown(c.before, t('save.emptyValue'))}</td>
              <td>{shown(c.after, t('save.emptyValue'))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
