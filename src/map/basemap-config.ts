/** Which basemap the map asks for first, and how long it waits before giving up on it. */

/** OpenFreeMap needs no key and sets no cookies. Set `VITE_BASEMAP_STYLE_URL` to use another style,
 * or to `bundled` to use only the simplified map shipped with the app. */
export const BASEMAP_STYLE_URL: string =
  import.meta.env.VITE_BASEMAP_STYLE_URL || 'https://tiles.openfreemap.org/styles/positron';

/** If the configured basemap has not loaded by then, the bundled one replaces it. */
export const BASEMAP_TIMEOUT_MS = 10_000;

/** Tile errors after the basemap first loaded that make the app give up on it. */
export const BASEMAP_MAX_TILE_ERRORS = 5;
