/**
 * The spaces file as the desk edits it: the document as opened and as it is now. Values are kept
 * as the file holds them, even while wrong, so that nothing typed is lost; the problems are worked
 * out from them (desk-problems.ts). Every change returns a new document.
 */
import { isRecord } from '../spaces/field-checks.ts';
import { FIELD_NAMES, MAX_SPACES, SPACE_FIELDS, type FieldName } from '../spaces/space-fields.ts';
import type { SpaceStatus } from '../spaces/types.ts';

export interface Feature {
  type: 'Feature';
  geometry: unknown;
  properties: Record<string, unknown>;
}

export interface SpacesDocument {
  type: 'FeatureCollection';
  features: Feature[];
}

/**
 * Larger than any spaces file the data rules allow: 999 spaces with every field filled in, in six
 * languages, are about 4 MB (today's file is 11 KB).
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Why a file cannot be opened on the desk (the keys of the desk's words, `desk:open.refused.*`). */
export type Refusal =
  | { reason: 'tooLarge'; bytes: number }
  | { reason: 'notJson'; detail: string }
  | { reason: 'notCollection' }
  | { reason: 'noSpaces' }
  | { reason: 'tooMany'; count: number; max: number }
  | { reason: 'noIds'; feature: number }
  | { reason: 'sameId'; id: string };

/**
 * Reads a spaces file for editing. Refused only when the desk could not offer its spaces to
 * edit; a file whose values are wrong opens, with its problems shown by field.
 */
export function openSpacesText(text: string): { document: SpacesDocument } | { refused: Refusal } {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) return { refused: { reason: 'tooLarge', bytes } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { refused: { reason: 'notJson', detail: String((error as Error).message) } };
  }
  if (!isRecord(parsed) || parsed.type !== 'FeatureCollection' || !Array.isArray(parsed.features))
    return { refused: { reason: 'notCollection' } };
  const features = parsed.features as unknown[];
  if (features.length === 0) return { refused: { reason: 'noSpaces' } };
  if (features.length > MAX_SPACES)
    return { refused: { reason: 'tooMany', count: features.length, max: MAX_SPACES } };
  const ids = new Set<string>();
  for (const [i, feature] of features.entries()) {
    const id = isRecord(feature) && isRecord(feature.properties) ? feature.properties.id : null;
    if (typeof id !== 'string' || id === '')
      return { refused: { reason: 'noIds', feature: i + 1 } };
    if (ids.has(id)) return { refused: { reason: 'sameId', id } };
    ids.add(id);
  }
  return { document: parsed as unknown as SpacesDocument };
}

/** A property's value as text: a string as it is, anything else as empty. */
export const textOf = (v: unknown): string => (typeof v === 'string' ? v : '');

export function featureOf(document: SpacesDocument, id: string): Feature | undefined {
  return document.features.find((f) => f.properties.id === id);
}

/** The feature's properties in the field table's order, then any others (reported as typos). */
function ordered(properties: Record<string, unknown>): Record<string, unknown> {
  const known = FIELD_NAMES.filter((name) => name in properties).map((n) => [n, properties[n]]);
  const others = Object.entries(properties).filter(
    ([key]) => !(FIELD_NAMES as string[]).includes(key),
  );
  return Object.fromEntries([...known, ...others]);
}

/** The document with some of a space's properties set (a property set to `undefined` is removed). */
export function withValues(
  document: SpacesDocument,
  id: string,
  values: Record<string, unknown>,
): SpacesDocument {
  return {
    ...document,
    features: document.features.map((feature) => {
      if (feature.properties.id !== id) return feature;
      const properties = Object.entries({ ...feature.properties, ...values }).filter(
        ([, value]) => value !== undefined,
      );
      return { ...feature, properties: ordered(Object.fromEntries(properties)) };
    }),
  };
}

export interface StatusChange {
  status: SpaceStatus;
  date: string;
  source: string;
  sourceUrl: string | null;
}

/**
 * The space's new status, with its date and source; the history gets the entry. A history not
 * yet kept starts with the status before, where its date is known (the history needs dates).
 */
export function withStatus(
  document: SpacesDocument,
  id: string,
  change: StatusChange,
): SpacesDocument {
  const before = featureOf(document, id)?.properties ?? {};
  const history = Array.isArray(before.status_history) ? [...before.status_history] : [];
  if (history.length === 0 && typeof before.status_date === 'string')
    history.push({
      date: before.status_date,
      status: before.status,
      source: before.status_source,
      source_url: before.status_source_url ?? null,
    });
  history.push({
    date: change.date,
    status: change.status,
    source: change.source,
    source_url: change.sourceUrl,
  });
  return withValues(document, id, {
    status: change.status,
    status_date: change.date,
    status_source: change.source,
    status_source_url: change.sourceUrl,
    status_history: history,
  });
}

/** One changed value, for the summary sent with the files. */
export interface Change {
  id: string;
  address: string;
  field: string;
  before: unknown;
  after: unknown;
}

const sameJson = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function changesBetween(before: SpacesDocument, after: SpacesDocument): Change[] {
  const changes: Change[] = [];
  for (const feature of after.features) {
    const id = String(feature.properties.id);
    const old = featureOf(before, id)?.properties ?? {};
    for (const field of Object.keys(ordered({ ...old, ...feature.properties }))) {
      if (!sameJson(old[field], feature.properties[field]))
        changes.push({
          id,
          address: String(feature.properties.address ?? id),
          field,
          before: old[field] ?? null,
          after: feature.properties[field] ?? null,
        });
    }
  }
  return changes;
}

/** Whether the field may be left empty (its check accepts null). */
export function allowsNull(name: FieldName): boolean {
  try {
    (SPACE_FIELDS[name].check as (v: unknown) => unknown)(null);
    return true;
  } catch {
    return false;
  }
}
