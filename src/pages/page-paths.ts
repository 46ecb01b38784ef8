/**
 * Where each page of the app lives, relative to the app's base: the home of each language and a
 * page per space and language, each a real file (scripts/prerender/). Italian is at the base:
 * `spazi/omero-15/`; another language under its code: `en/spaces/omero-15/`.
 */
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../i18n/languages.ts';
import { SPACE_ID_PATTERN } from '../spaces/field-checks.ts';

/** The folder of the space pages, in each language's words (plain ASCII, as links travel). */
export const SPACES_FOLDER: Record<Language, string> = {
  it: 'spazi',
  en: 'spaces',
  es: 'espacios',
  fr: 'espaces',
  ar: 'spaces',
  zh: 'spaces',
};

/** The page's path below the base: '' (the Italian home), 'en/', 'spazi/omero-15/', ... */
export function pagePath(lang: Language, spaceId: string | null): string {
  const home = lang === DEFAULT_LANGUAGE ? '' : `${lang}/`;
  return spaceId ? `${home}${SPACES_FOLDER[lang]}/${encodeURIComponent(spaceId)}/` : home;
}

/** What a page's path says: its language (none at the base, the Italian home) and its space. */
export interface PagePlace {
  lang: Language | null;
  space: string | null;
}

/**
 * Reads a path written by `pagePath` (with or without `index.html` or the last slash). A path
 * the app did not write (a server's fallback, a typo) reads as the base: the home.
 */
export function readPagePath(pathname: string, base: string): PagePlace {
  const home: PagePlace = { lang: null, space: null };
  if (!pathname.startsWith(base.replace(/\/$/, ''))) return home;
  const rest = pathname.slice(base.replace(/\/$/, '').length).replace(/(^|\/)index\.html$/, '');
  const parts = rest.split('/').filter(Boolean).map(safeDecode);
  const first = parts[0];
  const lang: Language =
    first !== undefined && first !== DEFAULT_LANGUAGE && isLanguage(first)
      ? first
      : DEFAULT_LANGUAGE;
  const folder = lang === DEFAULT_LANGUAGE ? parts : parts.slice(1);
  if (folder.length === 0) return lang === DEFAULT_LANGUAGE ? home : { lang, space: null };
  if (folder.length === 2 && folder[0] === SPACES_FOLDER[lang] && SPACE_ID_PATTERN.test(folder[1]!))
    return { lang, space: folder[1]! };
  return home;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Every page a build makes, for these spaces: each language's home and space pages. */
export function allPages(spaceIds: readonly string[]): { lang: Language; space: string | null }[] {
  return LANGUAGES.flatMap((lang) => [
    { lang, space: null },
    ...spaceIds.map((space) => ({ lang, space })),
  ]);
}

/** The app's base path, as Vite was told (`base`), with its last slash: '/', '/mappa/'. */
export function appBase(): string {
  return import.meta.env.BASE_URL || '/';
}
