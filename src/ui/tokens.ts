/**
 * The design tokens of src/styles/tokens.css for what draws without CSS (the map's layers, the
 * bundled basemap, the print picture), read from the page so that tokens.css stays the one source.
 */
export type ColourToken =
  | 'area-1'
  | 'area-2'
  | 'area-3'
  | 'color-on-dark'
  | 'map-ground'
  | 'map-outside'
  | 'map-street'
  | 'map-street-edge'
  | 'map-border'
  | 'map-edge'
  | 'map-number'
  | 'map-neighbourhood'
  | 'map-label'
  | 'map-label-halo'
  | 'map-landmark'
  | 'map-route'
  | 'walk-5'
  | 'walk-10'
  | 'walk-15';

export function colour(name: ColourToken): string {
  return getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim();
}

/** The area's colour, as its markers and glyphs have it. */
export function areaColour(area: 1 | 2 | 3): string {
  return colour(`area-${area}`);
}
