/**
 * What each of a space's properties means, for people: its line in the data dictionary
 * (data/README.md, in English, checked by tests/unit/data-dictionary.test.ts) and its label, help
 * and kind of input on the officials' desk (in Italian, the office's language). How a value is
 * checked is in space-fields.ts; the two tables have the same keys, which the types enforce. Kept
 * apart so that the public app, which checks the data, does not carry the words.
 */
import type { FieldName } from './space-fields.ts';

/** A row of the data dictionary, as data/README.md shows it: meaning, type, allowed values, source. */
export type DictionaryLine = [meaning: string, type: string, allowed: string, source: string];

/**
 * How the desk asks for a value. `fixed`: the programme's own facts (id, address, area, place),
 * shown but changed only by the web team; `status`: through "Cambia lo stato"; `checked`: "Ho
 * verificato questi dati oggi"; `texts` and `lists`: one value (or list) per language.
 */
export type FieldInput =
  | 'fixed'
  | 'status'
  | 'checked'
  | 'text'
  | 'date'
  | 'url'
  | 'email'
  | 'tel'
  | 'choice'
  | 'hours'
  | 'texts'
  | 'lists'
  | 'photos';

export interface FieldWords {
  input: FieldInput;
  /** The desk's label, in Italian. */
  label: string;
  /** The desk's help line under the label, in Italian. */
  help: string;
  /** For `choice`: the values the file allows, each with its Italian name. */
  choices?: readonly (readonly [value: string | boolean, label: string])[];
  about: DictionaryLine;
}

export const FIELD_DICTIONARY: Record<FieldName, FieldWords> = {
  id: {
    input: 'fixed',
    label: 'Identificativo',
    help: 'Il nome dello spazio nei link (per esempio omero-15). Non cambia mai.',
    about: [
      'stable identifier used in links (`?space=omero-15`); never change it once published',
      'text',
      'lower-case letters, digits and single hyphens; unique',
      'chosen by the project',
    ],
  },
  number: {
    input: 'fixed',
    label: 'Numero',
    help: "L'ordine dello spazio nella sua area.",
    about: [
      'the order in which the app lists the space within its area',
      'whole number',
      '1-999, unique',
      'chosen by the project',
    ],
  },
  area: {
    input: 'fixed',
    label: 'Area tematica',
    help: '1 portinerie sociali, 2 servizi innovativi e animazione, 3 impresa e comunità.',
    about: [
      'thematic area: 1 portinerie sociali, 2 servizi innovativi e animazione, 3 impresa e comunità',
      'whole number',
      '`1`, `2`, `3`',
      'Comune di Milano (programme pages)',
    ],
  },
  address: {
    input: 'fixed',
    label: 'Indirizzo',
    help: "L'indirizzo come lo si scrive.",
    about: ['the address as people write it', 'text', 'non-empty', 'Comune di Milano'],
  },
  municipio: {
    input: 'fixed',
    label: 'Municipio',
    help: "Il Municipio dell'indirizzo, dal registro dei numeri civici.",
    about: [
      'the Municipio (borough) the address is in',
      'whole number',
      '1-9',
      'house-number register DS634',
    ],
  },
  nil_id: {
    input: 'fixed',
    label: 'Numero del NIL',
    help: "Il Nucleo di Identità Locale dell'indirizzo.",
    about: ['NIL (Nucleo di Identità Locale) number', 'whole number', '1-88', 'NIL layer DS964'],
  },
  nil_name: {
    input: 'fixed',
    label: 'Nome del NIL',
    help: "Il nome del NIL com'è nello strato del Comune.",
    about: ['NIL name as in the layer', 'text', 'non-empty', 'NIL layer DS964'],
  },
  neighbourhood: {
    input: 'fixed',
    label: 'Quartiere',
    help: 'Il nome del quartiere che il Comune usa per lo spazio.',
    about: [
      'the neighbourhood name the Comune uses for the space',
      'text',
      'non-empty',
      'Comune di Milano',
    ],
  },
  status: {
    input: 'status',
    label: 'Stato',
    help: 'A che punto è lo spazio. Si cambia con «Cambia lo stato», che lo aggiunge alla storia.',
    about: [
      'where the space stands (see the table below)',
      'text',
      'one of the status values',
      'Comune di Milano',
    ],
  },
  status_date: {
    input: 'status',
    label: 'Data dello stato',
    help: 'La data della comunicazione che dà lo stato; vuota se non è nota.',
    about: [
      'the date of the statement that gives the status; `null` while it is not known',
      'date or `null`',
      '`YYYY-MM-DD`, a real date',
      'see `status_source`',
    ],
  },
  status_source: {
    input: 'status',
    label: 'Fonte dello stato',
    help: 'Chi ha comunicato lo stato, e dove (per esempio «Comune di Milano, delibera del …»).',
    about: ['who stated the status, and where', 'text', 'non-empty', '-'],
  },
  status_source_url: {
    input: 'status',
    label: 'Link alla fonte dello stato',
    help: "L'indirizzo web della comunicazione, se c'è (https://…).",
    about: [
      'link to that statement, when it is known',
      'https link or `null`',
      '`https://...`',
      '-',
    ],
  },
  status_history: {
    input: 'status',
    label: 'Storia dello stato',
    help: "Gli stati che lo spazio ha avuto, dal più vecchio; l'ultimo è lo stato attuale.",
    about: [
      'the statuses the space has had, oldest first; the last one is `status`',
      'list or `null`',
      '`{"date": "YYYY-MM-DD", "status": "…", "source": "…", "source_url": "https://…"}`',
      'as each `source` says',
    ],
  },
  call_title: {
    input: 'text',
    label: 'Avviso collegato',
    help: "L'avviso o bando a cui lo spazio è legato, descritto con parole nostre.",
    about: [
      'the public call (avviso/bando) the space is linked to, described in our words',
      'text',
      'non-empty',
      'Comune di Milano',
    ],
  },
  call_date: {
    input: 'date',
    label: "Data dell'avviso",
    help: "Il giorno di pubblicazione dell'avviso; vuoto se non è ancora pubblicato o non è noto.",
    about: [
      'publication date of that call; `null` while it is not published or not known',
      'date or `null`',
      '`YYYY-MM-DD`',
      'Comune di Milano',
    ],
  },
  call_url: {
    input: 'url',
    label: "Link all'avviso",
    help: "La pagina dell'avviso, o la pagina del programma se quella dell'avviso non è nota (https://…).",
    about: [
      "link to the call's own page, or to the programme page where the call page is not known",
      'https link',
      '`https://...`',
      'Comune di Milano',
    ],
  },
  call_url_kind: {
    input: 'choice',
    label: "Il link all'avviso porta a",
    help: "Se il link sopra porta alla pagina dell'avviso o a quella del programma.",
    choices: [
      ['call', "la pagina dell'avviso"],
      ['programme', 'la pagina del programma'],
    ],
    about: [
      'what `call_url` points to',
      'text',
      "`call` (the call's page), `programme` (the programme page)",
      '-',
    ],
  },
  checked_date: {
    input: 'checked',
    label: 'Dati verificati il',
    help: "L'ultimo giorno in cui qualcuno dell'ufficio ha verificato i dati di questo spazio.",
    about: [
      "the day an official last checked this space's facts",
      'date or `null`',
      '`YYYY-MM-DD`',
      'the official who checked',
    ],
  },
  contact_email: {
    input: 'email',
    label: 'E-mail',
    help: "L'indirizzo a cui scrivere per lo spazio.",
    about: ['e-mail to write to about the space', 'e-mail or `null`', '', 'Comune di Milano'],
  },
  website: {
    input: 'url',
    label: 'Sito web',
    help: 'Il sito dello spazio o del programma (https://…).',
    about: [
      'web site about the space or the programme',
      'https link or `null`',
      '',
      'Comune di Milano',
    ],
  },
  phone: {
    input: 'tel',
    label: 'Telefono',
    help: 'Il numero dello spazio, con cifre e spazi (per esempio +39 02 1234 5678).',
    about: [
      "the space's own telephone number",
      'text or `null`',
      'digits and spaces, an optional leading `+`',
      'the organisation',
    ],
  },
  organisation: {
    input: 'text',
    label: 'Ente gestore',
    help: "L'ente del Terzo settore che gestisce lo spazio; vuoto finché non è noto pubblicamente.",
    about: [
      'the Third-sector organisation that runs the space',
      'text or `null`',
      '`null` until publicly known',
      '-',
    ],
  },
  organisation_url: {
    input: 'url',
    label: "Sito dell'ente",
    help: "Il sito web dell'ente gestore (https://…).",
    about: ["the organisation's web site", 'https link or `null`', '`https://...`', '-'],
  },
  organisation_since: {
    input: 'date',
    label: 'Gestisce lo spazio dal',
    help: "Da quando l'ente gestisce lo spazio (la data dell'accordo con il Comune).",
    about: [
      'since when the organisation runs the space',
      'date or `null`',
      '`YYYY-MM-DD`',
      'the agreement with the Comune',
    ],
  },
  project_name: {
    input: 'text',
    label: 'Nome del progetto',
    help: 'Il nome del progetto svolto nello spazio; vuoto finché non è noto pubblicamente.',
    about: [
      'the name of the project run in the space',
      'text or `null`',
      '`null` until publicly known',
      '-',
    ],
  },
  opening_hours: {
    input: 'hours',
    label: 'Orari di apertura',
    help: "I giorni e le ore in cui lo spazio è aperto, nell'ora di Milano.",
    about: [
      "opening hours in OpenStreetMap's `opening_hours` syntax, in Milan's time",
      'text or `null`',
      'e.g. `Mo-Fr 09:00-12:30,14:00-18:00; PH off`',
      'the organisation',
    ],
  },
  opening_hours_note: {
    input: 'texts',
    label: 'Nota sugli orari',
    help: 'Quello che gli orari non sanno dire, per esempio «chiuso ad agosto».',
    about: [
      'what the hours cannot say, e.g. "chiuso ad agosto"',
      'text per language or `null`',
      '`{"it": "…", "en": "…"}`, Italian required',
      'the organisation',
    ],
  },
  access_step_free: {
    input: 'choice',
    label: 'Ingresso senza gradini',
    help: 'Se una persona in sedia a rotelle entra senza gradini.',
    choices: [
      ['yes', 'sì'],
      ['no', 'no'],
      ['with-help', 'con aiuto (una rampa o una persona su richiesta)'],
    ],
    about: [
      'whether a wheelchair user can go in without a step',
      'text or `null`',
      '`yes`, `no`, `with-help` (a ramp or a person on request)',
      'checked on site',
    ],
  },
  access_toilet: {
    input: 'choice',
    label: 'Bagno accessibile',
    help: "Se c'è un bagno accessibile.",
    choices: [
      [true, 'sì'],
      [false, 'no'],
    ],
    about: [
      'whether there is an accessible toilet',
      '`true`, `false` or `null`',
      '',
      'checked on site',
    ],
  },
  access_note: {
    input: 'texts',
    label: 'Come entrare',
    help: "Come trovare l'ingresso ed entrare, per esempio «ingresso dal cortile, seconda porta».",
    about: [
      'how to find and enter the premises, e.g. "ingresso dal cortile, seconda porta"',
      'text per language or `null`',
      '`{"it": "…", "en": "…"}`, Italian required',
      'checked on site',
    ],
  },
  services: {
    input: 'lists',
    label: 'Servizi',
    help: 'I servizi offerti, poche parole ciascuno, uno per riga.',
    about: [
      'the services offered, a few words each',
      'list per language or `null`',
      '`{"it": ["…", "…"], "en": ["…", "…"]}`, Italian required',
      'the organisation',
    ],
  },
  photos: {
    input: 'photos',
    label: 'Foto',
    help: 'Le foto dello spazio, ciascuna con testo alternativo, autore e licenza.',
    about: [
      'photos of the space, each a file in `public/photos`',
      'list or `null`',
      '`{"file": "….jpg", "alt": {"it": "…"}, "author": "…", "licence": "…"}`',
      'the author, with the licence',
    ],
  },
};
