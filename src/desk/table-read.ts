/**
 * Reading an edited table of the spaces (the desk's workbook, or a CSV in the same columns) back
 * into the spaces file: each row matched to its space by id, each cell checked by the field's own
 * rule, and what would change listed before anything is applied.
 */
import { LANGUAGES } from '../i18n/languages.ts';
import { FIELD_DICTIONARY } from '../spaces/field-dictionary.ts';
import { InvalidValue, isRecord } from '../spaces/field-checks.ts';
import { SPACE_FIELDS, type FieldName } from '../spaces/space-fields.ts';
import type { SpaceStatus } from '../spaces/types.ts';
import {
  LIST_FIELDS,
  LIST_SEPARATOR,
  RECORD_LIST_FIELDS,
  TABLE_COLUMNS,
  tableRow,
  type Cell,
  type TableColumn,
} from '../spaces/space-table.ts';
import {
  changesBetween,
  featureOf,
  withStatus,
  withValues,
  type Change,
  type SpacesDocument,
} from './spaces-draft.ts';

/** A cell as read from a file: its value, or that it holds a formula. */
export type ReadCell = Cell | Date | { formula: string };

/** The columns a table may change; the others (the programme's facts, the place) are shown only. */
export function isEditable(column: TableColumn): boolean {
  if (column.field === 'latitude' || column.field === 'longitude') return false;
  const input = FIELD_DICTIONARY[column.field].input;
  return input !== 'fixed' && !RECORD_LIST_FIELDS.includes(column.field);
}

/** One thing wrong in the table: where (row as the spreadsheet numbers it, column), and why. */
export interface CellProblem {
  row: number;
  /** The column's header (`access_note_en`), or null for the whole row. */
  column: string | null;
  /** Where that column is in the file (0-based, as the person sees it), or null. */
  at: number | null;
  /** A key of the desk's words, `desk:sheet.problem.*`. */
  problem: 'formula' | 'fixed' | 'rule' | 'unknownId' | 'sameId';
  /** The rule's own words, or the id that matched nothing. */
  detail?: string;
}

export interface TableReading {
  /** The document with the table's values, as it would be once applied. */
  next: SpacesDocument;
  changes: Change[];
  problems: CellProblem[];
}

/** `A`, …, `Z`, `AA`: the column's letter as spreadsheets name it (0-based index). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The fields that hold a date (the dictionary's type says so). */
const isDateField = (field: FieldName) => FIELD_DICTIONARY[field].about[1].startsWith('date');

/** A spreadsheet's day number (days since 30 December 1899) as a date, as Excel counts them. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell's value as the file holds a field's value (before the field's rule checks it). */
function fileValue(field: FieldName, cell: Cell | Date): unknown {
  if (cell === null || cell === '') return null;
  if (cell instanceof Date) return isoDay(cell);
  // A date typed into a cell the spreadsheet formatted as a date comes back as its day number.
  if (typeof cell === 'number' && isDateField(field) && Number.isInteger(cell) && cell > 0)
    return isoDay(new Date(EXCEL_EPOCH + cell * 86_400_000));
  if (field === 'access_toilet' && typeof cell === 'string') {
    const word = cell.trim().toLowerCase();
    if (['true', 'vero', 'sì', 'si', 'yes'].includes(word)) return true;
    if (['false', 'falso', 'no'].includes(word)) return false;
  }
  return typeof cell === 'string' ? cell.trim() : cell;
}

/** A value with its keys in order: the languages of a text may be written in any order. */
const sorted = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sorted)
    : isRecord(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, sorted(value[key])]),
        )
      : (value ?? null);
const sameValue = (a: unknown, b: unknown) =>
  JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/** Where each column of the file is (0-based), by its header. */
type Columns = ReadonlyMap<string, number>;

/** What a row of the table gives its space's fields, and the fields it gives no value to take. */
interface RowValues {
  values: Record<string, unknown>;
  bad: Set<FieldName>;
}

/**
 * Reads `rows` (each a list of cells under `header`, numbered from `firstRow`) against the
 * document. A row whose id matches no space is named and left out; a bad cell is named by row and
 * column, and the values of its field are not taken.
 */
export function readTable(
  document: SpacesDocument,
  header: readonly string[],
  rows: readonly (readonly ReadCell[])[],
  firstRow: number,
  today: string,
): TableReading {
  const problems: CellProblem[] = [];
  const columns: Columns = new Map(header.map((key, i) => [key, i]));
  const idAt = columns.get('id')!;
  let next = document;
  const seen = new Set<string>();

  rows.forEach((cells, index) => {
    const row = firstRow + index;
    if (cells.every((c) => c === null || c === '')) return;
    const idCell = cells[idAt];
    const id = typeof idCell === 'string' ? idCell.trim() : String(idCell ?? '');
    const feature = featureOf(document, id);
    if (!feature)
      return void problems.push({ row, column: null, at: null, problem: 'unknownId', detail: id });
    if (seen.has(id))
      return void problems.push({ row, column: null, at: null, problem: 'sameId', detail: id });
    seen.add(id);
    const report = (problem: Omit<CellProblem, 'row'>) => problems.push({ row, ...problem });
    const given = rowValues(feature, cells, columns, report);
    checkFields(given, columns, report);
    next = withRow(next, id, feature.properties, given, today);
  });
  return { next, changes: changesBetween(document, next), problems };
}

type Feature = NonNullable<ReturnType<typeof featureOf>>;
type Report = (problem: Omit<CellProblem, 'row'>) => void;

/**
 * The values a row's cells give its space's fields, each read as the file holds it; a formula or
 * a change to a column the table only shows is reported.
 */
function rowValues(feature: Feature, cells: readonly ReadCell[], columns: Columns, report: Report) {
  const coordinates = (feature.geometry as { coordinates: [number, number] }).coordinates;
  const current = tableRow(feature.properties, coordinates);
  const given: RowValues = { values: {}, bad: new Set() };
  TABLE_COLUMNS.forEach((column, c) => {
    const at = columns.get(column.key);
    if (at === undefined) return;
    const cell = cells[at] ?? null;
    if (isRecord(cell) && 'formula' in cell && !(cell instanceof Date)) {
      report({ column: column.key, at, problem: 'formula', detail: String(cell.formula) });
      if (column.field !== 'latitude' && column.field !== 'longitude') given.bad.add(column.field);
      return;
    }
    const value = cell as Cell | Date;
    if (!isEditable(column)) {
      const shown = value instanceof Date ? isoDay(value) : value === '' ? null : value;
      const now = current[c] ?? null;
      if (!sameValue(shown, now) && String(shown ?? '') !== String(now ?? ''))
        report({ column: column.key, at, problem: 'fixed' });
      return;
    }
    const field = column.field as FieldName;
    given.values[field] = column.lang
      ? withText(feature, field, column.lang, fileValue(field, value), given.values, columns)
      : fileValue(field, value);
  });
  return given;
}

/**
 * A text field's languages once a column gives one of them `text`. A language the table has no
 * column for keeps its text (an older table, say).
 */
function withText(
  feature: Feature,
  field: FieldName,
  lang: string,
  text: unknown,
  values: Record<string, unknown>,
  columns: Columns,
): Record<string, unknown> {
  const before = isRecord(feature.properties[field]) ? feature.properties[field] : {};
  const texts =
    (values[field] as Record<string, unknown> | undefined) ??
    Object.fromEntries(Object.entries(before).filter(([l]) => !columns.has(`${field}_${l}`)));
  if (text !== null)
    texts[lang] = LIST_FIELDS.includes(field)
      ? String(text)
          .split(LIST_SEPARATOR)
          .map((line) => line.trim())
          .filter(Boolean)
      : String(text);
  return texts;
}

/** Each field's own rule, on the value the row gives it: a value it refuses is reported. */
function checkFields({ values, bad }: RowValues, columns: Columns, report: Report): void {
  for (const [name, value] of Object.entries(values)) {
    const field = name as FieldName;
    // Texts in the languages' order, and none at all as no value.
    const fieldValue =
      isRecord(value) && Object.keys(value).length === 0
        ? null
        : isRecord(value)
          ? Object.fromEntries(LANGUAGES.filter((l) => l in value).map((l) => [l, value[l]]))
          : value;
    values[field] = fieldValue;
    if (bad.has(field)) continue;
    try {
      (SPACE_FIELDS[field].check as (v: unknown) => unknown)(fieldValue);
    } catch (error) {
      if (!(error instanceof InvalidValue)) throw error;
      const lang = /^"([a-z]{2})": /.exec(error.message)?.[1];
      const column = TABLE_COLUMNS.find(
        (col) => col.field === field && (lang ? col.lang === lang : true),
      )!;
      report({
        column: column.key,
        at: columns.get(column.key) ?? null,
        problem: 'rule',
        detail: error.message,
      });
      bad.add(field);
    }
  }
}

/** The fields that tell a change of status: its date and its source. */
const STATUS_PARTS = ['status_date', 'status_source', 'status_source_url'];

/**
 * The document with what a row changes of its space. A new status is recorded as the desk
 * records it, from the status before: the history gets the entry, with the row's date and source.
 */
function withRow(
  document: SpacesDocument,
  id: string,
  before: Record<string, unknown>,
  { values, bad }: RowValues,
  today: string,
): SpacesDocument {
  const changed = Object.fromEntries(
    Object.entries(values).filter(
      ([field, value]) => !bad.has(field as FieldName) && !sameValue(value, before[field] ?? null),
    ),
  );
  if (Object.keys(changed).length === 0) return document;
  const { status, ...rest } = changed;
  if (status === undefined) return withValues(document, id, rest);
  const after = { ...before, ...changed };
  const others = Object.fromEntries(
    Object.entries(rest).filter(([field]) => !STATUS_PARTS.includes(field)),
  );
  return withStatus(withValues(document, id, others), id, {
    status: after.status as SpaceStatus,
    date: typeof after.status_date === 'string' ? after.status_date : today,
    source: String(after.status_source ?? ''),
    sourceUrl: (after.status_source_url as string | null) ?? null,
  });
}
