/**
 * The entries of data/updates.json that the desk drafts from what changed: a space's new status
 * (an opening when it is "open") and a new operator. The official edits their words before saving;
 * an entry keeps those edits while the change stays (its key is the space and the kind).
 */
import { readUpdates, type UpdateKind, type UpdateProblem } from '../spaces/updates.ts';
import { jsonFileText } from './json-file.ts';
import { featureOf, textOf, type SpacesDocument } from './spaces-draft.ts';

/** An entry as data/updates.json writes it (docs/data.md, "Telling what changed"). */
export interface UpdateEntry {
  id: string;
  date: string;
  kind: UpdateKind;
  milestone: boolean;
  spaces: string[];
  title: Record<string, string>;
  text: Record<string, string> | null;
  source: string;
  source_url: string | null;
}

export interface DraftedUpdate {
  /** `omero-15:opening`: the space and the kind of change it reports. */
  key: string;
  entry: UpdateEntry;
}

/** The words of a drafted title, in Italian (the desk's language). */
export interface DraftWords {
  opening: (address: string) => string;
  status: (address: string, status: string) => string;
  operator: (address: string, organisation: string) => string;
}

/** The part of an entry's id that says its kind, in Italian as the file's other ids. */
const ID_WORD: Record<'opening' | 'status' | 'operator', string> = {
  opening: 'apertura',
  status: 'stato',
  operator: 'gestore',
};

/**
 * The entries the changes from `before` to `after` call for, keeping each already drafted one
 * (`kept`) whose change is still there.
 */
export function draftUpdates(
  before: SpacesDocument,
  after: SpacesDocument,
  today: string,
  words: DraftWords,
  kept: readonly DraftedUpdate[] = [],
): DraftedUpdate[] {
  const drafted: DraftedUpdate[] = [];
  for (const feature of after.features) {
    const p = feature.properties;
    const id = String(p.id);
    const old = featureOf(before, id)?.properties ?? {};
    const address = textOf(p.address) || id;
    const add = (
      kind: 'opening' | 'status' | 'operator',
      entry: Omit<UpdateEntry, 'id' | 'kind' | 'milestone' | 'spaces' | 'text'>,
    ) => {
      const key = `${id}:${kind}`;
      const previous = kept.find((d) => d.key === key);
      drafted.push(
        previous ?? {
          key,
          entry: {
            id: `${entry.date}-${id}-${ID_WORD[kind]}`,
            kind,
            milestone: kind === 'opening',
            spaces: [id],
            text: null,
            ...entry,
          },
        },
      );
    };
    if (p.status !== old.status) {
      const date = textOf(p.status_date) || today;
      const source = {
        source: textOf(p.status_source),
        source_url: (p.status_source_url as string | null) ?? null,
      };
      if (p.status === 'open')
        add('opening', { date, title: { it: words.opening(address) }, ...source });
      else
        add('status', { date, title: { it: words.status(address, textOf(p.status)) }, ...source });
    }
    if (p.organisation !== old.organisation && textOf(p.organisation))
      add('operator', {
        date: textOf(p.organisation_since) || today,
        title: { it: words.operator(address, textOf(p.organisation)) },
        source: '',
        source_url: null,
      });
  }
  return drafted;
}

/** The updates file with the drafted entries after the file's own (it is kept oldest first). */
function withDrafted(file: { updates: unknown[] }, drafted: readonly DraftedUpdate[]) {
  return { ...file, updates: [...file.updates, ...drafted.map((d) => d.entry)] };
}

/** The updates file's text, as saved. */
export function updatesFileText(
  file: { updates: unknown[] },
  drafted: readonly DraftedUpdate[],
): Promise<string> {
  return jsonFileText(withDrafted(file, drafted));
}

/** What check:data would say of each drafted entry, by its key. */
export function draftProblems(
  file: { updates: unknown[] },
  drafted: readonly DraftedUpdate[],
  spaceIds: ReadonlySet<string>,
): Map<string, UpdateProblem[]> {
  const { problems } = readUpdates(JSON.stringify(withDrafted(file, drafted)), spaceIds);
  const byKey = new Map<string, UpdateProblem[]>();
  for (const problem of problems) {
    const index = (problem.entry ?? 0) - 1 - file.updates.length;
    const draft = drafted[index];
    if (!draft) continue;
    byKey.set(draft.key, [...(byKey.get(draft.key) ?? []), problem]);
  }
  return byKey;
}
