/**
 * What a space's page tells search engines in schema.org terms (JSON-LD): a civic structure with
 * its address in Milan, its point, the neighbourhood and Municipio it lies in, its page and the
 * programme's page about it, and the contacts and photo the data knows. Nothing is said that the
 * data does not hold: no hours while they are unknown (data/README.md lists the fields used).
 */
import type { CivicStructure, OpeningHoursSpecification, WithContext } from 'schema-dts';
import type { Space } from '../spaces/types.ts';

export interface PageWords {
  /** The space's name: its address. */
  name: string;
  description: string;
  /** The page's own address (absolute where the site's address is known). */
  url: string;
  /** The photo's address, where the space has one. */
  image: string | null;
}

export function spaceStructuredData(
  space: Space,
  words: PageWords,
  hours: OpeningHoursSpecification[] = [],
): WithContext<CivicStructure> {
  const { email, phone } = space.contacts;
  return {
    '@context': 'https://schema.org',
    '@type': 'CivicStructure',
    '@id': `${words.url}#space`,
    name: words.name,
    description: words.description,
    url: words.url,
    address: {
      '@type': 'PostalAddress',
      streetAddress: space.address,
      addressLocality: 'Milano',
      addressRegion: 'Lombardia',
      addressCountry: 'IT',
    },
    geo: { '@type': 'GeoCoordinates', latitude: space.lat, longitude: space.lon },
    containedInPlace: [
      { '@type': 'Place', name: space.nil.name },
      { '@type': 'AdministrativeArea', name: `Municipio ${space.municipio}, Milano` },
    ],
    subjectOf: { '@type': 'WebPage', url: space.call.url, name: space.call.title },
    ...(email ? { email } : {}),
    ...(phone ? { telephone: phone } : {}),
    ...(words.image ? { image: words.image } : {}),
    ...(space.organisation
      ? {
          provider: {
            '@type': 'Organization',
            name: space.organisation,
            ...(space.organisationUrl ? { url: space.organisationUrl } : {}),
          },
        }
      : {}),
    ...(hours.length > 0 ? { openingHoursSpecification: hours } : {}),
  } as WithContext<CivicStructure>;
}

/**
 * The JSON-LD as a `<script>` element's text. `<`, `>` and `&` are written as JSON escapes, so no
 * text can end the element (`</script`) or put the HTML parser in its script states (`<!--`,
 * `<script`), which would make it read the rest of the page as script; U+2028 and U+2029, which
 * some JavaScript parsers read as line ends, are escaped too. JSON.parse reads them back as they were.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
