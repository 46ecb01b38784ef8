/** A space between its two forms: the file's checked properties and the app's Space. */
import { FIELD_NAMES, SPACE_FIELDS, type FieldValues } from './space-fields.ts';
import type { Space } from './types.ts';

/** The app's Space from a feature's checked values and its point. */
export function toSpace(v: FieldValues, point: { lat: number; lon: number }): Space {
  return {
    id: v.id,
    number: v.number,
    area: v.area,
    address: v.address,
    lat: point.lat,
    lon: point.lon,
    municipio: v.municipio,
    nil: { id: v.nil_id, name: v.nil_name },
    neighbourhood: v.neighbourhood,
    status: v.status,
    statusDate: v.status_date,
    statusSource: v.status_source,
    statusSourceUrl: v.status_source_url,
    statusHistory: v.status_history,
    call: { title: v.call_title, date: v.call_date, url: v.call_url, urlKind: v.call_url_kind },
    contacts: { email: v.contact_email, website: v.website, phone: v.phone },
    organisation: v.organisation,
    organisationUrl: v.organisation_url,
    organisationSince: v.organisation_since,
    projectName: v.project_name,
    openingHours: v.opening_hours,
    hoursNote: v.opening_hours_note,
    access: { stepFree: v.access_step_free, toilet: v.access_toilet, note: v.access_note },
    services: v.services,
    photos: v.photos,
    checkedDate: v.checked_date,
  };
}

/** A space's properties as data/spaces.geojson writes them, in the table's order. */
export function toProperties(space: Space): FieldValues {
  return Object.fromEntries(
    FIELD_NAMES.map((name) => [name, SPACE_FIELDS[name].get(space)]),
  ) as FieldValues;
}
