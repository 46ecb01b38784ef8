/**
 * The programme's updates (data/updates.json): a short dated list of what changed (a status, an
 * operator, a call, an opening), kept by officials. Shown as "Aggiornamenti", published as Atom
 * feeds at build time (scripts/feed/), and the source of the presentation's milestones.
 */
import { LANGUAGES } from '../i18n/languages.ts';
import {
  boolean,
  date,
  fail,
  httpsLink,
  InvalidValue,
  isRecord,
  listOf,
  oneOf,
  orNull,
  perLanguage,
  show,
  spaceId,
  text,
} from './field-checks.ts';
import type { Texts } from './types.ts';

export const UPDATE_KINDS = ['programme', 'call', 'status', 'operator', 'opening'] as const;

export type UpdateKind = (typeof UPDATE_KINDS)[number];

export interface Update {
  /** Stable: the feed's entry id and the page's anchor. Never change it once published. */
  id: string;
  date: string;
  kind: UpdateKind;
  /** Shown among the milestones of the presentation's first step. */
  milestone: boolean;
  /** The spaces it concerns (their ids); empty for the whole programme. */
  spaces: string[];
  title: Texts;
  text: Texts | null;
  /** Who said it, in Italian and, where the data gives it, other languages. */
  source: Texts;
  sourceUrl: string | null;
}

/** One thing wrong with the updates file: which entry, which field, what. */
export interface UpdateProblem {
  entry?: number;
  field?: string;
  message: string;
  /** An error leaves the entry (or, without `entry`, the file) out; a warning does not. */
  severity: 'error' | 'warning';
}

export function describeUpdateProblem(problem: UpdateProblem): string {
  const where = [
    ...(problem.entry !== undefined ? [`update ${problem.entry}`] : []),
    ...(problem.field ? [`field "${problem.field}"`] : []),
  ];
  return where.length > 0 ? `${where.join(', ')}: ${problem.message}` : problem.message;
}

const texts = perLanguage(LANGUAGES, text) as (v: unknown) => Texts;

/** A text per language, or one text: the Italian one (a source's name is often the same). */
const textOrTexts = (v: unknown): Texts => (typeof v === 'string' ? { it: text(v) } : texts(v));

const FIELDS = {
  id: spaceId,
  date,
  kind: oneOf(UPDATE_KINDS),
  milestone: boolean,
  spaces: listOf(spaceId),
  title: texts,
  text: orNull(texts),
  source: textOrTexts,
  source_url: orNull(httpsLink),
};

/** The fields of an entry, as data/README.md documents them. */
export const UPDATE_FIELD_NAMES = Object.keys(FIELDS);

export interface UpdatesResult {
  /** Newest first. */
  updates: Update[];
  problems: UpdateProblem[];
}

/**
 * Reads the text of data/updates.json. A broken entry is left out and named; `spaceIds`, when
 * given, are the ids an entry may name.
 */
export function readUpdates(source: string, spaceIds?: ReadonlySet<string>): UpdatesResult {
  let document: unknown;
  try {
    document = JSON.parse(source);
  } catch (error) {
    return {
      updates: [],
      problems: [{ severity: 'error', message: `the file is not valid JSON (${String(error)})` }],
    };
  }
  if (!isRecord(document) || !Array.isArray(document.updates))
    return {
      updates: [],
      problems: [{ severity: 'error', message: 'the file must be {"updates": [ … ]}' }],
    };

  const problems: UpdateProblem[] = [];
  const updates: Update[] = [];
  const seen = new Set<string>();
  document.updates.forEach((raw: unknown, index: number) => {
    const entry = index + 1;
    if (!isRecord(raw)) {
      problems.push({
        entry,
        severity: 'error',
        message: `must be an object { … }, got ${show(raw)}`,
      });
      return;
    }
    const values: Record<string, unknown> = {};
    let broken = false;
    for (const [name, check] of Object.entries(FIELDS)) {
      try {
        if (!(name in raw) && name !== 'text' && name !== 'source_url') fail('is missing');
        values[name] = (check as (v: unknown) => unknown)(raw[name] ?? null);
      } catch (e) {
        if (!(e instanceof InvalidValue)) throw e;
        problems.push({ entry, field: name, severity: 'error', message: e.message });
        broken = true;
      }
    }
    for (const key of Object.keys(raw))
      if (!(key in FIELDS))
        problems.push({
          entry,
          field: key,
          severity: 'warning',
          message: 'unknown field (a typo?); it is ignored',
        });
    if (broken) return;
    const update: Update = {
      id: values.id as string,
      date: values.date as string,
      kind: values.kind as UpdateKind,
      milestone: values.milestone as boolean,
      spaces: values.spaces as string[],
      title: values.title as Texts,
      text: values.text as Texts | null,
      source: values.source as Texts,
      sourceUrl: values.source_url as string | null,
    };
    if (seen.has(update.id)) {
      problems.push({
        entry,
        field: 'id',
        severity: 'error',
        message: `"${update.id}" is already used`,
      });
      return;
    }
    const unknown = spaceIds ? update.spaces.filter((id) => !spaceIds.has(id)) : [];
    if (unknown.length > 0) {
      problems.push({
        entry,
        field: 'spaces',
        severity: 'error',
        message: `no space has the id ${unknown.map((id) => `"${id}"`).join(', ')}`,
      });
      return;
    }
    seen.add(update.id);
    updates.push(update);
  });
  updates.sort((a, b) => b.date.localeCompare(a.date));
  return { updates, problems };
}

/** The milestones of the presentation's first step, oldest first. */
export function milestones(updates: readonly Update[]): Update[] {
  return updates.filter((u) => u.milestone).sort((a, b) => a.date.localeCompare(b.date));
}
