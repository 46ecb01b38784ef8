/**
 * Where the desk keeps the work in progress: the browser's IndexedDB (through idb-keyval), which
 * holds hundreds of MB where localStorage holds a few. The work is one JSON text; each photo added
 * on the desk is its file, a Blob of its own, so that a photo never weighs on a keystroke.
 *
 * Protocol: desk-store.ts asks `keepWork` after every change, in order; the last asked is what is
 * kept. What the browser refuses (its storage full, or no storage at all) is said in `useKeeping`,
 * which the desk shows; what was kept before stays as it was. A photo is kept (`keepPhoto`) before
 * the desk shows it as added.
 */
import { createStore, del, delMany, get, keys, set, type UseStore } from 'idb-keyval';
import { create } from '../state/create-store.ts';
import { onReset, resettable } from '../state/reset.ts';

/** Where the work was kept before IndexedDB: read once, moved, then removed. */
export const OLD_STORAGE_KEY = 'quartieri-connessi:desk';

const DATABASE = 'quartieri-connessi-desk';
const WORK = 'work';
const PHOTO = 'photo:';

/** How the last keeping went. */
export interface Keeping {
  /** `full`: the browser's storage is full; `failed`: it refused for another reason. */
  state: 'kept' | 'full' | 'failed';
  /** When the work was last kept (ISO), or null before the first time. */
  keptAt: string | null;
}

export const useKeeping = resettable(
  create<Keeping>()(() => ({ state: 'kept', keptAt: null }) as Keeping),
);

/** The desk's storage could not keep something: `full` when its quota is reached. */
export class NotKept extends Error {
  constructor(
    readonly why: 'full' | 'failed',
    cause: unknown,
  ) {
    super(`The browser did not keep the desk's work (${why})`, { cause });
  }
}

const isQuota = (error: unknown) =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.code === DOMException.QUOTA_EXCEEDED_ERR);

let database: UseStore | null = null;
/** The keeping asked last and not yet begun, and the keeping going on. */
let asked: string | null = null;
let writing: Promise<void> = Promise.resolve();
onReset(() => {
  database = null;
  asked = null;
  writing = Promise.resolve();
});

function store(): UseStore {
  database ??= createStore(DATABASE, 'work');
  return database;
}

async function inStorage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new NotKept(isQuota(error) ? 'full' : 'failed', error);
  }
}

async function write(text: string): Promise<void> {
  await inStorage(() => set(WORK, text, store()));
  useKeeping.setState({ state: 'kept', keptAt: new Date().toISOString() });
}

/** Keeps the work's text after the keepings asked before it, or says why it cannot (NotKept). */
export async function keepWorkNow(text: string): Promise<void> {
  await writing;
  await write(text);
}

/**
 * Keeps the work's text once the keepings asked before it are done; of several asked meanwhile,
 * only the last is written. A refusal is said in `useKeeping`.
 */
export function keepWork(text: string): Promise<void> {
  asked = text;
  writing = writing.then(async () => {
    if (asked === null) return;
    const latest = asked;
    asked = null;
    try {
      await write(latest);
    } catch (error) {
      useKeeping.setState({ state: error instanceof NotKept ? error.why : 'failed' });
    }
  });
  return writing;
}

/** The work's text as last kept, or null. */
export async function keptWork(): Promise<string | null> {
  return (await inStorage(() => get<string>(WORK, store()))) ?? null;
}

export async function keepPhoto(file: string, photo: Blob): Promise<void> {
  await inStorage(() => set(`${PHOTO}${file}`, photo, store()));
}

export async function keptPhoto(file: string): Promise<Blob | null> {
  return (await inStorage(() => get<Blob>(`${PHOTO}${file}`, store()))) ?? null;
}

/** Forgets the photos the work no longer holds. */
export async function forgetPhotosBut(files: readonly string[]): Promise<void> {
  const photoKeys = (await inStorage(() => keys<string>(store()))).filter(
    (key) => typeof key === 'string' && key.startsWith(PHOTO),
  );
  const wanted = new Set(files.map((file) => `${PHOTO}${file}`));
  await inStorage(() =>
    delMany(
      photoKeys.filter((key) => !wanted.has(key)),
      store(),
    ),
  );
}

/** Forgets the work and its photos. */
export async function forgetWork(): Promise<void> {
  await inStorage(() => del(WORK, store()));
  await forgetPhotosBut([]);
}

/** A `data:` URL's bytes, as the work kept before IndexedDB held its photos. */
export function dataUrlBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const type = /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? 'application/octet-stream';
  const binary = atob(dataUrl.slice(comma + 1));
  return new Blob([Uint8Array.from(binary, (c) => c.charCodeAt(0))], { type });
}
