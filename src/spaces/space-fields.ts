/**
 * The one description of a space's properties in data/spaces.geojson: how each is checked and how
 * it is read back from a Space for the downloads. Validation, export and the desk derive from this
 * table; add a field here first, then its words in field-dictionary.ts (the types ask for them).
 */
import { LANGUAGES } from '../i18n/languages.ts';
import {
  boolean,
  date,
  email,
  fail,
  httpsLink,
  integerBetween,
  listOf,
  oneOf,
  optionalText,
  orNull,
  perLanguage,
  phone,
  photoFile,
  record,
  show,
  spaceId,
  text,
} from './field-checks.ts';
import {
  AREA_IDS,
  SPACE_STATUSES,
  STEP_FREE_VALUES,
  type AreaId,
  type Photo,
  type Space,
  type StatusEvent,
  type TextLists,
  type Texts,
} from './types.ts';

interface FieldSpec<T> {
  check: (value: unknown) => T;
  /** A field added after the first edition: a file may leave it out, and it reads as null. */
  optional?: true;
  /** The value as the file holds it (a JSON value), for the GeoJSON and CSV downloads. */
  get: (space: Space) => unknown;
}

const field = <T>(spec: FieldSpec<T>) => spec;

const texts = perLanguage(LANGUAGES, text) as (v: unknown) => Texts;
const textLists = perLanguage(LANGUAGES, listOf(text)) as (v: unknown) => TextLists;

/** A status history entry as the file writes it, with the file's snake_case keys. */
interface StatusEventInFile {
  date: string;
  status: StatusEvent['status'];
  source: string;
  source_url: string | null;
}

const statusEventInFile = record<StatusEventInFile>({
  date,
  status: oneOf(SPACE_STATUSES),
  source: text,
  source_url: orNull(httpsLink),
});

const statusEvent = (v: unknown): StatusEvent => {
  const { source_url, ...event } = statusEventInFile(v);
  return { ...event, sourceUrl: source_url };
};

const inFile = ({ sourceUrl, ...event }: StatusEvent): StatusEventInFile => ({
  ...event,
  source_url: sourceUrl,
});

/** The most spaces a file can hold: each has its own number, from 1 to this. */
export const MAX_SPACES = 999;

/** What a published photo should weigh at most: about a second on a slow mobile connection. */
export const PHOTO_BYTES = 300 * 1024;

const photo = record<Photo>({ file: photoFile, alt: texts, author: text, licence: text });

/** A list that may be null (nothing known), read as an empty list. */
const listOrNone =
  <T>(check: (v: unknown) => T[]) =>
  (v: unknown): T[] =>
    v === null ? [] : check(v);

/** An empty list is written as null, the file's word for "nothing known". */
const noneIfEmpty = <T>(list: T[]): T[] | null => (list.length > 0 ? list : null);

export const SPACE_FIELDS = {
  id: field({
    check: spaceId,
    get: (s) => s.id,
  }),
  number: field({
    check: integerBetween(1, MAX_SPACES),
    get: (s) => s.number,
  }),
  area: field({
    check: (v): AreaId =>
      AREA_IDS.includes(v as AreaId) ? (v as AreaId) : fail(`must be 1, 2 or 3, got ${show(v)}`),
    get: (s) => s.area,
  }),
  address: field({
    check: text,
    get: (s) => s.address,
  }),
  municipio: field({
    check: integerBetween(1, 9),
    get: (s) => s.municipio,
  }),
  nil_id: field({
    check: integerBetween(1, 88),
    get: (s) => s.nil.id,
  }),
  nil_name: field({
    check: text,
    get: (s) => s.nil.name,
  }),
  neighbourhood: field({
    check: text,
    get: (s) => s.neighbourhood,
  }),
  status: field({
    check: oneOf(SPACE_STATUSES),
    get: (s) => s.status,
  }),
  status_date: field({
    check: orNull(date),
    get: (s) => s.statusDate,
  }),
  status_source: field({
    check: text,
    get: (s) => s.statusSource,
  }),
  status_source_url: field({
    check: orNull(httpsLink),
    get: (s) => s.statusSourceUrl,
  }),
  status_history: field({
    optional: true,
    check: listOrNone(listOf(statusEvent)),
    get: (s) => noneIfEmpty(s.statusHistory.map(inFile)),
  }),
  call_title: field({
    check: text,
    get: (s) => s.call.title,
  }),
  call_date: field({
    check: orNull(date),
    get: (s) => s.call.date,
  }),
  call_url: field({
    check: httpsLink,
    get: (s) => s.call.url,
  }),
  call_url_kind: field({
    check: (v): 'call' | 'programme' =>
      v === 'call' || v === 'programme' ? v : fail(`must be "call" or "programme", got ${show(v)}`),
    get: (s) => s.call.urlKind,
  }),
  checked_date: field({
    optional: true,
    check: orNull(date),
    get: (s) => s.checkedDate,
  }),
  contact_email: field({
    check: orNull(email),
    get: (s) => s.contacts.email,
  }),
  website: field({
    check: orNull(httpsLink),
    get: (s) => s.contacts.website,
  }),
  phone: field({
    optional: true,
    check: orNull(phone),
    get: (s) => s.contacts.phone,
  }),
  organisation: field({
    check: optionalText,
    get: (s) => s.organisation,
  }),
  organisation_url: field({
    optional: true,
    check: orNull(httpsLink),
    get: (s) => s.organisationUrl,
  }),
  organisation_since: field({
    optional: true,
    check: orNull(date),
    get: (s) => s.organisationSince,
  }),
  project_name: field({
    check: optionalText,
    get: (s) => s.projectName,
  }),
  opening_hours: field({
    check: optionalText,
    get: (s) => s.openingHours,
  }),
  opening_hours_note: field({
    optional: true,
    check: orNull(texts),
    get: (s) => s.hoursNote,
  }),
  access_step_free: field({
    optional: true,
    check: orNull(oneOf(STEP_FREE_VALUES)),
    get: (s) => s.access.stepFree,
  }),
  access_toilet: field({
    optional: true,
    check: orNull(boolean),
    get: (s) => s.access.toilet,
  }),
  access_note: field({
    optional: true,
    check: orNull(texts),
    get: (s) => s.access.note,
  }),
  services: field({
    optional: true,
    check: orNull(textLists),
    get: (s) => s.services,
  }),
  photos: field({
    optional: true,
    check: listOrNone(listOf(photo)),
    get: (s) => noneIfEmpty(s.photos),
  }),
};

export type FieldName = keyof typeof SPACE_FIELDS;

export const FIELD_NAMES = Object.keys(SPACE_FIELDS) as FieldName[];

/** The checked values of one feature's properties, by field name. */
export type FieldValues = {
  [K in FieldName]: ReturnType<(typeof SPACE_FIELDS)[K]['check']>;
};
