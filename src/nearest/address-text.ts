/**
 * How addresses are written and compared: the same rules for the index builder (scripts/) and for
 * what a person types, so that "V.le Omero 15", "omero 15" and "Viale OMERO, 15" all meet.
 */

/** Street types as people write them, with the abbreviations in use in Milan. */
const TYPE_ABBREVIATIONS: Record<string, string> = {
  'v.le': 'viale',
  vle: 'viale',
  'v.': 'via',
  'p.za': 'piazza',
  'p.zza': 'piazza',
  pza: 'piazza',
  'p.le': 'piazzale',
  ple: 'piazzale',
  'l.go': 'largo',
  lgo: 'largo',
  'c.so': 'corso',
  cso: 'corso',
  'v.lo': 'vicolo',
  'p.tta': 'piazzetta',
  'f.lli': 'fratelli',
  'ss.': 'santi',
  's.': 'san',
};

/**
 * Lower case, no accents, apostrophes and punctuation as spaces, abbreviations expanded, roman
 * numerals as digits ("XXV Aprile" and "25 Aprile" meet).
 */
export function normaliseText(text: string): string {
  const lowered = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'");
  const words = lowered.split(/[\s,;()]+/).map((word) => TYPE_ABBREVIATIONS[word] ?? word);
  return words
    .join(' ')
    .replace(/['".\-/]+/g, ' ')
    .split(' ')
    .filter(Boolean)
    .map(romanToDigits)
    .join(' ');
}

const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/;
const ROMAN_UNITS: Record<string, number> = {
  '': 0,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
};

/** "xxv" -> "25"; single letters stay letters (an elided "l'" is not fifty). */
function romanToDigits(word: string): string {
  const match = word.length >= 2 ? word.match(ROMAN) : null;
  return match ? String(match[1]!.length * 10 + ROMAN_UNITS[match[2]!]!) : word;
}

/**
 * An elided word joined to the next as people type it without the apostrophe: "Sant'Elia" ->
 * "santelia", "D'Apulia" -> "dapulia", so that either way finds the street.
 */
export function joinedElisions(text: string): string[] {
  const found = text.normalize('NFC').matchAll(/(\p{L}+)['’]\s*(\p{L}+)/gu);
  return [...found].map((m) => tokens(`${m[1]}${m[2]}`).join(''));
}

/** The words of a name, normalised. */
export function tokens(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised ? normalised.split(' ') : [];
}

/** A house number as the register writes it in NUMEROCOMPLETO, made comparable: "24A" -> "24a". */
export function normaliseHouseNumber(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

/** What a person asked for: the words of a street, and perhaps a house number or a range. */
export interface AddressQuery {
  /** Normalised words of the street name, in the order typed (a street type may be among them). */
  words: string[];
  /** The street part as typed (lower case), for a message that says what was not found. */
  streetText: string;
  /** Null when no number was typed. */
  number: HouseNumberQuery | null;
}

export type HouseNumberQuery =
  | { kind: 'single'; value: string }
  /** "24 A-F": the letters A to F of number 24. */
  | { kind: 'letters'; base: number; from: string; to: string }
  /** "18-20": the numbers 18 and 20 (a space spanning two entrances). */
  | { kind: 'numbers'; from: number; to: number };

/** "14", "14A", "14 a", "14/a" (a letter after a slash is the same 14A), "7B/2", "10/1". */
const SINGLE = /^(\d{1,4})\s*(?:\/\s*)?([a-z])?(?:\s*\/\s*(\d{1,3}))?$/;
const LETTER_RANGE = /^(\d{1,4})\s*([a-z])\s*-\s*([a-z])$/;
const NUMBER_RANGE = /^(\d{1,4})\s*-\s*(\d{1,4})$/;

/**
 * Splits "via Padre Luigi Monti 18-20" into street words and a number. A number is only taken
 * from the end, after at least one word, so that "piazza 24 maggio" stays a street name.
 */
export function parseAddressQuery(text: string): AddressQuery {
  const lowered = text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .trim();
  const match = lowered.match(
    /^(.*?[a-z\u00c0-\u024f'.].*?)[\s,]+(\d{1,4}(?:\s*\/?\s*[a-z](?:\s*-\s*[a-z])?)?(?:\s*\/\s*\d{1,3})?|\d{1,4}\s*-\s*\d{1,4})$/,
  );
  if (!match) return { words: tokens(lowered), streetText: lowered, number: null };
  const [, street, numberText] = match as unknown as [string, string, string];
  return {
    words: tokens(street),
    streetText: street.trim(),
    number: parseHouseNumber(numberText),
  };
}

function parseHouseNumber(text: string): HouseNumberQuery | null {
  const compact = text.replace(/\s+/g, ' ').trim();
  const letters = compact.match(LETTER_RANGE);
  if (letters)
    return { kind: 'letters', base: Number(letters[1]), from: letters[2]!, to: letters[3]! };
  const numbers = compact.match(NUMBER_RANGE);
  if (numbers) return { kind: 'numbers', from: Number(numbers[1]), to: Number(numbers[2]) };
  const single = compact.match(SINGLE);
  if (single) {
    const value = `${single[1]}${single[2] ?? ''}${single[3] ? `/${single[3]}` : ''}`;
    return { kind: 'single', value };
  }
  return null;
}

const LOWER_CASE_WORDS = new Set([
  'di',
  'del',
  'della',
  'dello',
  'dei',
  'degli',
  'delle',
  'da',
  'dal',
  'dalla',
  'dai',
  'e',
  'ed',
  'al',
  'alla',
  'alle',
  'ai',
  'agli',
  'allo',
  'in',
  'a',
  'la',
  'le',
  'lo',
  'il',
  'sul',
  'sulla',
]);
const ACCENTED: Record<string, string> = { a: 'à', e: 'è', i: 'ì', o: 'ò', u: 'ù' };

/**
 * The register's upper-case names in reading case, as they follow a street type:
 * "DEL DUOMO" -> "del Duomo", "MONTE DI PIETA'" -> "Monte di Pietà",
 * "SANT'ERLEMBALDO" -> "Sant'Erlembaldo", "VITTORIO EMANUELE II" -> "Vittorio Emanuele II".
 */
export function readingCase(name: string): string {
  return name
    .toLowerCase()
    .split(' ')
    .map((word) => {
      // The register writes a final accent as an apostrophe: PIETA' is Pietà (but Ca' Granda
      // is written so, a truncated "casa").
      if (word === "ca'") return "Ca'";
      const accented = word.replace(/([aeiou])'$/, (_, vowel: string) => ACCENTED[vowel]!);
      if (LOWER_CASE_WORDS.has(accented)) return accented;
      if (/^[ivx]+$/.test(accented)) return accented.toUpperCase();
      const elided = accented.match(/^(dell|dall|nell|sull|all|d|l)'(.+)$/);
      if (elided) return `${elided[1]}'${capitalise(elided[2]!)}`;
      return accented
        .split("'")
        .map((part) => capitalise(part))
        .join("'");
    })
    .join(' ');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
