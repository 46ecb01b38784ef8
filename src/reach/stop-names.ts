/**
 * Stop and station names for reading. ATM publishes metro stations in capitals ("PORTO DI MARE",
 * "P.TA VENEZIA", "LODI T.I.B.B."); a person reads "Porto di Mare", "P.ta Venezia", "Lodi T.I.B.B.".
 * Only the letters' case changes: abbreviations, initials and codes stay as published.
 */

/** Joining words written in lower case inside a name ("Porto di Mare", "Cernusco sul Naviglio"). */
const PARTICLES = new Set(['DI', 'DE', 'DEL', 'DELLA', 'DEI', 'DELLE', 'DA', 'SUL', 'SULLA', 'E']);

const capitalised = (word: string) =>
  word.charAt(0).toLocaleUpperCase('it') + word.slice(1).toLocaleLowerCase('it');

function readingWord(word: string, first: boolean): string {
  // Codes with a digit ("M2", "QT8", "1"), initials ("S.G.", "T.I.B.B.", "F.S.") and consonant
  // abbreviations ("FS", "FN") stay as published.
  if (/\d/.test(word) || /^(\p{L}\.)+$/u.test(word) || /^[B-DF-HJ-NP-TV-Z]{2,3}$/.test(word))
    return word;
  if (!first && PARTICLES.has(word)) return word.toLocaleLowerCase('it');
  // "S.AMBROGIO" -> "S.Ambrogio", "P.TA" -> "P.ta", "SFORZA-POLICLINICO" -> "Sforza-Policlinico".
  return word.replace(/([.\-']?)(\p{L}+)/gu, (_, mark: string, letters: string) =>
    mark === '.' && letters.length <= 2
      ? mark + letters.toLocaleLowerCase('it')
      : mark + capitalised(letters),
  );
}

/** A name in capitals as a person writes it; a name already in mixed case is left as it is. */
export function readingCase(name: string): string {
  if (name !== name.toLocaleUpperCase('it')) return name;
  return name
    .split(/(\s+)/)
    .map((part, i) => (/^\s+$/.test(part) ? part : readingWord(part, i === 0)))
    .join('');
}
