/**
 * Any text the data rules accept builds every page that shows it, and breaks none: each field of
 * a space holding a generated text (any Unicode graphemes, and the texts known to break pages),
 * its page and the home in every language are built as the build writes them
 * (scripts/prerender/), parsed with parse5 as a browser parses them, and compared with the same
 * pages built with a harmless text of the same shape. The page's schema.org data says the text.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldsHolding, pageFailure } from '../../scripts/prerender/page-failure.ts';
import { renderPages } from '../../scripts/prerender/render.tsx';
import { pageFile } from '../../scripts/prerender/page-file.ts';
import { buildReach } from '../../scripts/reach/build-reach.ts';
import type { ReachSummary } from '../../src/reach/reach-format.ts';
import { text } from '../../src/spaces/field-checks.ts';
import { FIELD_NAMES, SPACE_FIELDS } from '../../src/spaces/space-fields.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const COMPLETE = readFileSync('tests/fixtures/spaces-complete.geojson', 'utf8');
const TEMPLATE = readFileSync('index.html', 'utf8');
const SITE = { base: '/', url: 'https://example.org/' };
const SPACE = 'omero-15';

/** The fields that hold a free text (as a text, a text per language, or a list of them). */
const TEXT_FIELDS = [
  'address',
  'nil_name',
  'neighbourhood',
  'status_source',
  'call_title',
  'organisation',
  'project_name',
  'opening_hours_note',
  'access_note',
  'services',
] as const;
/** A text in these follows a syntax of its own (checked by npm run check:data), not any text. */
const SYNTAX_FIELDS = ['opening_hours'];

type Properties = Record<string, unknown>;
const perLanguage = <T>(value: T) => ({
  it: value,
  en: value,
  ar: value,
  es: value,
  fr: value,
  zh: value,
});

/** The complete fixture with `words` in every free text of the space. */
function withText(words: string): string {
  const file = JSON.parse(COMPLETE) as { features: { properties: Properties }[] };
  const properties = file.features.find((f) => f.properties.id === SPACE)!.properties;
  for (const field of TEXT_FIELDS) {
    const value = properties[field];
    properties[field] =
      field === 'services'
        ? perLanguage([words])
        : value !== null && typeof value === 'object'
          ? perLanguage(words)
          : words;
  }
  properties.status_history = (properties.status_history as Properties[]).map((event) => ({
    ...event,
    source: words,
  }));
  properties.photos = (properties.photos as Properties[]).map((photo) => ({
    ...photo,
    alt: perLanguage(words),
    author: words,
    licence: words,
  }));
  return JSON.stringify(file);
}

/** A harmless text of the same shape: every character but spaces and line ends is an x. */
const harmless = (words: string) => words.replace(/\S/gu, 'x');

function accepted(words: string): boolean {
  try {
    text(words);
    return true;
  } catch {
    return false;
  }
}

let reach: ReachSummary;
beforeAll(() => {
  reach = buildReach(COMPLETE);
});

/** The space's page and the home, in every language, as the build writes their files. */
async function builtPages(spacesText: string): Promise<string[]> {
  const pages = await renderPages(
    spacesText,
    reach,
    (page) => page.space === SPACE || page.space === null,
  );
  return pages.map((page) => pageFile(page, SITE, TEMPLATE));
}

const isElement = (node: Node): node is Element => 'tagName' in node;

/** Every element of the document as the path of tags from the root, in order. */
function elementPaths(html: string): string[] {
  const paths: string[] = [];
  const walk = (node: Node, path: string) => {
    for (const child of 'childNodes' in node ? node.childNodes : []) {
      if (!isElement(child)) continue;
      const own = `${path}>${child.tagName}${child.attrs.some((a) => a.name === 'id') ? `#${child.attrs.find((a) => a.name === 'id')!.value}` : ''}`;
      paths.push(own);
      walk(child, own);
      if ('content' in child) walk(child.content, `${own}>#content`);
    }
  };
  walk(parse(html), '');
  return paths;
}

function structuredData(html: string): Record<string, unknown> | null {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (isElement(node) && node.tagName === 'script') {
      if (node.attrs.some((a) => a.name === 'type' && a.value === 'application/ld+json'))
        found.push(node.childNodes.map((c) => ('value' in c ? c.value : '')).join(''));
    }
    for (const child of 'childNodes' in node ? node.childNodes : []) walk(child);
  };
  walk(parse(html));
  return found.length === 1 ? (JSON.parse(found[0]!) as Record<string, unknown>) : null;
}

/** Texts that broke pages or builds, or that the HTML parser reads in a state of its own. */
const KNOWN = [
  'Associazione <!--<script x',
  '</script',
  '<!-- -->',
  '<script',
  '</ScRiPt',
  ']]></style',
  '&amp; &lt; &#x3C; & <',
  'a\u2028b\u2029c',
  '"}]} -->',
  '{{address}} $t(app.title)',
  'نص عربي \u200F‎ 中文 ♿ 👩🏽‍🦯',
];

describe('any text the data rules accept', () => {
  it('accepts the texts known to break pages', () => {
    expect(KNOWN.filter((known) => !accepted(known))).toEqual([]);
  });

  it('names every field that holds a free text', () => {
    const accepts = (field: (typeof FIELD_NAMES)[number], value: unknown) => {
      try {
        SPACE_FIELDS[field].check(value);
        return true;
      } catch {
        return false;
      }
    };
    const free = FIELD_NAMES.filter(
      (field) =>
        accepts(field, 'Testo qualsiasi') ||
        accepts(field, { it: 'Testo qualsiasi' }) ||
        accepts(field, { it: ['Testo qualsiasi'] }),
    );
    expect(free.sort()).toEqual([...TEXT_FIELDS, ...SYNTAX_FIELDS].sort());
  });

  it('builds the space’s page and the home in every language with the same elements, and its schema.org data says the text', async () => {
    const words = fc.oneof(
      fc.constantFrom(...KNOWN),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(words.filter(accepted), async (words) => {
        const pages = await builtPages(withText(words));
        const plain = await builtPages(withText(harmless(words)));
        expect(pages).toHaveLength(12);
        for (const [i, page] of pages.entries()) {
          expect(elementPaths(page)).toEqual(elementPaths(plain[i]!));
        }
        const spacePages = pages.filter((page) => structuredData(page) !== null);
        expect(spacePages).toHaveLength(6);
        for (const page of spacePages) {
          const data = structuredData(page) as {
            name: string;
            provider: { name: string };
            subjectOf: { name: string };
            containedInPlace: { name: string }[];
          };
          expect(data.name).toBe(words);
          expect(data.provider.name).toBe(words);
          expect(data.subjectOf.name).toBe(words);
          expect(data.containedInPlace[0]!.name).toBe(words);
        }
      }),
      { numRuns: 30, examples: KNOWN.map((known) => [known]) },
    );
  }, 300_000);
});

describe('a build that fails', () => {
  it('names the space, the field and the reason of a text the rules refuse', async () => {
    const file = JSON.parse(COMPLETE) as { features: { properties: Properties }[] };
    file.features[0]!.properties.organisation = '<b>Associazione</b>';
    await expect(renderPages(JSON.stringify(file), reach)).rejects.toThrow(
      /feature 1 \(omero-15\), field "organisation": must not contain HTML tags/,
    );
  });

  it('names the fields of the space whose text a refused part of its page holds', () => {
    const space = validateSpacesText(withText('Associazione <!--<script x')).spaces[0]!;
    const bare = {
      ...space,
      address: 'viale Omero 15',
      organisation: 'Associazione <!--<script x',
    };
    expect(fieldsHolding(bare, '<script x","description":"viale Omero 15')).toEqual(
      expect.arrayContaining(['address', 'organisation']),
    );
    expect(fieldsHolding(bare, '<script x"}}')).not.toContain('address');
    expect(
      pageFailure({ path: 'spazi/omero-15/', space: bare }, 'it holds a script', '<script x"}}')
        .message,
    ).toMatch(
      /spazi\/omero-15\/ \(space "omero-15", viale Omero 15\).*it holds a script.*"organisation"/,
    );
  });
});
