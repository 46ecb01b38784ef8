import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, preferredLanguage } from '../../src/i18n/languages.ts';
import { formatDate } from '../../src/i18n/format-date.ts';
import { formatDay, formatTime } from '../../src/hours/hours-text.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string'
      ? { ...all, [path]: value }
      : { ...all, ...flatten(value, path) };
  }, {});
}

/** Plural forms (`_one`, `_other`, ...) differ between languages: they are compared by base key. */
const PLURAL = /_(zero|one|two|few|many|other)$/;

function baseKeys(keys: string[]): string[] {
  return [...new Set(keys.map((k) => k.replace(PLURAL, '')))].sort();
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]!).sort();
}

const dir = 'src/i18n/locales';
const locales = Object.fromEntries(
  readdirSync(dir).map((file) => [
    file.replace('.json', ''),
    flatten(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'))),
  ]),
);
const italian = locales.it!;
const others = LANGUAGES.filter((l) => l !== 'it');

describe('the translations', () => {
  it('exist for exactly the languages the app offers', () => {
    expect(Object.keys(locales).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(others)('%s has the same keys as Italian', (lang) => {
    expect(baseKeys(Object.keys(locales[lang]!))).toEqual(baseKeys(Object.keys(italian)));
  });

  it.each(LANGUAGES)('%s has no empty value', (lang) => {
    expect(Object.entries(locales[lang]!).filter(([, v]) => v.trim() === '')).toEqual([]);
  });

  it.each(others)('%s keeps no placeholder that Italian does not have', (lang) => {
    const wrong = Object.entries(locales[lang]!).flatMap(([key, value]) => {
      const base = key.replace(PLURAL, '');
      const plural = base !== key;
      const reference = placeholders(italian[plural ? `${base}_other` : key] ?? '');
      const mine = placeholders(value);
      // A plural form may leave the number out (Arabic "مكانان", two places); every other text
      // keeps exactly the placeholders of the Italian one.
      const ok =
        plural && !key.endsWith('_other')
          ? mine.every((p) => reference.includes(p))
          : mine.join() === reference.join();
      return ok ? [] : [{ key, mine, reference }];
    });
    expect(wrong).toEqual([]);
  });

  it.each(LANGUAGES)('%s has every plural form the language needs', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const bases = [
      ...new Set(
        Object.keys(italian)
          .filter((k) => PLURAL.test(k))
          .map((k) => k.replace(PLURAL, '')),
      ),
    ];
    const missing = bases.flatMap((base) =>
      categories.map((c) => `${base}_${c}`).filter((k) => !(k in locales[lang]!)),
    );
    expect(missing).toEqual([]);
  });
});

describe('choosing the language from the browser', () => {
  it.each([
    [['ar-EG', 'en-US'], 'ar'],
    [['de-DE', 'fr-FR'], 'fr'],
    [['zh-CN'], 'zh'],
    [['de-DE'], 'it'],
    [[], 'it'],
  ])('%j gives %s', (browser, lang) => {
    expect(preferredLanguage(browser)).toBe(lang);
  });
});

describe('dates and times in each language', () => {
  it('writes English dates as read in Europe, day first, and every language its own way', () => {
    expect(formatDate('2026-12-06', 'en')).toBe('6 December 2026');
    expect(formatDate('2026-12-06', 'it')).toBe('6 dicembre 2026');
    expect(formatDate('2026-12-06', 'fr')).toBe('6 décembre 2026');
    expect(formatDay('2026-12-07', 'en')).toBe('Monday 7 December');
  });

  it('writes times on the 24-hour clock in English too', () => {
    expect(formatTime('14:30', 'en')).toBe('14:30');
    expect(formatTime('24:00', 'en')).toBe('24:00');
  });
});
