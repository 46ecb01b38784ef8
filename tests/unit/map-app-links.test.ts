import { describe, expect, it } from 'vitest';
import { googleMapsDirections, openStreetMapDirections } from '../../src/spaces/map-app-links.ts';

const omero = { lat: 45.434732, lon: 9.224696 };

describe('walking directions in other map apps', () => {
  it('opens Google Maps on foot to the space', () => {
    expect(googleMapsDirections(omero)).toBe(
      'https://www.google.com/maps/dir/?api=1&destination=45.434732,9.224696&travelmode=walking',
    );
  });

  it('opens Google Maps by public transport to the space', () => {
    expect(googleMapsDirections(omero, 'transit')).toBe(
      'https://www.google.com/maps/dir/?api=1&destination=45.434732,9.224696&travelmode=transit',
    );
  });

  it('opens OpenStreetMap with its walking engine to the space', () => {
    expect(openStreetMapDirections(omero)).toBe(
      'https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot&to=45.434732,9.224696',
    );
  });
});
