/**
 * Links that open a place, or walking directions to it, in other map apps (no key needed).
 * Directions name the destination only: a resident's starting point never leaves the page, and
 * the map app asks where they start (Google Maps offers the device's own position).
 */
import type { LatLon } from './types.ts';

/** A point as map apps read it: six decimals (about 10 cm). */
function point({ lat, lon }: LatLon): string {
  return `${lat.toFixed(6)},${lon.toFixed(6)}`;
}

/** A query string with the commas and slashes of coordinates left readable. */
export function readableQuery(params: URLSearchParams): string {
  return params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
}

/**
 * Google Maps URLs API: directions on foot, or by public transport (tram, bus, metro, train),
 * from where the person's device says they are.
 */
export function googleMapsDirections(to: LatLon, mode: 'walking' | 'transit' = 'walking'): string {
  const params = new URLSearchParams({ api: '1', destination: point(to), travelmode: mode });
  return `https://www.google.com/maps/dir/?${readableQuery(params)}`;
}

/** OpenStreetMap's directions page with its walking engine; the person fills in the start. */
export function openStreetMapDirections(to: LatLon): string {
  const params = new URLSearchParams({ engine: 'fossgis_osrm_foot', to: point(to) });
  return `https://www.openstreetmap.org/directions?${readableQuery(params)}`;
}

/** A place to open in another map app; `zoom` is the map's, or close up for a space. */
export interface SharedPlace extends LatLon {
  zoom: number;
}

/** Google Maps URLs API: a pin on the point. */
export function googleMapsPlace(place: SharedPlace): string {
  return `https://www.google.com/maps/search/?api=1&query=${point(place)}`;
}

/** OpenStreetMap's permalink: a marker on the point, at the same zoom. */
export function openStreetMapPlace({ lat, lon, zoom }: SharedPlace): string {
  const [mlat, mlon] = point({ lat, lon }).split(',');
  return `https://www.openstreetmap.org/?mlat=${mlat}&mlon=${mlon}#map=${Math.round(zoom)}/${mlat}/${mlon}`;
}
