/**
 * Finds streets and house numbers in the offline address index for what a person types:
 * forgiving case, accents, apostrophes, abbreviations, a missing or wrong street type and the
 * order of the words. Pure: the index is loaded elsewhere (address-index.ts).
 */
import {
  COORDINATE_BASE,
  fromMicro,
  type NumberRow,
  type StreetsFile,
} from './address-index-format';
import { describeNumber, matchNumber, nearestNumbers, place } from './address-numbers';
import { parseAddressQuery, tokens, type HouseNumberQuery } from './address-text';

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

export interface Place {
  label: string;
  lat: number;
  lon: number;
}

export type Suggestion =
  ({ kind: 'street'; street: Street } & Place) | ({ kind: 'number'; street: Street } & Place);

export type SearchResult =
  | { kind: 'suggestions'; suggestions: Suggestion[] }
  /** The street exists but not that number: the nearest numbers are offered instead. */
  | { kind: 'missing-number'; street: Street; number: string; nearest: Suggestion[] };

/** Looks up a street's numbers (they come in separate files, loaded on demand). */
export type NumbersOf = (street: Street) => Promise<NumberRow[]>;

export const MAX_SUGGESTIONS = 8;

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
  const streetWords = street.words;
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
  const unmatched = street.nameWords.filter((w) => !queryWords.some((q) => w.startsWith(q))).length;
  return score - 0.1 * unmatched;
}

/** What to suggest for the text typed so far. */
export async function search(
  streets: readonly Street[],
  text: string,
  numbersOf: NumbersOf,
): Promise<SearchResult> {
  const query = parseAddressQuery(text);
  if (query.number) {
    const candidates = findStreets(streets, query.words, 3);
    if (candidates.length > 0) return searchNumber(candidates, query.number, numbersOf);
    // "ragazzi del 99": the number may be part of the street's name.
  }
  const words = query.number ? tokens(text) : query.words;
  const found = findStreets(streets, words);
  return {
    kind: 'suggestions',
    suggestions: found.map((street) => ({
      kind: 'street',
      street,
      label: street.label,
      lat: street.lat,
      lon: street.lon,
    })),
  };
}

async function searchNumber(
  candidates: Street[],
  number: HouseNumberQuery,
  numbersOf: NumbersOf,
): Promise<SearchResult> {
  const suggestions: Suggestion[] = [];
  for (const street of candidates) {
    const rows = await numbersOf(street);
    for (const place of matchNumber(street, rows, number)) {
      suggestions.push({ kind: 'number', street, ...place });
      if (suggestions.length >= MAX_SUGGESTIONS) return { kind: 'suggestions', suggestions };
    }
  }
  if (suggestions.length > 0) return { kind: 'suggestions', suggestions };
  const street = candidates[0]!;
  const rows = await numbersOf(street);
  return {
    kind: 'missing-number',
    street,
    number: describeNumber(number),
    nearest: nearestNumbers(rows, number).map((row) => ({
      kind: 'number',
      street,
      ...place(street, row),
    })),
  };
}
