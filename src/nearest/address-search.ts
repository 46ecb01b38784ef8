/**
 * Finds streets, house numbers and neighbourhoods in the offline address index for what a person
 * types:
 * forgiving case, accents, apostrophes, abbreviations, a missing or wrong street type and the
 * order of the words. Pure: the index is loaded elsewhere (address-index.ts).
 */
import {
  COORDINATE_BASE,
  fromMicro,
  type NumberRow,
  type StreetsFile,
} from './address-index-format.ts';
import { describeNumber, matchNumber, nearestNumbers, place } from './address-numbers.ts';
import {
  joinedElisions,
  parseAddressQuery,
  tokens,
  type HouseNumberQuery,
} from './address-text.ts';

export interface Street {
  code: number;
  /** "via Padre Luigi Monti" */
  label: string;
  type: string;
  /** The words of the name as shown, normalised. */
  nameWords: string[];
  /** Every word of every spelling of the name, normalised. */
  words: string[];
  lat: number;
  lon: number;
}

/** One of the 88 neighbourhoods (NIL), found by any word of its name. */
export interface Neighbourhood {
  id: number;
  /** "Lodi - Corvetto" */
  name: string;
  words: string[];
  /** A point well inside it, where a search by neighbourhood starts from. */
  lat: number;
  lon: number;
}

export interface Place {
  label: string;
  lat: number;
  lon: number;
}

export type Suggestion =
  | ({ kind: 'street'; street: Street } & Place)
  | ({ kind: 'number'; street: Street } & Place)
  | ({ kind: 'neighbourhood'; neighbourhood: Neighbourhood } & Place);

export type SearchResult =
  | { kind: 'suggestions'; suggestions: Suggestion[] }
  /** The street exists but not that number: the nearest numbers are offered instead. */
  | { kind: 'missing-number'; street: Street; number: string; nearest: Suggestion[] }
  /** No street or neighbourhood has these words: `street` is the street part as typed. */
  | { kind: 'no-street'; street: string };

export interface SearchIndex {
  streets: readonly Street[];
  neighbourhoods: readonly Neighbourhood[];
}

/** Looks up a street's numbers (they come in separate files, loaded on demand). */
export type NumbersOf = (street: Street) => Promise<NumberRow[]>;

export const MAX_SUGGESTIONS = 8;
/** Neighbourhoods come first (a resident typing "Corvetto" most likely means the area). */
const MAX_NEIGHBOURHOODS = 3;

export function prepareNeighbourhoods(file: StreetsFile): Neighbourhood[] {
  return (file.neighbourhoods ?? []).map(([id, name, lat, lon]) => ({
    id,
    name,
    words: [...new Set([...tokens(name), ...joinedElisions(name)])],
    lat: fromMicro(lat, COORDINATE_BASE.lat),
    lon: fromMicro(lon, COORDINATE_BASE.lon),
  }));
}

/** Neighbourhoods where every typed word starts a word of the name, whole words first. */
export function findNeighbourhoods(
  neighbourhoods: readonly Neighbourhood[],
  words: string[],
): Neighbourhood[] {
  if (words.length === 0) return [];
  const scored: { neighbourhood: Neighbourhood; score: number }[] = [];
  for (const neighbourhood of neighbourhoods) {
    const score = wordsScore(neighbourhood.words, words);
    if (score !== null) scored.push({ neighbourhood, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.neighbourhood.name.localeCompare(b.neighbourhood.name))
    .slice(0, MAX_NEIGHBOURHOODS)
    .map((s) => s.neighbourhood);
}

export function prepareStreets(file: StreetsFile): Street[] {
  return file.streets.map(([code, type, name, extra, lat, lon]) => {
    const typeName = file.types[type] ?? 'via';
    return {
      code,
      type: typeName,
      label: `${typeName} ${name}`,
      nameWords: tokens(name),
      words: [...new Set([...tokens(name), ...(extra ? extra.split(' ') : [])])],
      lat: fromMicro(lat, COORDINATE_BASE.lat),
      lon: fromMicro(lon, COORDINATE_BASE.lon),
    };
  });
}

/** The street types, normalised, so that "via", "viale"... typed first are recognised. */
function typeWords(streets: readonly Street[]): Set<string> {
  return new Set(streets.map((s) => tokens(s.type).join(' ')));
}

/** Streets matching the words, best first. Every word must start a word of the street's name. */
export function findStreets(
  streets: readonly Street[],
  words: string[],
  limit = MAX_SUGGESTIONS,
): Street[] {
  if (words.length === 0) return [];
  const types = typeWords(streets);
  // "via omero": the first word(s) may be a street type, or part of the name ("porta romana").
  const typed = [2, 1]
    .map((n) => ({ type: words.slice(0, n).join(' '), rest: words.slice(n) }))
    .find((candidate) => candidate.rest.length > 0 && types.has(candidate.type));

  const scored: { street: Street; score: number }[] = [];
  for (const street of streets) {
    let score = nameScore(street, words);
    if (typed) {
      const withType = nameScore(street, typed.rest);
      if (withType !== null) {
        const typeBonus = tokens(street.type).join(' ') === typed.type ? 2 : -1;
        score = Math.max(score ?? -Infinity, withType + typeBonus);
      }
    }
    if (score !== null && score !== -Infinity) scored.push({ street, score });
  }
  return scored
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.street.label.length - b.street.label.length ||
        a.street.label.localeCompare(b.street.label, 'it'),
    )
    .slice(0, limit)
    .map((s) => s.street);
}

/**
 * Null when a typed word matches nothing; else higher for whole words, and for names with fewer
 * words left unmatched (counting the name as shown, not its other spellings).
 */
function nameScore(street: Street, queryWords: readonly string[]): number | null {
  const score = wordsScore(street.words, queryWords);
  if (score === null) return null;
  const unmatched = street.nameWords.filter((w) => !queryWords.some((q) => w.startsWith(q))).length;
  return score - 0.1 * unmatched;
}

/** Null when a typed word starts none of the words; else 3 per whole word, 1 per beginning. */
function wordsScore(streetWords: readonly string[], queryWords: readonly string[]): number | null {
  let score = 0;
  const used = new Set<number>();
  for (const word of queryWords) {
    let best = -1;
    let bestScore = 0;
    streetWords.forEach((candidate, i) => {
      if (used.has(i)) return;
      const s = candidate === word ? 3 : candidate.startsWith(word) ? 1 : 0;
      if (s > bestScore) {
        best = i;
        bestScore = s;
      }
    });
    if (best < 0) return null;
    used.add(best);
    score += bestScore;
  }
  return score;
}

/** What to suggest for the text typed so far. */
export async function search(
  { streets, neighbourhoods }: SearchIndex,
  text: string,
  numbersOf: NumbersOf,
): Promise<SearchResult> {
  const query = parseAddressQuery(text);
  if (query.number) {
    const candidates = findStreets(streets, query.words, 3);
    if (candidates.length > 0) return searchNumber(candidates, query.number, numbersOf);
    // "ragazzi del 99", "QT 8": the number may be part of the name.
  }
  const words = query.number ? tokens(text) : query.words;
  const areas = findNeighbourhoods(neighbourhoods, words).map((neighbourhood): Suggestion => ({
    kind: 'neighbourhood',
    neighbourhood,
    label: neighbourhood.name,
    lat: neighbourhood.lat,
    lon: neighbourhood.lon,
  }));
  const found = findStreets(streets, words, MAX_SUGGESTIONS - areas.length).map(
    (street): Suggestion => ({
      kind: 'street',
      street,
      label: street.label,
      lat: street.lat,
      lon: street.lon,
    }),
  );
  if (areas.length + found.length === 0 && words.length > 0)
    return { kind: 'no-street', street: query.streetText };
  return { kind: 'suggestions', suggestions: [...areas, ...found] };
}

async function searchNumber(
  candidates: Street[],
  number: HouseNumberQuery,
  numbersOf: NumbersOf,
): Promise<SearchResult> {
  const suggestions: Suggestion[] = [];
  let firstRows: NumberRow[] = [];
  for (const [i, street] of candidates.entries()) {
    const rows = await numbersOf(street);
    if (i === 0) firstRows = rows;
    for (const place of matchNumber(street, rows, number)) {
      suggestions.push({ kind: 'number', street, ...place });
      if (suggestions.length >= MAX_SUGGESTIONS) return { kind: 'suggestions', suggestions };
    }
  }
  if (suggestions.length > 0) return { kind: 'suggestions', suggestions };
  const street = candidates[0]!;
  return {
    kind: 'missing-number',
    street,
    number: describeNumber(number),
    nearest: nearestNumbers(firstRows, number).map((row) => ({
      kind: 'number',
      street,
      ...place(street, row),
    })),
  };
}
