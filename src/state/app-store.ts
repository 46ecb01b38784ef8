/**
 * What a person has chosen, which the URL mirrors (see url-sync.ts): the list's filters, the open
 * space, the map view, the language, the in-app page and the presentation step. Views read it and
 * dispatch intents. The spaces the filters let through are worked out in selectors.ts.
 */
import { create } from './create-store.ts';
import { resettable } from './reset.ts';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages.ts';
import { tourSteps } from '../spaces/tour.ts';
import { AREA_IDS, type AreaId, type Space } from '../spaces/types.ts';
import { requestCamera } from './camera-store.ts';
import { useMessages, type Notice } from './messages-store.ts';
import { readySpaces, useSpacesData } from './spaces-store.ts';
import {
  MAX_COMPARED,
  type AppPage,
  type MapView,
  type UrlProblem,
  type UrlState,
} from './url-state.ts';

export interface AppState {
  /** The list's filter by thematic area: the areas shown. */
  areas: AreaId[];
  /**
   * The list's "aperti ora" filter: only the spaces open now (state/hours-store.ts), on the map
   * and in the list. Not in the link: what it shows depends on the moment.
   */
  openNowOnly: boolean;
  selectedId: string | null;
  /**
   * Who made the last move (a space opened, a step, a page): a person's choice moves the focus
   * to what it opened; a link or Back leaves the focus where it is.
   */
  by: 'person' | 'link';
  /** The control a person chose the open space with; the focus goes back to it on close. */
  opener: HTMLElement | null;
  /** Where the map is (the link's view until the map reports one). */
  view: MapView | null;
  /**
   * True from the moment a starting point is set until the map shows something that does not
   * depend on it (a space, every space, a link's view): meanwhile the link carries no view, since
   * any view framed around the point, or reached from such a view, could give it away.
   */
  viewPrivate: boolean;
  lang: Language;
  /** An in-app page shown instead of the map and list, or null. */
  page: AppPage | null;
  /** Presentation mode's step (1-based), or null when not presenting. */
  presentStep: number | null;
  /** The compact view for an iframe (`embed=1`); fixed for the page's life. */
  embedded: boolean;
  /** The map shows the walk from the shown spaces ("A piedi dagli spazi", src/reach/). */
  walkLayer: boolean;
  /** The spaces put side by side (at most `MAX_COMPARED`), in the order they were added. */
  compare: string[];

  toggleArea: (area: AreaId) => void;
  toggleWalkLayer: () => void;
  /** Adds a space to the comparison, or takes it out; a fourth is refused, with a notice. */
  toggleCompare: (id: string) => void;
  /** Puts these spaces (an area's sites, at most `MAX_COMPARED`) side by side. */
  compareSpaces: (ids: readonly string[]) => void;
  toggleOpenNow: () => void;
  selectSpace: (id: string, opener?: HTMLElement | null) => void;
  closeSpace: () => void;
  /**
   * The map's view after a move; `reachedTarget` when it is exactly where a camera request that
   * needs no starting point sent it (see map/use-camera.ts), which makes the view public again.
   */
  setView: (view: MapView, reachedTarget?: boolean) => void;
  /** A starting point was set: keep the view out of the link (see `viewPrivate`). */
  keepViewPrivate: () => void;
  setLang: (lang: Language) => void;
  openPage: (page: AppPage | null) => void;
  startPresentation: () => void;
  goToStep: (step: number) => void;
  endPresentation: () => void;
  /** `browserLang` is what the browser prefers, used when the URL names no language. */
  applyUrlState: (
    url: UrlState,
    problems: UrlProblem[],
    opts: { initial: boolean; browserLang?: Language },
  ) => void;
  /** Drops a space or a step from the link that the loaded spaces do not have, saying why. */
  checkLinkAgainst: (spaces: readonly Space[]) => void;
}

/** The view a link may carry: none while the view could give a starting point away. */
export function linkView(state: Pick<AppState, 'view' | 'viewPrivate'>): MapView | null {
  return state.viewPrivate ? null : state.view;
}

export const useAppStore = resettable(
  create<AppState>()((set, get) => ({
    areas: [...AREA_IDS],
    openNowOnly: false,
    selectedId: null,
    by: 'link',
    opener: null,
    view: null,
    viewPrivate: false,
    lang: DEFAULT_LANGUAGE,
    page: null,
    presentStep: null,
    embedded: false,
    walkLayer: false,
    compare: [],

    toggleArea: (area) =>
      set((s) => {
        const areas = s.areas.includes(area)
          ? s.areas.filter((a) => a !== area)
          : [...s.areas, area].sort();
        const selected = readySpaces().find((space) => space.id === s.selectedId);
        // Hiding the open space's area closes its panel: the panel never shows a hidden space.
        const selectedId = selected && !areas.includes(selected.area) ? null : s.selectedId;
        return { areas, selectedId };
      }),

    toggleWalkLayer: () => set((s) => ({ walkLayer: !s.walkLayer })),

    toggleCompare: (id) => {
      const { compare } = get();
      if (compare.includes(id)) set({ compare: compare.filter((c) => c !== id) });
      else if (compare.length >= MAX_COMPARED)
        useMessages.getState().notify({ key: 'compareFull', params: { count: MAX_COMPARED } });
      else set({ compare: [...compare, id] });
    },

    compareSpaces: (ids) => set({ compare: ids.slice(0, MAX_COMPARED) }),

    toggleOpenNow: () => set((s) => ({ openNowOnly: !s.openNowOnly })),

    selectSpace: (id, opener = null) => {
      set({ selectedId: id, by: 'person', opener });
      requestCamera({ kind: 'space', id });
    },

    closeSpace: () => set({ selectedId: null }),

    setView: (view, reachedTarget = false) =>
      set((s) => ({ view, viewPrivate: s.viewPrivate && !reachedTarget })),

    keepViewPrivate: () => set({ viewPrivate: true }),

    setLang: (lang) => set({ lang }),

    openPage: (page) => set({ page, by: 'person' }),

    startPresentation: () => set({ presentStep: 1, selectedId: null, by: 'person' }),

    goToStep: (presentStep) => set({ presentStep, by: 'person' }),

    endPresentation: () => set({ presentStep: null, by: 'person' }),

    applyUrlState: (url, problems, { initial, browserLang }) => {
      useMessages.getState().notify(
        ...problems.map((p): Notice => ({
          key: 'badParam',
          params: {},
          echo: `${p.param}=${p.value}`,
        })),
      );
      set({
        areas: url.areas,
        selectedId: url.space,
        by: 'link',
        opener: null,
        page: url.page,
        presentStep: url.step,
        walkLayer: url.walk,
        compare: url.compare,
        ...(initial ? { embedded: url.embed } : {}),
        lang: url.lang ?? (initial ? (browserLang ?? DEFAULT_LANGUAGE) : get().lang),
        ...(url.view ? { view: url.view } : {}),
      });
      if (!initial) {
        if (url.view) requestCamera({ kind: 'view', view: url.view });
        else if (url.space) requestCamera({ kind: 'space', id: url.space });
        else requestCamera({ kind: 'fit' });
      }
      const spaces = readySpaces();
      if (spaces.length > 0) get().checkLinkAgainst(spaces);
    },

    checkLinkAgainst: (spaces) => {
      const { selectedId, areas, presentStep, compare } = get();
      const notices: Notice[] = [];
      const unknown = compare.filter((id) => !spaces.some((s) => s.id === id));
      if (unknown.length > 0) {
        notices.push(
          ...unknown.map((id): Notice => ({ key: 'unknownSpace', params: {}, echo: id })),
        );
        set({ compare: compare.filter((id) => !unknown.includes(id)) });
      }
      if (selectedId) {
        const space = spaces.find((s) => s.id === selectedId);
        if (!space) notices.push({ key: 'unknownSpace', params: {}, echo: selectedId });
        else if (!areas.includes(space.area))
          notices.push({ key: 'hiddenSpace', params: { address: space.address } });
        if (notices.length > 0) set({ selectedId: null });
      }
      if (presentStep !== null && presentStep > tourSteps(spaces).length) {
        notices.push({ key: 'badParam', params: {}, echo: `step=${presentStep}` });
        set({ presentStep: 1 });
      }
      useMessages.getState().notify(...notices);
    },
  })),
);

// A space or step named in the link before the data arrived is checked once it is there.
useSpacesData.subscribe(({ data }, previous) => {
  if (data !== previous.data && data.status === 'ready')
    useAppStore.getState().checkLinkAgainst(data.spaces);
});
