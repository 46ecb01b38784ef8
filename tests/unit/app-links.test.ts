import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/share/share-links.ts';
import { googleMapsPlace, openStreetMapPlace } from '../../src/spaces/map-app-links.ts';
import { audienceLink, embedUrl, fullAppUrl } from '../../src/state/app-links.ts';

const here =
  'https://example.org/mappa/?space=omero-15&areas=1,3&map=15/45.43473/9.2247&lang=en&present=1&step=5';

describe('links for sharing', () => {
  it('gives the audience the page of the map or of one space, in the same language, without this screen’s state', () => {
    expect(audienceLink(here, null, '/mappa/')).toBe('https://example.org/mappa/en/');
    expect(audienceLink(here, 'capuana-7', '/mappa/')).toBe(
      'https://example.org/mappa/en/spaces/capuana-7/',
    );
    // From a space's page, in Italian, at the base.
    const page = 'https://example.org/spazi/omero-15/?areas=1';
    expect(audienceLink(page, 'omero-15', '/')).toBe('https://example.org/spazi/omero-15/');
    expect(audienceLink(page, null, '/')).toBe('https://example.org/');
  });

  it('keeps the page’s path in the embedded form', () => {
    const embedded = embedUrl('https://example.org/fr/espaces/omero-15/?areas=1');
    expect(embedded).toBe('https://example.org/fr/espaces/omero-15/?areas=1&embed=1');
    expect(fullAppUrl(embedded)).toBe('https://example.org/fr/espaces/omero-15/?areas=1');
  });

  it('turns a link into its embedded form and back', () => {
    const embedded = embedUrl('https://example.org/?space=omero-15&lang=it');
    expect(embedded).toBe('https://example.org/?space=omero-15&lang=it&embed=1');
    expect(fullAppUrl(embedded)).toBe('https://example.org/?space=omero-15&lang=it');
  });

  it('writes an iframe with a title, escaping quotes', () => {
    expect(embedSnippet('https://example.org/', 'La "mappa"')).toBe(
      '<iframe src="https://example.org/?embed=1" title="La &quot;mappa&quot;" width="100%" height="520" style="border:0" loading="lazy"></iframe>',
    );
  });

  it('opens a point in other maps', () => {
    const place = { lat: 45.434732, lon: 9.224696, zoom: 16.6 };
    expect(googleMapsPlace(place)).toBe(
      'https://www.google.com/maps/search/?api=1&query=45.434732,9.224696',
    );
    expect(openStreetMapPlace(place)).toBe(
      'https://www.openstreetmap.org/?mlat=45.434732&mlon=9.224696#map=17/45.434732/9.224696',
    );
  });
});
