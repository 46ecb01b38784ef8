/** A valid spaces document to derive broken variants from in tests. */
export function validFeature(
  overrides: Record<string, unknown> = {},
  coordinates = [9.224696, 45.434732],
) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: {
      id: 'omero-15',
      number: 1,
      area: 1,
      address: 'viale Omero 15',
      municipio: 4,
      nil_id: 35,
      nil_name: 'Lodi - Corvetto',
      neighbourhood: 'Corvetto',
      status: 'seeking-operator',
      status_date: '2020-12-16',
      status_source: 'Comune di Milano',
      status_source_url: null,
      call_title: 'Avviso',
      call_date: null,
      call_url: 'https://quartiericonnessi.comune.milano.it/',
      call_url_kind: 'programme',
      contact_email: 'quartiericonnessi@comune.milano.it',
      website: 'https://quartiericonnessi.comune.milano.it/',
      organisation: null,
      project_name: null,
      opening_hours: null,
      ...overrides,
    },
  };
}

export function collection(...features: unknown[]) {
  return { type: 'FeatureCollection', features };
}

/**
 * The fixture dataset with every field filled (tests/fixtures/spaces-complete.geojson): the nine
 * real addresses with clearly fictitious operators, hours, access, services and photos.
 */
export const COMPLETE_SPACES_FILE = 'tests/fixtures/spaces-complete.geojson';
export const COMPLETE_PHOTOS_FOLDER = 'tests/fixtures/photos';
