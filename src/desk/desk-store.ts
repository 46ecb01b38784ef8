/**
 * The desk's work in progress: the spaces file as opened and as edited, the updates file, the
 * drafted update entries, the space being edited and the photos added. Kept in the browser's
 * storage (desk-storage.ts) at every change, so that a reload (or a closed tab) loses nothing;
 * nothing leaves the browser.
 */
import i18next from 'i18next';
import { create } from '../state/create-store.ts';
import { onReset, resettable } from '../state/reset.ts';
import { dayOf, milanWallClock } from '../hours/milan-time.ts';
import {
  dataUrlBlob,
  forgetPhotosBut,
  keepPhoto,
  keepWork,
  keepWorkNow,
  keptWork,
  NotKept,
  OLD_STORAGE_KEY,
  useKeeping,
} from './desk-storage.ts';
import { draftUpdates, type DraftedUpdate, type UpdateEntry } from './update-draft.ts';
import { withStatus, withValues, type SpacesDocument, type StatusChange } from './spaces-draft.ts';

/** Where the file came from: the site's own data, or a file the person chose (its name). */
export type Opened = { from: 'site' } | { from: 'file'; name: string };

export interface UpdatesFile {
  updates: unknown[];
}

/** The work in progress: what is kept in the browser's storage. */
interface DeskData {
  opened: Opened | null;
  original: SpacesDocument | null;
  document: SpacesDocument | null;
  updatesFile: UpdatesFile | null;
  drafted: DraftedUpdate[];
  selectedId: string | null;
  /** When the work was last changed (ISO), to say so on return. */
  changedAt: string | null;
  /**
   * Counts the times the document was replaced whole (opened, read from a spreadsheet): the form
   * starts afresh then, and only then (a keystroke keeps its field and focus).
   */
  revision: number;
  /** The names of the photos added on the desk, until the web team has them (kept as files). */
  photos: string[];
}

interface DeskState extends DeskData {
  open: (document: SpacesDocument, opened: Opened, updatesFile: UpdatesFile) => void;
  select: (id: string | null) => void;
  setValues: (id: string, values: Record<string, unknown>) => void;
  changeStatus: (id: string, change: StatusChange) => void;
  /** The whole document, as a spreadsheet read back gives it. */
  replace: (document: SpacesDocument) => void;
  /**
   * Adds a photo to a space: the file and the work that names it are kept first, and only then
   * shown. Rejects with NotKept, changing nothing, when the browser cannot keep them.
   */
  addPhoto: (
    id: string,
    file: string,
    photo: Blob,
    values: Record<string, unknown>,
  ) => Promise<void>;
  editUpdate: (key: string, entry: UpdateEntry) => void;
  discard: () => void;
}

/** Today in Milan, `YYYY-MM-DD`. */
export const today = (): string => dayOf(milanWallClock(new Date()));

const words = {
  opening: (address: string) => i18next.t('desk:save.drafted.opening', { address }),
  status: (address: string, status: string) =>
    i18next.t('desk:save.drafted.status', {
      address,
      status: i18next.t(`status.${status}`, { lng: 'it' }),
    }),
  operator: (address: string, organisation: string) =>
    i18next.t('desk:save.drafted.operator', { address, organisation }),
};

const EMPTY: DeskData = {
  opened: null,
  original: null,
  document: null,
  updatesFile: null,
  drafted: [],
  selectedId: null,
  changedAt: null,
  revision: 0,
  photos: [],
};

const DATA_KEYS = Object.keys(EMPTY) as (keyof DeskData)[];
const workText = (state: DeskData) =>
  JSON.stringify(Object.fromEntries(DATA_KEYS.map((key) => [key, state[key]])));

export const useDesk = resettable(
  create<DeskState>()((set, get) => {
    /** The document edited, with the update entries its changes call for. */
    const editedTo = (document: SpacesDocument): Partial<DeskData> => {
      const { original, drafted } = get();
      return {
        document,
        drafted: original ? draftUpdates(original, document, today(), words, drafted) : [],
        changedAt: new Date().toISOString(),
      };
    };
    const edited = (document: SpacesDocument) => set(editedTo(document));
    return {
      ...EMPTY,
      open: (document, opened, updatesFile) =>
        set((s) => ({
          ...EMPTY,
          revision: s.revision + 1,
          opened,
          original: document,
          document,
          updatesFile,
          selectedId: String(document.features[0]!.properties.id),
        })),
      select: (selectedId) => set({ selectedId }),
      setValues: (id, values) => {
        const { document } = get();
        if (document) edited(withValues(document, id, values));
      },
      changeStatus: (id, change) => {
        const { document } = get();
        if (document) edited(withStatus(document, id, change));
      },
      replace: (document) => {
        edited(document);
        set((s) => ({ revision: s.revision + 1 }));
      },
      addPhoto: async (id, file, photo, values) => {
        if (!get().document) return;
        await keepPhoto(file, photo);
        // The work as it is once the photo is kept (a change may have come meanwhile).
        const { document, photos } = get();
        if (!document) return;
        const next = {
          ...get(),
          ...editedTo(withValues(document, id, values)),
          photos: [...photos, file],
        };
        try {
          await keepWorkNow(workText(next));
        } catch (error) {
          await forgetPhotosBut(photos).catch(() => {});
          throw error;
        }
        set(next);
      },
      editUpdate: (key, entry) =>
        set((s) => ({
          drafted: s.drafted.map((d) => (d.key === key ? { key, entry } : d)),
          changedAt: new Date().toISOString(),
        })),
      discard: () => set((s) => ({ ...EMPTY, revision: s.revision + 1 })),
    };
  }),
);

let stopKeeping: (() => void) | null = null;
onReset(() => {
  stopKeeping?.();
  stopKeeping = null;
});

/**
 * Brings back the work this browser kept (moving it from localStorage, where the desk kept it
 * before), then keeps every change. Returns when the work was last changed, or null for none.
 */
export async function loadWork(): Promise<string | null> {
  let data: DeskData | null = null;
  try {
    const text = await keptWork();
    data = text ? { ...EMPTY, ...(JSON.parse(text) as Partial<DeskData>) } : await movedWork();
    await forgetPhotosBut(data?.photos ?? []);
  } catch (error) {
    useKeeping.setState({ state: error instanceof NotKept ? error.why : 'failed' });
  }
  if (data) useDesk.setState(data);
  stopKeeping?.();
  stopKeeping = useDesk.subscribe((state, before) => {
    if (DATA_KEYS.some((key) => state[key] !== before[key])) void keepWork(workText(state));
  });
  return data?.document ? data.changedAt : null;
}

/** The work as localStorage held it (its photos as data: URLs), moved into the desk's storage. */
async function movedWork(): Promise<DeskData | null> {
  const old = localStorage.getItem(OLD_STORAGE_KEY);
  if (!old) return null;
  const { state } = JSON.parse(old) as {
    state: Omit<DeskData, 'photos'> & { photoFiles?: Record<string, string> };
  };
  const { photoFiles = {}, ...work } = state;
  const data: DeskData = { ...EMPTY, ...work, photos: Object.keys(photoFiles) };
  try {
    for (const [file, dataUrl] of Object.entries(photoFiles))
      await keepPhoto(file, dataUrlBlob(dataUrl));
    await keepWorkNow(workText(data));
    localStorage.removeItem(OLD_STORAGE_KEY);
  } catch (error) {
    // Shown all the same, and left where it was until it can be moved.
    useKeeping.setState({ state: error instanceof NotKept ? error.why : 'failed' });
  }
  return data;
}

/** Whether the document differs from the file as opened. */
export function hasChanges(s: Pick<DeskState, 'original' | 'document'>): boolean {
  return s.original !== s.document && JSON.stringify(s.original) !== JSON.stringify(s.document);
}
