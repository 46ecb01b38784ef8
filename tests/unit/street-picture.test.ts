/**
 * The streets on a space's still map (scripts/prerender/street-picture.ts): every space's own
 * street named, the streets that meet it near the space named too, in the city picture's units.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { streetPictures } from '../../scripts/prerender/street-picture.ts';
import { toPicture } from '../../src/map/first-view-geometry.ts';
import { streetsBounds, streetsPath } from '../../src/map/first-view-streets.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';

const { spaces } = validateSpacesText(readFileSync('data/spaces.geojson', 'utf8'));
const pictures = streetPictures(spaces);
const names = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);

describe('the streets around each space', () => {
  it('name the street of each space first, in bold, as its address writes it', () => {
    for (const space of spaces) {
      const svg = pictures.get(streetsPath(space.id))!;
      const [own] = names(svg);
      expect(space.address.toLowerCase().startsWith(own!.toLowerCase()), space.id).toBe(true);
      expect(svg).toMatch(/<text [^>]*font-weight="700"[^>]*>[^<]+<\/text>/);
    }
  });

  it('name the streets that meet it near the space', () => {
    const omero = names(pictures.get(streetsPath('omero-15'))!);
    expect(omero[0]).toBe('Viale Omero');
    expect(omero).toContain('Via Nicolò Barabino');
    expect(omero.length).toBeLessThanOrEqual(6);
  });

  it('cover the square around the space in the city picture’s units, so that it lies on it', () => {
    const space = spaces.find((s) => s.id === 'faenza-25')!;
    const [west, south, east, north] = streetsBounds(space);
    const [x0, y0] = toPicture({ lat: north, lon: west });
    const [x1, y1] = toPicture({ lat: south, lon: east });
    const viewBox = /viewBox="([^"]+)"/.exec(pictures.get(streetsPath(space.id))!)![1]!;
    expect(viewBox.split(' ').map(Number)).toEqual(
      [x0, y0, x1 - x0, y1 - y0].map((n) => Number(n.toFixed(2))),
    );
  });
});
