/** Chooses the basemap: the configured one first, the bundled one when it fails or is too slow. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ErrorEvent } from 'react-map-gl/maplibre';
import {
  BASEMAP_MAX_TILE_ERRORS,
  BASEMAP_STYLE_URL,
  BASEMAP_TIMEOUT_MS,
} from './basemap-config.ts';
import { bundledStyle } from './bundled-style.ts';

/** `onFallback` hears once that the bundled basemap replaced the configured one. */
export function useBasemap(onFallback: () => void) {
  const [usingFallback, setUsingFallback] = useState(BASEMAP_STYLE_URL === 'bundled');
  const loaded = useRef(false);
  const tileErrors = useRef(0);

  const fallBack = useCallback(
    (why: unknown) => {
      if (usingFallback) return;
      console.warn('Basemap unavailable, using the bundled one:', why);
      setUsingFallback(true);
      onFallback();
    },
    [usingFallback, onFallback],
  );

  useEffect(() => {
    if (usingFallback) return;
    const timer = window.setTimeout(() => {
      if (!loaded.current) fallBack(`no load within ${BASEMAP_TIMEOUT_MS} ms`);
    }, BASEMAP_TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [usingFallback, fallBack]);

  const onLoad = useCallback(() => {
    loaded.current = true;
  }, []);

  // Before the first load any error means the basemap cannot be shown; after it, a few missing
  // tiles are tolerated so that one hiccup does not swap the map under the person's eyes.
  const onError = useCallback(
    (event: ErrorEvent) => {
      if (usingFallback) return;
      if (!loaded.current) {
        fallBack(event.error);
        return;
      }
      tileErrors.current += 1;
      if (tileErrors.current >= BASEMAP_MAX_TILE_ERRORS) fallBack(event.error);
    },
    [usingFallback, fallBack],
  );

  const style = useMemo(
    () => (usingFallback ? bundledStyle() : BASEMAP_STYLE_URL),
    [usingFallback],
  );

  return { style, onLoad, onError, usingFallback };
}
