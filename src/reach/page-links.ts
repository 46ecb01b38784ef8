/** The links to the coverage's own pages: a page a link can open, in the page's language. */
import { toSearch, parseUrlState, type AppPage } from '../state/url-state.ts';
import type { Language } from '../i18n/languages.ts';

export function appPageLink(lang: Language, page: AppPage, compare: readonly string[]): string {
  return toSearch({ ...parseUrlState('').state, lang, page, compare: [...compare] });
}
