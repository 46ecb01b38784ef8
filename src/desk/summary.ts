/** The plain summary of the changes sent with the files: space, field, before, after. */
import { FIELD_DICTIONARY } from '../spaces/field-dictionary.ts';
import type { FieldName } from '../spaces/space-fields.ts';
import { today } from './desk-store.ts';
import type { Change } from './spaces-draft.ts';
import type { DraftedUpdate } from './update-draft.ts';

export const fieldLabel = (field: string) => FIELD_DICTIONARY[field as FieldName]?.label ?? field;

/** A value as the summary writes it: texts per language as "it: …; en: …". */
export function shown(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map((v) => shown(v, empty)).join(', ');
  return Object.entries(value)
    .map(([k, v]) => `${k}: ${shown(v, empty)}`)
    .join('; ');
}

export function summaryText(
  t: (key: string, values?: Record<string, unknown>) => string,
  changes: readonly Change[],
  drafted: readonly DraftedUpdate[],
): string {
  const empty = t('save.emptyValue');
  const lines = [
    t('save.summaryTitle', { date: today() }),
    '',
    ...changes.map((c) =>
      t('save.summaryLine', {
        address: c.address,
        field: fieldLabel(c.field),
        before: shown(c.before, empty),
        after: shown(c.after, empty),
      }),
    ),
    ...drafted.map((d) => t('save.summaryUpdate', { title: d.entry.title.it ?? '' })),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
