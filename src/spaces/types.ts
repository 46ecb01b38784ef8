/** The domain's types: a point, the three thematic areas, a space and its status. */

/** A point in WGS84 degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** The three thematic areas ("vocazioni") of the programme. */
export type AreaId = 1 | 2 | 3;

export const AREA_IDS: readonly AreaId[] = [1, 2, 3];

/** Where a space stands. The allowed values and their meaning are documented in data/README.md. */
export type SpaceStatus =
  'seeking-operator' | 'call-open' | 'co-design' | 'start-up' | 'open' | 'closed' | 'unknown';

export const SPACE_STATUSES: readonly SpaceStatus[] = [
  'seeking-operator',
  'call-open',
  'co-design',
  'start-up',
  'open',
  'closed',
  'unknown',
];

/** The public call a space is linked to. */
export interface LinkedCall {
  title: string;
  /** ISO date (YYYY-MM-DD); null when not yet known. */
  date: string | null;
  url: string;
  /** `call` when `url` is the call's own page, `programme` when only the programme page is known. */
  urlKind: 'call' | 'programme';
}

/** One renovated municipal space, as the app uses it after validation. */
export interface Space {
  /** Stable, URL-safe id, e.g. `omero-15`. */
  id: string;
  /** The order in which the app lists the space within its area. */
  number: number;
  area: AreaId;
  /** The address as people write it, e.g. "via Alex Visconti 24 A-F". */
  address: string;
  lat: number;
  lon: number;
  municipio: number;
  nil: { id: number; name: string };
  /** The neighbourhood name the Comune uses, e.g. "Corvetto". */
  neighbourhood: string;
  status: SpaceStatus;
  /** ISO date of the statement that gives the status; null while it is not known. */
  statusDate: string | null;
  statusSource: string;
  statusSourceUrl: string | null;
  call: LinkedCall;
  contacts: { email: string | null; website: string | null };
  /** Not yet known values are null and shown as unknown. */
  organisation: string | null;
  projectName: string | null;
  openingHours: string | null;
}
