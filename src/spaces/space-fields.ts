/**
 * The one description of a space's properties in data/spaces.geojson: how each is checked, how it
 * is read back from a Space for the downloads, and its line in the data dictionary
 * (data/README.md, checked by tests/unit/data-dictionary.test.ts). Validation and export derive
 * from this table; add a field here first.
 */
import { LANGUAGES } from '../i18n/languages';
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
} from './field-checks';
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
} from './types';

/** A row of the data dictionary, as data/README.md shows it: meaning, type, allowed values, source. */
export type DictionaryLine = [meaning: string, type: string, allowed: string, source: string];

interface FieldSpec<T> {
  check: (value: unknown) => T;
  /** A field added after the first edition: a file may leave it out, and it reads as null. */
  optional?: true;
  /** The value as the file holds it (a JSON value), for the GeoJSON and CSV downloads. */
  get: (space: Space) => unknown;
  about: DictionaryLine;
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
    about: [
      'stable identifier used in links (`?space=omero-15`); never change it once published',
      'text',
      'lower-case letters, digits and single hyphens; unique',
      'chosen by the project',
    ],
  }),
  number: field({
    check: integerBetween(1, 999),
    get: (s) => s.number,
    about: [
      'the order in which the app lists the space within its area',
      'whole number',
      '1-999, unique',
      'chosen by the project',
    ],
  }),
  area: field({
    check: (v): AreaId =>
      AREA_IDS.includes(v as AreaId) ? (v as AreaId) : fail(`must be 1, 2 or 3, got ${show(v)}`),
    get: (s) => s.area,
    about: [
      'thematic area: 1 portinerie sociali, 2 servizi innovativi e animazione, 3 impresa e comunità',
      'whole number',
      '`1`, `2`, `3`',
      'Comune di Milano (programme pages)',
    ],
  }),
  address: field({
    check: text,
    get: (s) => s.address,
    about: ['the address as people write it', 'text', 'non-empty', 'Comune di Milano'],
  }),
  municipio: field({
    check: integerBetween(1, 9),
    get: (s) => s.municipio,
    about: [
      'the Municipio (borough) the address is in',
      'whole number',
      '1-9',
      'house-number register DS634',
    ],
  }),
  nil_id: field({
    check: integerBetween(1, 88),
    get: (s) => s.nil.id,
    about: ['NIL (Nucleo di Identità Locale) number', 'whole number', '1-88', 'NIL layer DS964'],
  }),
  nil_name: field({
    check: text,
    get: (s) => s.nil.name,
    about: ['NIL name as in the layer', 'text', 'non-empty', 'NIL layer DS964'],
  }),
  neighbourhood: field({
    check: text,
    get: (s) => s.neighbourhood,
    about: [
      'the neighbourhood name the Comune uses for the space',
      'text',
      'non-empty',
      'Comune di Milano',
    ],
  }),
  status: field({
    check: oneOf(SPACE_STATUSES),
    get: (s) => s.status,
    about: [
      'where the space stands (see the table below)',
      'text',
      'one of the status values',
      'Comune di Milano',
    ],
  }),
  status_date: field({
    check: orNull(date),
    get: (s) => s.statusDate,
    about: [
      'the date of the statement that gives the status; `null` while it is not known',
      'date or `null`',
      '`YYYY-MM-DD`, a real date',
      'see `status_source`',
    ],
  }),
  status_source: field({
    check: text,
    get: (s) => s.statusSource,
    about: ['who stated the status, and where', 'text', 'non-empty', '-'],
  }),
  status_source_url: field({
    check: orNull(httpsLink),
    get: (s) => s.statusSourceUrl,
    about: [
      'link to that statement, when it is known',
      'https link or `null`',
      '`https://...`',
      '-',
    ],
  }),
  status_history: field({
    optional: true,
    check: listOrNone(listOf(statusEvent)),
    get: (s) => noneIfEmpty(s.statusHistory.map(inFile)),
    about: [
      'the statuses the space has had, oldest first; the last one is `status`',
      'list or `null`',
      '`{"date": "YYYY-MM-DD", "status": "…", "source": "…", "source_url": "https://…"}`',
      'as each `source` says',
    ],
  }),
  call_title: field({
    check: text,
    get: (s) => s.call.title,
    about: [
      'the public call (avviso/bando) the space is linked to, described in our words',
      'text',
      'non-empty',
      'Comune di Milano',
    ],
  }),
  call_date: field({
    check: orNull(date),
    get: (s) => s.call.date,
    about: [
      'publication date of that call; `null` while it is not published or not known',
      'date or `null`',
      '`YYYY-MM-DD`',
      'Comune di Milano',
    ],
  }),
  call_url: field({
    check: httpsLink,
    get: (s) => s.call.url,
    about: [
      "link to the call's own page, or to the programme page where the call page is not known",
      'https link',
      '`https://...`',
      'Comune di Milano',
    ],
  }),
  call_url_kind: field({
    check: (v): 'call' | 'programme' =>
      v === 'call' || v === 'programme' ? v : fail(`must be "call" or "programme", got ${show(v)}`),
    get: (s) => s.call.urlKind,
    about: [
      'what `call_url` points to',
      'text',
      "`call` (the call's page), `programme` (the programme page)",
      '-',
    ],
  }),
  checked_date: field({
    optional: true,
    check: orNull(date),
    get: (s) => s.checkedDate,
    about: [
      "the day an official last checked this space's facts",
      'date or `null`',
      '`YYYY-MM-DD`',
      'the official who checked',
    ],
  }),
  contact_email: field({
    check: orNull(email),
    get: (s) => s.contacts.email,
    about: ['e-mail to write to about the space', 'e-mail or `null`', '', 'Comune di Milano'],
  }),
  website: field({
    check: orNull(httpsLink),
    get: (s) => s.contacts.website,
    about: [
      'web site about the space or the programme',
      'https link or `null`',
      '',
      'Comune di Milano',
    ],
  }),
  phone: field({
    optional: true,
    check: orNull(phone),
    get: (s) => s.contacts.phone,
    about: [
      "the space's own telephone number",
      'text or `null`',
      'digits and spaces, an optional leading `+`',
      'the organisation',
    ],
  }),
  organisation: field({
    check: optionalText,
    get: (s) => s.organisation,
    about: [
      'the Third-sector organisation that runs the space',
      'text or `null`',
      '`null` until publicly known',
      '-',
    ],
  }),
  organisation_url: field({
    optional: true,
    check: orNull(httpsLink),
    get: (s) => s.organisationUrl,
    about: ["the organisation's web site", 'https link or `null`', '`https://...`', '-'],
  }),
  organisation_since: field({
    optional: true,
    check: orNull(date),
    get: (s) => s.organisationSince,
    about: [
      'since when the organisation runs the space',
      'date or `null`',
      '`YYYY-MM-DD`',
      'the agreement with the Comune',
    ],
  }),
  project_name: field({
    check: optionalText,
    get: (s) => s.projectName,
    about: [
      'the name of the project run in the space',
      'text or `null`',
      '`null` until publicly known',
      '-',
    ],
  }),
  opening_hours: field({
    check: optionalText,
    get: (s) => s.openingHours,
    about: [
      "opening hours in OpenStreetMap's `opening_hours` syntax, in Milan's time",
      'text or `null`',
      'e.g. `Mo-Fr 09:00-12:30,14:00-18:00; PH off`',
      'the organisation',
    ],
  }),
  opening_hours_note: field({
    optional: true,
    check: orNull(texts),
    get: (s) => s.hoursNote,
    about: [
      'what the hours cannot say, e.g. "chiuso ad agosto"',
      'text per language or `null`',
      '`{"it": "…", "en": "…"}`, Italian required',
      'the organisation',
    ],
  }),
  access_step_free: field({
    optional: true,
    check: orNull(oneOf(STEP_FREE_VALUES)),
    get: (s) => s.access.stepFree,
    about: [
      'whether a wheelchair user can go in without a step',
      'text or `null`',
      '`yes`, `no`, `with-help` (a ramp or a person on request)',
      'checked on site',
    ],
  }),
  access_toilet: field({
    optional: true,
    check: orNull(boolean),
    get: (s) => s.access.toilet,
    about: [
      'whether there is an accessible toilet',
      '`true`, `false` or `null`',
      '',
      'checked on site',
    ],
  }),
  access_note: field({
    optional: true,
    check: orNull(texts),
    get: (s) => s.access.note,
    about: [
      'how to find and enter the premises, e.g. "ingresso dal cortile, seconda porta"',
      'text per language or `null`',
      '`{"it": "…", "en": "…"}`, Italian required',
      'checked on site',
    ],
  }),
  services: field({
    optional: true,
    check: orNull(textLists),
    get: (s) => s.services,
    about: [
      'the services offered, a few words each',
      'list per language or `null`',
      '`{"it": ["…", "…"], "en": ["…", "…"]}`, Italian required',
      'the organisation',
    ],
  }),
  photos: field({
    optional: true,
    check: listOrNone(listOf(photo)),
    get: (s) => noneIfEmpty(s.photos),
    about: [
      'photos of the space, each a file in `public/photos`',
      'list or `null`',
      '`{"file": "….jpg", "alt": {"it": "…"}, "author": "…", "licence": "…"}`',
      'the author, with the licence',
    ],
  }),
};

export type FieldName = keyof typeof SPACE_FIELDS;

export const FIELD_NAMES = Object.keys(SPACE_FIELDS) as FieldName[];

/** The checked values of one feature's properties, by field name. */
export type FieldValues = {
  [K in FieldName]: ReturnType<(typeof SPACE_FIELDS)[K]['check']>;
};
