import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string'
      ? { ...all, [path]: value }
      : { ...all, ...flatten(value, path) };
  }, {});
}

/** Plural forms (`_one`, `_other`, ...) differ between languages: compare their base key. */
function baseKeys(keys: string[]): string[] {
  return [...new Set(keys.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

const dir = 'src/i18n/locales';
const locales = Object.fromEntries(
  readdirSync(dir).map((file) => [
    file.replace('.json', ''),
    flatten(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'))),
  ]),
);

describe('the translations', () => {
  it('exist for exactly the languages the app offers', () => {
    expect(Object.keys(locales).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES.filter((l) => l !== 'it'))('%s has the same keys as Italian', (lang) => {
    expect(baseKeys(Object.keys(locales[lang]!))).toEqual(baseKeys(Object.keys(locales.it!)));
  });

  it.each(LANGUAGES)('%s has no empty value', (lang) => {
    const empty = Object.entries(locales[lang]!).filter(([, v]) => v.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'it'))(
    '%s uses the same placeholders as Italian',
    (lang) => {
      const it = locales.it!;
      const mismatched = Object.entries(locales[lang]!)
        .map(([key, value]) => {
          const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
          const reference = it[key] ?? it[`${base}_other`] ?? '';
          return [key, placeholders(value), placeholders(reference)] as const;
        })
        .filter(([, mine, theirs]) => mine.join() !== theirs.join());
      expect(mismatched).toEqual([]);
    },
  );
});
