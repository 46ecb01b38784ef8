/**
 * What a failed build says: the page, its space and the fields of the data whose text the
 * failure holds, so that whoever edits the spaces file knows what to change.
 */
import { toProperties } from '../../src/spaces/space-record.ts';
import type { Space } from '../../src/spaces/types.ts';

/** The strings inside a field's value (a text, a text per language, a list). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

const PIECE = 6;

/** Whether `fragment` holds a piece of `text` (the whole text, if it is shorter than a piece). */
function holdsPieceOf(fragment: string, text: string): boolean {
  const graphemes = [...text];
  if (graphemes.length <= PIECE) return fragment.includes(text);
  for (let i = 0; i + PIECE <= graphemes.length; i += 1)
    if (fragment.includes(graphemes.slice(i, i + PIECE).join(''))) return true;
  return false;
}

/** The space's fields whose text the fragment of a page holds a piece of. */
export function fieldsHolding(space: Space, fragment: string): string[] {
  return Object.entries(toProperties(space))
    .filter(([, value]) => stringsIn(value).some((text) => holdsPieceOf(fragment, text)))
    .map(([field]) => field);
}

/** The error of a page that could not be built: which page, which space, which fields, why. */
export function pageFailure(
  page: { path: string; space: Space | null },
  reason: string,
  fragment = '',
): Error {
  const space = page.space;
  const fields = space && fragment ? fieldsHolding(space, fragment) : [];
  const where = space ? ` (space "${space.id}", ${space.address})` : '';
  const which =
    fields.length > 0
      ? `; it comes from the field${fields.length > 1 ? 's' : ''} ${fields.map((f) => `"${f}"`).join(', ')} of the spaces file`
      : '';
  return new Error(`The page ${page.path}${where} cannot be built: ${reason}${which}`);
}
