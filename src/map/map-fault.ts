/** Why the interactive map stopped, read from the error it stopped on. */
import type { MapFault } from '../state/map-wanted.ts';

// MapLibre's words when the browser gives it no WebGL 2 context (GPUInitializationError).
const NO_WEBGL = /webgl/i;
// A module that did not arrive, as Chromium, Firefox and Safari word it, and Vite's preload.
const NOT_LOADED =
  /dynamically imported module|module script failed|unable to preload|failed to fetch/i;

export function faultOf(error: unknown): MapFault {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (NO_WEBGL.test(text)) return 'noWebgl';
  if (NOT_LOADED.test(text)) return 'notLoaded';
  return 'failed';
}

// The module's address as Chromium ("... module: URL") and Firefox ("... module: URL") give it.
const MODULE_URL = /(https?:\/\/\S+?\.m?js(?:\?\S*)?)(?=\s|$)/;

/** The address of the module that did not arrive, where the browser's message names it. */
export function failedModuleUrl(error: unknown): string | null {
  const text = error instanceof Error ? error.message : String(error);
  return NOT_LOADED.test(text) ? (MODULE_URL.exec(text)?.[1] ?? null) : null;
}
