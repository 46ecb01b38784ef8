/** The data's texts written per language (types.ts: Texts, TextLists). */
import type { Language } from '../i18n/languages.ts';

/** The value in `lang`, or the Italian one; and the language it is in. */
export function inLanguage<T>(
  values: { it: T } & Partial<Record<Language, T>>,
  lang: Language,
): { value: T; lang: Language } {
  const own = values[lang];
  return own !== undefined ? { value: own, lang } : { value: values.it, lang: 'it' };
}
