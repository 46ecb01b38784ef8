/** Links for sharing a view or a space: other map apps, and the snippet to embed the map. */

export interface SharedPlace {
  lat: number;
  lon: number;
  /** The map's zoom, for a view; a space is shown close up. */
  zoom: number;
}

const fixed = (n: number) => n.toFixed(6);

/** Google Maps URLs API: a pin on the point. */
export function googleMapsPlace({ lat, lon }: SharedPlace): string {
  return `https://www.google.com/maps/search/?api=1&query=${fixed(lat)},${fixed(lon)}`;
}

/** OpenStreetMap's permalink: a marker on the point, at the same zoom. */
export function openStreetMapPlace({ lat, lon, zoom }: SharedPlace): string {
  const z = Math.round(zoom);
  return `https://www.openstreetmap.org/?mlat=${fixed(lat)}&mlon=${fixed(lon)}#map=${z}/${fixed(lat)}/${fixed(lon)}`;
}

/** A URL's text with the commas and slashes of our parameters left readable. */
function readable(url: URL): string {
  return url.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
}

/**
 * The link to give people on paper or on a projector: the map (or one space) in the same
 * language, without this screen's view, filter, presentation or embedding.
 */
export function audienceLink(link: string, spaceId: string | null): string {
  const url = new URL(link);
  const lang = url.searchParams.get('lang');
  url.search = '';
  if (spaceId) url.searchParams.set('space', spaceId);
  if (lang) url.searchParams.set('lang', lang);
  return readable(url);
}

/** The app's own link in its compact form for an iframe. */
export function embedUrl(link: string): string {
  const url = new URL(link);
  url.searchParams.set('embed', '1');
  return readable(url);
}

/** The full app's link for a page opened in embed mode. */
export function fullAppUrl(link: string): string {
  const url = new URL(link);
  url.searchParams.delete('embed');
  return readable(url);
}

/** An iframe snippet with a title that says what the frame holds (WCAG 4.1.2). */
export function embedSnippet(link: string, title: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${embedUrl(link)}" title="${escaped}" width="100%" height="520" style="border:0" loading="lazy"></iframe>`;
}
