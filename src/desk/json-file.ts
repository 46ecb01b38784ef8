/**
 * JSON written as the project's files are (Prettier, print width 100): objects one key per line,
 * a list of plain values on one line where it fits. A file the desk saves is committed as it is,
 * and `npm run lint` checks the data files' format.
 */

const PRINT_WIDTH = 100;

/** Columns a text takes, as Prettier counts them: East Asian wide characters count two. */
function width(text: string): number {
  let columns = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0x303e) ||
      (code >= 0x3041 && code <= 0x33ff) ||
      (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0xa000 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1f300 && code <= 0x1f64f) ||
      (code >= 0x20000 && code <= 0x3fffd);
    columns += wide ? 2 : 1;
  }
  return columns;
}

/** The value on one line, where Prettier may put it on one: no object with keys inside. */
function flat(v: unknown): string | null {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) {
    const items = v.map(flat);
    return items.every((i) => i !== null) ? `[${items.join(', ')}]` : null;
  }
  return Object.keys(v).length === 0 ? '{}' : null;
}

const isPlain = (v: unknown) => v === null || typeof v !== 'object';

function write(value: unknown, indent: string, lineStart: number, tail: number): string {
  if (isPlain(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    // (A long list of numbers Prettier would fill over several lines; the files have none.)
    const line = flat(value);
    if (line !== null && lineStart + width(line) + tail <= PRINT_WIDTH) return line;
    const items = value.map(
      (v, i) => `${inner}${write(v, inner, inner.length, i < value.length - 1 ? 1 : 0)}`,
    );
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, v], i) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return `${head}${write(v, inner, width(head), i < entries.length - 1 ? 1 : 0)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** The text of a JSON file, ending in a newline. */
export function jsonFileText(value: unknown): string {
  return `${write(value, '', 0, 0)}\n`;
}
