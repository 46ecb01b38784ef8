/**
 * The spaces as a table, for spreadsheets: one row per space, one column per field and, for a
 * text per language, per language (`access_note_it`, `access_note_en`, …). Used by the public CSV
 * downloads and by the desk's workbook, which reads the same columns back.
 */
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { isRecord } from './field-checks.ts';
import { FIELD_NAMES, type FieldName } from './space-fields.ts';

/** The fields that hold a value per language; of them, `services` holds a list per language. */
export const PER_LANGUAGE_FIELDS: readonly FieldName[] = [
  'opening_hours_note',
  'access_note',
  'services',
];
export const LIST_FIELDS: readonly FieldName[] = ['services'];

/** Lists whose items are records: shown in the table, written only on the desk. */
export const RECORD_LIST_FIELDS: readonly FieldName[] = ['status_history', 'photos'];

export interface TableColumn {
  /** The header: the field's name, with `_<language>` for a value per language. */
  key: string;
  field: FieldName | 'latitude' | 'longitude';
  lang?: Language;
}

export const TABLE_COLUMNS: readonly TableColumn[] = [
  ...FIELD_NAMES.flatMap((field): TableColumn[] =>
    PER_LANGUAGE_FIELDS.includes(field)
      ? LANGUAGES.map((lang) => ({ key: `${field}_${lang}`, field, lang }))
      : [{ key: field, field }],
  ),
  { key: 'latitude', field: 'latitude' },
  { key: 'longitude', field: 'longitude' },
];

/** A table cell: a text, a number, true or false, or empty (null). */
export type Cell = string | number | boolean | null;

/** The items of a list cell are on lines of their own. */
export const LIST_SEPARATOR = '\n';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function recordItem(field: FieldName, item: unknown): string {
  if (!isRecord(item)) return JSON.stringify(item);
  if (field === 'status_history') {
    const url = item.source_url ? ` (${str(item.source_url)})` : '';
    return `${str(item.date)} ${str(item.status)}: ${str(item.source)}${url}`;
  }
  const alt = isRecord(item.alt) ? str(item.alt.it) : '';
  return `${str(item.file)}: ${alt} (${str(item.author)}, ${str(item.licence)})`;
}

/** A feature's cells, in the columns' order. */
export function tableRow(
  properties: Record<string, unknown>,
  coordinates: readonly [number, number],
): Cell[] {
  return TABLE_COLUMNS.map(({ field, lang }): Cell => {
    if (field === 'longitude') return coordinates[0];
    if (field === 'latitude') return coordinates[1];
    const value = properties[field] ?? null;
    if (value === null) return null;
    if (lang) {
      const own = isRecord(value) ? value[lang] : undefined;
      if (own === undefined || own === null) return null;
      return Array.isArray(own) ? own.map(str).join(LIST_SEPARATOR) : str(own);
    }
    if (Array.isArray(value))
      return value.length === 0
        ? null
        : value.map((item) => recordItem(field, item)).join(LIST_SEPARATOR);
    return typeof value === 'object' ? JSON.stringify(value) : (value as Cell);
  });
}
