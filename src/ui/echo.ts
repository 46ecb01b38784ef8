/**
 * A value read from a link, made fit to show inside a message: cut to a few dozen characters,
 * without the invisible characters that reorder or hide text (bidirectional controls, control
 * characters). The message puts it in a `<bdi>` and says only that it was not understood.
 */
export const ECHO_MAX = 40;

// C0 and C1 controls, zero-width marks and bidirectional embeddings, overrides and isolates.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- taking the control characters out is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

export function echoed(value: string, max = ECHO_MAX): string {
  const characters = Array.from(value.replace(INVISIBLE, ''));
  return characters.length > max ? `${characters.slice(0, max).join('')}…` : characters.join('');
}
