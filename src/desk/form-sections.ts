/** The desk form's sections, in order. */
import type { FieldName } from '../spaces/space-fields.ts';

/** The form's sections, in order; every field of the table is in one (a unit test holds to it). */
export const FORM_SECTIONS: readonly [section: string, fields: readonly FieldName[]][] = [
  [
    'programme',
    ['id', 'number', 'area', 'address', 'municipio', 'nil_id', 'nil_name', 'neighbourhood'],
  ],
  ['status', ['status', 'status_date', 'status_source', 'status_source_url', 'status_history']],
  ['call', ['call_title', 'call_date', 'call_url', 'call_url_kind']],
  ['operator', ['organisation', 'organisation_url', 'organisation_since', 'project_name']],
  ['hours', ['opening_hours', 'opening_hours_note']],
  ['access', ['access_step_free', 'access_toilet', 'access_note']],
  ['contacts', ['contact_email', 'website', 'phone']],
  ['services', ['services']],
  ['photos', ['photos']],
  ['checked', ['checked_date']],
];
