/** Fetches the spaces file the app was built with (or the one configured) and validates it. */
import spacesFileUrl from '../../data/spaces.geojson?url';
import { dataVersion } from './data-version.ts';
import { validateSpacesText, type ValidationResult } from './validate-spaces.ts';

/** `VITE_SPACES_URL` lets a deployment serve the file from elsewhere; by default it is bundled. */
export const SPACES_URL: string = import.meta.env.VITE_SPACES_URL || spacesFileUrl;

export async function loadSpaces(
  url: string = SPACES_URL,
  fetchImpl: typeof fetch = fetch,
): Promise<ValidationResult | { unreachable: true }> {
  let text: string;
  try {
    const response = await fetchImpl(url);
    if (!response.ok) return { unreachable: true };
    text = await response.text();
  } catch {
    return { unreachable: true };
  }
  return readSpacesFile(text);
}

/** The spaces file's text, validated and with its version: as the app and the prerender read it. */
export function readSpacesFile(text: string): ValidationResult {
  return { ...validateSpacesText(text), version: dataVersion(text) };
}
