/**
 * The desk's work in progress: the spaces file as opened and as edited, the updates file, the
 * drafted update entries and the space being edited. Kept in the browser's storage at every
 * change, so that a reload (or a closed tab) loses nothing; nothing leaves the browser.
 */
import i18next from 'i18next';
import { create } from '../state/create-store';
import { createJSONStorage, persist } from 'zustand/middleware';
import { resettable } from '../state/reset';
import { dayOf, milanWallClock } from '../hours/milan-time';
import { draftUpdates, type DraftedUpdate, type UpdateEntry } from './update-draft';
import { withStatus, withValues, type SpacesDocument, type StatusChange } from './spaces-draft';

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
  /** The photos added on the desk, by file name, as data: URLs, until the web team has them. */
  photoFiles: Record<string, string>;
}

interface DeskState extends DeskData {
  open: (document: SpacesDocument, opened: Opened, updatesFile: UpdatesFile) => void;
  select: (id: string | null) => void;
  setValues: (id: string, values: Record<string, unknown>) => void;
  changeStatus: (id: string, change: StatusChange) => void;
  /** The whole document, as a spreadsheet read back gives it. */
  replace: (document: SpacesDocument) => void;
  addPhotoFile: (file: string, dataUrl: string) => void;
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
  photoFiles: {},
};

export const STORAGE_KEY = 'quartieri-connessi:desk';

export const useDesk = resettable(
  create<DeskState>()(
    persist(
      (set, get) => {
        /** The edited document, with the update entries its changes call for. */
        const edited = (document: SpacesDocument) => {
          const { original, drafted } = get();
          set({
            document,
            drafted: original ? draftUpdates(original, document, today(), words, drafted) : [],
            changedAt: new Date().toISOString(),
          });
        };
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
          addPhotoFile: (file, dataUrl) =>
            set((s) => ({ photoFiles: { ...s.photoFiles, [file]: dataUrl } })),
          editUpdate: (key, entry) =>
            set((s) => ({
              drafted: s.drafted.map((d) => (d.key === key ? { key, entry } : d)),
              changedAt: new Date().toISOString(),
            })),
          discard: () => set((s) => ({ ...EMPTY, revision: s.revision + 1 })),
        };
      },
      {
        name: STORAGE_KEY,
        version: 1,
        storage: createJSONStorage(() => localStorage),
        partialize: (state): DeskData =>
          Object.fromEntries(
            Object.keys(EMPTY).map((key) => [key, state[key as keyof DeskData]]),
          ) as unknown as DeskData,
      },
    ),
  ),
);

/** Whether the document differs from the file as opened. */
export function hasChanges(s: Pick<DeskState, 'original' | 'document'>): boolean {
  return s.original !== s.document && JSON.stringify(s.original) !== JSON.stringify(s.document);
}
