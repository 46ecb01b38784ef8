/**
 * The checks a spaces file's values go through. Each returns the value it accepts or throws an
 * InvalidValue whose message tells an official what to write instead.
 */

export class InvalidValue extends Error {}

export function fail(message: string): never {
  throw new InvalidValue(message);
}

/** A space's id, as used in links (`?space=omero-15`): lower-case words joined by single hyphens. */
export const SPACE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Accepts null (not yet known) or whatever `check` accepts. */
export function orNull<T>(check: (v: unknown) => T): (v: unknown) => T | null {
  return (v) => (v === null ? null : check(v));
}

export function spaceId(v: unknown): string {
  return typeof v === 'string' && SPACE_ID_PATTERN.test(v)
    ? v
    : fail('must be lower-case letters, digits and single hyphens, e.g. "omero-15"');
}

// What a text must not hold, whoever wrote it (a file, a spreadsheet cell): each is shown to
// residents as written, or read by a spreadsheet, and none belongs in a fact.
const TEXT_RULES: [RegExp, string][] = [
  [
    /[\u202A-\u202E\u2066-\u2069]/,
    'must not contain bidirectional control characters (U+202A-U+202E, U+2066-U+2069): they change the order in which the text reads',
  ],
  // eslint-disable-next-line no-control-regex -- finding them is the point
  [/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/, 'must not contain control characters'],
  [/<\/?[a-z][^>]*>/i, 'must not contain HTML tags such as <script>: write plain text'],
  [/^[=@]/, 'must not begin with = or @: a spreadsheet would read it as a formula'],
];

/** A non-empty plain text. */
export function text(v: unknown): string {
  if (typeof v !== 'string' || v.trim() === '') return fail('must be a non-empty text');
  for (const [pattern, message] of TEXT_RULES) if (pattern.test(v)) fail(message);
  return v;
}

export function optionalText(v: unknown): string | null {
  if (v === null) return null;
  if (typeof v !== 'string' || v.trim() === '')
    return fail('must be a non-empty text or null (unknown)');
  return text(v);
}

export function date(v: unknown): string {
  if (typeof v !== 'string' || !DATE_PATTERN.test(v))
    return fail(`must be a date written YYYY-MM-DD, got ${show(v)}`);
  const parsed = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(v)
    ? v
    : fail(`${v} is not a real date`);
}

export function httpsLink(v: unknown): string {
  if (typeof v !== 'string') return fail('must be an https:// link');
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return fail(`${show(v)} is not a valid link`);
  }
  return url.protocol === 'https:' ? v : fail(`must be an https:// link, got ${show(v)}`);
}

export function email(v: unknown): string {
  return typeof v === 'string' && EMAIL_PATTERN.test(v) ? v : fail('must be an e-mail address');
}

export function integerBetween(min: number, max: number): (v: unknown) => number {
  return (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? (v as number)
      : fail(`must be a whole number from ${min} to ${max}, got ${show(v)}`);
}

/** One of a fixed list of values. */
export function oneOf<T extends string | number>(values: readonly T[]): (v: unknown) => T {
  return (v) =>
    values.includes(v as T)
      ? (v as T)
      : fail(`must be one of ${values.map((x) => show(x)).join(', ')}, got ${show(v)}`);
}

/** A telephone number as people dial it: digits, spaces, an optional leading +, e.g. "+39 02 1234". */
export function phone(v: unknown): string {
  return typeof v === 'string' && /^\+?[0-9][0-9 ]{4,18}[0-9]$/.test(v)
    ? v
    : fail(
        `must be a telephone number of digits and spaces, e.g. "+39 02 1234 5678", got ${show(v)}`,
      );
}

export function boolean(v: unknown): boolean {
  return typeof v === 'boolean' ? v : fail(`must be true or false (no quotes), got ${show(v)}`);
}

/** A name of a file in public/photos: lower-case words, a jpg, png or webp extension. */
export function photoFile(v: unknown): string {
  return typeof v === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:jpg|jpeg|png|webp)$/.test(v)
    ? v
    : fail(
        `must be the name of a file in public/photos, e.g. "omero-15-ingresso.jpg", got ${show(v)}`,
      );
}

/**
 * A value per language, `{ "it": ..., "en": ... }`: Italian is required, the others are among
 * `languages`; each is checked by `check`. The message names the language at fault.
 */
export function perLanguage<T>(
  languages: readonly string[],
  check: (v: unknown) => T,
): (v: unknown) => { it: T } & Partial<Record<string, T>> {
  return (v) => {
    if (!isRecord(v))
      return fail(`must be one value per language, e.g. {"it": "…", "en": "…"}, got ${show(v)}`);
    if (!('it' in v))
      return fail('must have an Italian value ("it"); other languages are optional');
    const out: Record<string, T> = {};
    for (const [lang, value] of Object.entries(v)) {
      if (!languages.includes(lang))
        fail(`"${lang}" is not one of the app's languages (${languages.join(', ')})`);
      try {
        out[lang] = check(value);
      } catch (e) {
        if (e instanceof InvalidValue) fail(`"${lang}": ${e.message}`);
        throw e;
      }
    }
    return out as { it: T } & Partial<Record<string, T>>;
  };
}

/** A list (possibly empty) whose items each pass `check`; the message names the item at fault. */
export function listOf<T>(check: (v: unknown) => T): (v: unknown) => T[] {
  return (v) => {
    if (!Array.isArray(v)) return fail(`must be a list [ … ], got ${show(v)}`);
    return v.map((item, index) => {
      try {
        return check(item);
      } catch (e) {
        if (e instanceof InvalidValue) fail(`item ${index + 1}: ${e.message}`);
        throw e;
      }
    });
  };
}

/**
 * An object with exactly the given keys, each checked by its own check: `{ "date": …, … }`. A key
 * whose check accepts null may be left out.
 */
export function record<T extends object>(checks: {
  [K in keyof T]: (v: unknown) => T[K];
}): (v: unknown) => T {
  return (v) => {
    if (!isRecord(v)) return fail(`must be an object { … }, got ${show(v)}`);
    for (const key of Object.keys(v)) {
      if (!(key in checks)) fail(`has an unknown key "${key}" (a typo?)`);
    }
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(checks)) {
      try {
        out[key] = (check as (v: unknown) => unknown)(key in v ? v[key] : null);
      } catch (e) {
        if (e instanceof InvalidValue) fail(`"${key}" ${key in v ? e.message : 'is missing'}`);
        throw e;
      }
    }
    return out as T;
  };
}
