/**
 * A workbook (.xlsx, a zip) looked at before it is parsed: its directory read, and each part
 * inflated as a stream, counting, and stopped once it passes the limit. A small file that would
 * inflate to hundreds of MB (a "zip bomb") is refused without ever being held whole in memory;
 * the directory's own sizes are not trusted, since a file can lie about them.
 */

/** What the check finds: the parts' inflated size and the rows of its sheets, or why it stops. */
export type ZipCheck =
  | { ok: true; bytes: number; rows: number }
  | { ok: false; reason: 'broken' | 'tooBig' | 'tooManyRows' };

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  dataStart: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A size or count at its largest: the real one is in a zip64 record, which no table of spaces needs. */
const ZIP64 = 0xffffffff;

/** The zip's entries as its central directory lists them, or null if it has none to read. */
function entries(bytes: Uint8Array): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // The end record is in the last 22 bytes, before a comment of up to 64 KB.
  let end = bytes.length - 22;
  const earliest = Math.max(0, end - 0xffff);
  while (end >= earliest && u32(end) !== END_OF_DIRECTORY) end -= 1;
  if (end < earliest) return null;
  const count = u16(end + 10);
  let at = u32(end + 16);
  const found: Entry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || u32(at) !== DIRECTORY_ENTRY) return null;
    const compressedSize = u32(at + 20);
    const nameLength = u16(at + 28);
    const local = u32(at + 42);
    if (compressedSize === ZIP64 || u32(at + 24) === ZIP64 || local === ZIP64) return null;
    if (local + 30 > bytes.length || u32(local) !== LOCAL_HEADER) return null;
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const dataStart = local + 30 + u16(local + 26) + u16(local + 28);
    if (dataStart + compressedSize > bytes.length) return null;
    found.push({ name, method: u16(at + 10), compressedSize, dataStart });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return found;
}

/** The bytes of an entry, as a stream of its inflated chunks. */
function inflated(bytes: Uint8Array, entry: Entry): ReadableStream<Uint8Array> {
  const stored = bytes.slice(entry.dataStart, entry.dataStart + entry.compressedSize);
  const stream = new Response(stored).body!;
  return entry.method === 0 ? stream : stream.pipeThrough(new DecompressionStream('deflate-raw'));
}

/**
 * Inflates each part of the zip, counting its bytes and, in the sheets, their rows (`<row`), and
 * stops at the first limit passed.
 */
export async function checkZip(
  bytes: Uint8Array,
  limits: { bytes: number; rows: number },
): Promise<ZipCheck> {
  const list = entries(bytes);
  if (!list || list.length === 0) return { ok: false, reason: 'broken' };
  let total = 0;
  let rows = 0;
  for (const entry of list) {
    if (entry.method !== 0 && entry.method !== 8) return { ok: false, reason: 'broken' };
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
    const reader = inflated(bytes, entry).getReader();
    const decoder = new TextDecoder();
    let cutTag = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        if (total > limits.bytes) {
          await reader.cancel();
          return { ok: false, reason: 'tooBig' };
        }
        if (!sheet) continue;
        // A tag may be cut between two chunks: the end of the last is read with the next.
        const text = cutTag + decoder.decode(value, { stream: true });
        rows += text.match(/<row[\s>/]/g)?.length ?? 0;
        cutTag = text.slice(-4);
        if (rows > limits.rows) {
          await reader.cancel();
          return { ok: false, reason: 'tooManyRows' };
        }
      }
    } catch {
      return { ok: false, reason: 'broken' };
    }
  }
  return { ok: true, bytes: total, rows };
}
