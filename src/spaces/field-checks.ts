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

export function text(v: unknown): string {
  return typeof v === 'string' && v.trim() !== '' ? v : fail('must be a non-empty text');
}

export function optionalText(v: unknown): string | null {
  if (v === null) return null;
  return typeof v === 'string' && v.trim() !== ''
    ? v
    : fail('must be a non-empty text or null (unknown)');
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
