/**
 * The app's one store: loaded spaces, filters, selection, map view and language.
 * Views read it and dispatch intents; the URL mirrors it (see url-sync.ts).
 */
import { create } from 'zustand';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import type { LatLon, LookingFor } from '../nearest/rank-spaces';
import type { DataProblem, ValidationResult } from '../spaces/validate-spaces';
import { AREA_IDS, type AreaId, type Space } from '../spaces/types';
import type { AppPage, MapView, UrlProblem, UrlState } from './url-state';

export type DataState =
  | { status: 'loading' }
  | { status: 'ready'; spaces: Space[]; problems: DataProblem[] }
  | { status: 'error'; reason: 'unreachable' | 'invalid'; problems: DataProblem[] };

/** A message shown above the app until dismissed; `key` is an i18n key under `notice.`. */
export interface Notice {
  key: 'unknownSpace' | 'hiddenSpace' | 'badParam' | 'skippedSpaces';
  params: Record<string, string | number>;
}

/**
 * Where the resident starts from. It stays in the page: never in the URL, never stored or sent.
 */
export interface Origin extends LatLon {
  source: 'location' | 'map' | 'address';
  /** The address chosen, for `address`. */
  label?: string;
  /** Metres, for `location`. */
  accuracy?: number;
}

/** A wish for the map to move, consumed by the map view; `seq` tells repeated wishes apart. */
export type CameraRequest =
  | { kind: 'space'; id: string; seq: number }
  | { kind: 'view'; view: MapView; seq: number }
  | { kind: 'fit'; seq: number }
  /** Show these points together (a starting point and the nearest space). */
  | { kind: 'points'; points: LatLon[]; seq: number };

export interface AppState {
  data: DataState;
  areas: AreaId[];
  selectedId: string | null;
  /** Who opened the selected space: a person's choice moves the focus to it, a link does not. */
  selectedBy: 'person' | 'link';
  view: MapView | null;
  lang: Language;
  /** An in-app page shown instead of the map and list, or null. */
  page: AppPage | null;
  /** Presentation mode's step (1-based), or null when not presenting. */
  presentStep: number | null;
  /** A printout being prepared: the map view first makes its picture, then the page prints. */
  print: PrintJob | null;
  notices: Notice[];
  cameraRequest: CameraRequest | null;
  /** True once the bundled basemap replaced the configured one. */
  basemapFallback: boolean;
  /** What the polite live region says about the person's last action. */
  announcement: string;
  origin: Origin | null;
  lookingFor: LookingFor;
  /** True while a tap on the map sets the starting point. */
  pickingOnMap: boolean;

  setDataResult: (result: ValidationResult | { unreachable: true }) => void;
  toggleArea: (area: AreaId) => void;
  selectSpace: (id: string) => void;
  closeSpace: () => void;
  setView: (view: MapView) => void;
  setLang: (lang: Language) => void;
  openPage: (page: AppPage | null) => void;
  /** Starts presenting, moves to a step, or (null) leaves presentation mode. */
  present: (step: number | null) => void;
  /** Starts a printout of the open space or of the overview; null when it is done. */
  startPrint: (kind: PrintJob['kind'] | null) => void;
  /** The map's picture for the printout (null: the map could not make one). */
  setPrintImage: (image: string | null) => void;
  /** Asks the map to show a space, some points or every space, without opening anything. */
  moveCamera: (request: DistributiveOmit<CameraRequest, 'seq'>) => void;
  /** `browserLang` is what the browser prefers, used when the URL names no language. */
  applyUrlState: (
    url: UrlState,
    problems: UrlProblem[],
    opts: { initial: boolean; browserLang?: Language },
  ) => void;
  dismissNotice: (index: number) => void;
  setBasemapFallback: () => void;
  announce: (text: string) => void;
  /** Sets the starting point; `show` are the points the map should then fit (none: it stays). */
  setOrigin: (origin: Origin, show: LatLon[]) => void;
  clearOrigin: () => void;
  setLookingFor: (lookingFor: LookingFor) => void;
  setPickingOnMap: (picking: boolean) => void;
}

/** What is being printed, and the map's picture once it is ready (undefined: not yet). */
export interface PrintJob {
  kind: 'space' | 'overview';
  image?: string | null;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

let cameraSeq = 0;

export const useAppStore = create<AppState>()((set, get) => ({
  data: { status: 'loading' },
  areas: [...AREA_IDS],
  selectedId: null,
  selectedBy: 'link',
  view: null,
  lang: DEFAULT_LANGUAGE,
  page: null,
  presentStep: null,
  print: null,
  notices: [],
  cameraRequest: null,
  basemapFallback: false,
  announcement: '',
  origin: null,
  lookingFor: 'portineria',
  pickingOnMap: false,

  setDataResult: (result) => {
    if ('unreachable' in result) {
      set({ data: { status: 'error', reason: 'unreachable', problems: [] } });
      return;
    }
    if (result.fatal || result.spaces.length === 0) {
      set({ data: { status: 'error', reason: 'invalid', problems: result.problems } });
      return;
    }
    const skipped = new Set(
      result.problems.filter((p) => p.severity === 'error' && p.feature).map((p) => p.feature),
    ).size;
    const notices =
      skipped > 0 ? [{ key: 'skippedSpaces', params: { count: skipped } } as const] : [];
    set((s) => ({
      data: { status: 'ready', spaces: result.spaces, problems: result.problems },
      notices: [...s.notices, ...notices],
    }));
    // A space named in the URL before the data arrived is checked now.
    const { selectedId } = get();
    if (selectedId) set(resolveSelection(selectedId, result.spaces, get().areas, get().notices));
  },

  toggleArea: (area) =>
    set((s) => {
      const areas = s.areas.includes(area)
        ? s.areas.filter((a) => a !== area)
        : [...s.areas, area].sort();
      const selected = selectedSpace(s);
      // Hiding the open space's area closes its panel: the panel never shows a hidden space.
      const selectedId = selected && !areas.includes(selected.area) ? null : s.selectedId;
      return { areas, selectedId };
    }),

  selectSpace: (id) =>
    set({
      selectedId: id,
      selectedBy: 'person',
      cameraRequest: { kind: 'space', id, seq: ++cameraSeq },
    }),

  closeSpace: () => set({ selectedId: null }),

  setView: (view) => set({ view }),

  setLang: (lang) => set({ lang }),

  openPage: (page) => set({ page }),

  present: (presentStep) =>
    set(presentStep ? { presentStep, selectedId: null } : { presentStep: null }),

  moveCamera: (request) =>
    set({ cameraRequest: { ...request, seq: ++cameraSeq } as CameraRequest }),

  startPrint: (kind) => set({ print: kind ? { kind } : null }),

  setPrintImage: (image) => set((s) => (s.print ? { print: { ...s.print, image } } : {})),

  applyUrlState: (url, problems, { initial, browserLang }) => {
    const badParams: Notice[] = problems.map((p) => ({
      key: 'badParam',
      params: { param: p.param, value: p.value },
    }));
    const s = get();
    const next: Partial<AppState> = {
      areas: url.areas,
      selectedId: url.space,
      selectedBy: 'link',
      page: url.page,
      presentStep: url.step,
      lang: url.lang ?? (initial ? (browserLang ?? DEFAULT_LANGUAGE) : s.lang),
      notices: [...s.notices, ...badParams],
    };
    if (url.view) {
      next.view = url.view;
      if (!initial) next.cameraRequest = { kind: 'view', view: url.view, seq: ++cameraSeq };
    } else if (!initial) {
      next.cameraRequest = url.space
        ? { kind: 'space', id: url.space, seq: ++cameraSeq }
        : { kind: 'fit', seq: ++cameraSeq };
    }
    set(next);
    const { data } = get();
    if (url.space && data.status === 'ready') {
      set(resolveSelection(url.space, data.spaces, url.areas, get().notices));
    }
  },

  dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),

  setBasemapFallback: () => set({ basemapFallback: true }),

  announce: (announcement) => set({ announcement }),

  setOrigin: (origin, show) =>
    set(
      show.length > 0
        ? { origin, cameraRequest: { kind: 'points', points: show, seq: ++cameraSeq } }
        : { origin },
    ),

  clearOrigin: () => set({ origin: null, pickingOnMap: false }),

  setLookingFor: (lookingFor) => set({ lookingFor }),

  setPickingOnMap: (pickingOnMap) => set({ pickingOnMap }),
}));

/** The selected space, if the data is loaded and has it. */
export function selectedSpace(state: Pick<AppState, 'data' | 'selectedId'>): Space | undefined {
  if (state.data.status !== 'ready' || !state.selectedId) return undefined;
  return state.data.spaces.find((s) => s.id === state.selectedId);
}

/** Keeps a selection only if the space exists and its area is shown; says why otherwise. */
function resolveSelection(
  id: string,
  spaces: readonly Space[],
  areas: readonly AreaId[],
  notices: Notice[],
): Pick<AppState, 'selectedId' | 'notices'> {
  const space = spaces.find((s) => s.id === id);
  if (!space) {
    return {
      selectedId: null,
      notices: [...notices, { key: 'unknownSpace', params: { value: id } }],
    };
  }
  if (!areas.includes(space.area)) {
    return {
      selectedId: null,
      notices: [...notices, { key: 'hiddenSpace', params: { address: space.address } }],
    };
  }
  return { selectedId: id, notices };
}
