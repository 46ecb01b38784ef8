/**
 * The part of the app's state that lives in the URL, so that a link reproduces the same view:
 * the page's path names the language and the space (page-paths.ts), the search the rest:
 * `en/spaces/omero-15/?areas=1,3&map=13.2/45.4347/9.2247`. Links written before the pages
 * (`?space=omero-15&lang=en`) read the same.
 */
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages.ts';
import { pagePath, readPagePath } from '../pages/page-paths.ts';
import { SPACE_ID_PATTERN } from '../spaces/field-checks.ts';
import { readableQuery } from '../spaces/map-app-links.ts';
import { AREA_IDS, type AreaId } from '../spaces/types.ts';

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface UrlState {
  /** The selected space's id, not yet checked against the data. */
  space: string | null;
  /** The shown areas, sorted; all three when the URL says nothing. */
  areas: AreaId[];
  /** Null when the URL has no view: the map then fits the shown spaces. */
  view: MapView | null;
  lang: Language | null;
  /** An in-app page shown instead of the map: the accessibility page, or the updates. */
  page: AppPage | null;
  /** Presentation mode's step (1-based), or null when not presenting: `present=1&step=N`. */
  step: number | null;
  /** `embed=1`: the compact view for an iframe on another site. */
  embed: boolean;
  /** `walk=1`: the map shows the walk from the shown spaces ("A piedi dagli spazi"). */
  walk: boolean;
  /** `compare=a,b,c`: the spaces put side by side, at most `MAX_COMPARED`, not yet checked. */
  compare: string[];
}

/** A comparison holds up to three spaces: an area's three sites. */
export const MAX_COMPARED = 3;

export const APP_PAGES = ['accessibility', 'updates', 'coverage', 'compare'] as const;
export type AppPage = (typeof APP_PAGES)[number];

/** A parameter the app could not use; the rest of the URL still applies. */
export interface UrlProblem {
  param: 'space' | 'areas' | 'map' | 'lang' | 'page' | 'step' | 'compare';
  value: string;
}

export function parseUrlState(search: string): { state: UrlState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  const state: UrlState = {
    space: null,
    areas: [...AREA_IDS],
    view: null,
    lang: null,
    page: null,
    step: null,
    embed: params.get('embed') === '1',
    walk: params.get('walk') === '1',
    compare: [],
  };

  const compare = params.get('compare');
  if (compare !== null) {
    const ids = [...new Set(compare.split(',').map((id) => id.trim()))].filter(Boolean);
    if (ids.length <= MAX_COMPARED && ids.every((id) => SPACE_ID_PATTERN.test(id)))
      state.compare = ids;
    else problems.push({ param: 'compare', value: compare });
  }

  const space = params.get('space');
  if (space !== null) {
    if (SPACE_ID_PATTERN.test(space)) state.space = space;
    else problems.push({ param: 'space', value: space });
  }

  const areas = params.get('areas');
  if (areas !== null) {
    const parsed = parseAreas(areas);
    if (parsed) state.areas = parsed;
    else problems.push({ param: 'areas', value: areas });
  }

  const map = params.get('map');
  if (map !== null) {
    const view = parseView(map);
    if (view) state.view = view;
    else problems.push({ param: 'map', value: map });
  }

  const lang = params.get('lang');
  if (lang !== null) {
    if (isLanguage(lang)) state.lang = lang;
    else problems.push({ param: 'lang', value: lang });
  }

  const page = params.get('page');
  if (page !== null) {
    if ((APP_PAGES as readonly string[]).includes(page)) state.page = page as AppPage;
    else problems.push({ param: 'page', value: page });
  }

  if (params.get('present') === '1') {
    const step = params.get('step');
    const n = step === null ? 1 : Number(step);
    if (Number.isInteger(n) && n >= 1) state.step = n;
    else {
      state.step = 1;
      problems.push({ param: 'step', value: step ?? '' });
    }
  }

  return { state, problems };
}

/**
 * Reads a whole address: the page's path first, then the search, whose `space` and `lang` (an
 * older link's, or one written by hand) win over the path's.
 */
export function parseLocation(
  pathname: string,
  search: string,
  base: string,
): { state: UrlState; problems: UrlProblem[] } {
  const place = readPagePath(pathname, base);
  const { state, problems } = parseUrlState(search);
  const space = new URLSearchParams(search).has('space') ? state.space : place.space;
  return { state: { ...state, space, lang: state.lang ?? place.lang }, problems };
}

/**
 * The address for a state: the page of its language and space, and the rest in the search. On
 * the Italian home, `lang=it` stays in the search when `keepItalian` (the browser prefers another
 * language, which the bare home would follow): a language chosen wins over the browser's.
 */
export function toLocation(
  state: UrlState,
  currentSearch: string,
  base: string,
  keepItalian: boolean,
): string {
  const lang = state.lang ?? DEFAULT_LANGUAGE;
  const italianHome = lang === DEFAULT_LANGUAGE && !state.space;
  const search = toSearch(
    { ...state, space: null, lang: italianHome && keepItalian ? lang : null },
    currentSearch,
  );
  return `${base}${pagePath(lang, state.space)}${search}`;
}

/** The parameters this module reads and writes; any other is left as it is. */
const OWN_PARAMS = [
  'space',
  'areas',
  'map',
  'lang',
  'page',
  'present',
  'step',
  'embed',
  'walk',
  'compare',
];

/**
 * Writes the state into a search string, keeping parameters the app does not own.
 * Defaults are left out so that links stay short.
 */
export function toSearch(state: UrlState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of OWN_PARAMS) params.delete(key);
  if (state.space) params.set('space', state.space);
  if (state.areas.length !== AREA_IDS.length) params.set('areas', state.areas.join(','));
  if (state.view) params.set('map', formatView(state.view));
  if (state.lang) params.set('lang', state.lang);
  if (state.page) params.set('page', state.page);
  if (state.step) {
    params.set('present', '1');
    params.set('step', String(state.step));
  }
  if (state.embed) params.set('embed', '1');
  if (state.walk) params.set('walk', '1');
  if (state.compare.length > 0) params.set('compare', state.compare.join(','));
  const text = readableQuery(params);
  return text ? `?${text}` : '';
}

/** `areas=` may be empty (every area hidden), or a comma-separated list of 1, 2, 3. */
function parseAreas(value: string): AreaId[] | null {
  if (value === '') return [];
  const parts = value.split(',').map((p) => Number(p.trim()));
  if (!parts.every((p): p is AreaId => (AREA_IDS as readonly number[]).includes(p))) return null;
  return [...new Set(parts)].sort();
}

function parseView(value: string): MapView | null {
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (![zoom, lat, lon].every(Number.isFinite)) return null;
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return null;
  return { zoom, lat, lon };
}

/** Two decimals of zoom and five of a degree (about 1 m) are all a link needs. */
export function formatView(view: MapView): string {
  return `${round(view.zoom, 2)}/${round(view.lat, 5)}/${round(view.lon, 5)}`;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
