/** Links that open walking directions to a space in other map apps (no key needed). */

export interface LatLon {
  lat: number;
  lon: number;
}

function point({ lat, lon }: LatLon): string {
  return `${lat.toFixed(6)},${lon.toFixed(6)}`;
}

/** Google Maps URLs API: walking directions; without an origin it starts from the user's device. */
export function googleMapsDirections(to: LatLon, from?: LatLon): string {
  const params = new URLSearchParams({ api: '1', destination: point(to), travelmode: 'walking' });
  if (from) params.set('origin', point(from));
  return `https://www.google.com/maps/dir/?${params.toString().replace(/%2C/g, ',')}`;
}

/** OpenStreetMap's directions page with its walking engine. */
export function openStreetMapDirections(to: LatLon, from?: LatLon): string {
  const params = new URLSearchParams({ engine: 'fossgis_osrm_foot', to: point(to) });
  if (from) params.set('from', point(from));
  return `https://www.openstreetmap.org/directions?${params.toString().replace(/%2C/g, ',')}`;
}
