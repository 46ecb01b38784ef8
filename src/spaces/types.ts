/** The domain's types: a point, the three thematic areas, a space and its status. */
import type { Language } from '../i18n/languages.ts';

/** A point in WGS84 degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** The three thematic areas ("vocazioni") of the programme. */
export type AreaId = 1 | 2 | 3;

export const AREA_IDS: readonly AreaId[] = [1, 2, 3];

/**
 * The area of the portinerie sociali, the residents' first door for help near home: the walking
 * coverage counts who lives within reach of one.
 */
export const PORTINERIA_AREA: AreaId = 1;

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

/** A short text of the data in Italian and, where it has been translated, the app's other languages. */
export type Texts = { it: string } & Partial<Record<Language, string>>;

/** A short list of texts (the services offered), in Italian and other languages. */
export type TextLists = { it: string[] } & Partial<Record<Language, string[]>>;

/** Whether a person using a wheelchair can go in without a step. */
export type StepFree = 'yes' | 'no' | 'with-help';

export const STEP_FREE_VALUES: readonly StepFree[] = ['yes', 'no', 'with-help'];

/** A photo of the space: a file in public/photos, its text alternative, who took it, the licence. */
export interface Photo {
  file: string;
  alt: Texts;
  author: string;
  licence: string;
}

/** One entry of a space's status history: since `date`, the status was `status`. */
export interface StatusEvent {
  date: string;
  status: SpaceStatus;
  source: string;
  sourceUrl: string | null;
}

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
  /** Oldest first; the last entry is the current status. Empty while no history is known. */
  statusHistory: StatusEvent[];
  call: LinkedCall;
  contacts: { email: string | null; website: string | null; phone: string | null };
  /** Not yet known values are null and shown as unknown. */
  organisation: string | null;
  organisationUrl: string | null;
  /** ISO date since when the organisation runs the space. */
  organisationSince: string | null;
  projectName: string | null;
  /** In OpenStreetMap's opening_hours syntax, e.g. "Mo-Fr 09:00-18:00; PH off". */
  openingHours: string | null;
  /** What the syntax cannot say ("closed in August"). */
  hoursNote: Texts | null;
  access: { stepFree: StepFree | null; toilet: boolean | null; note: Texts | null };
  services: TextLists | null;
  photos: Photo[];
  /** ISO date on which the space's facts were last checked. */
  checkedDate: string | null;
}
