/**
 * The README and the guides in docs/ link to each other and to the repository's files: every link
 * leads to a file that exists and, with an anchor, to a heading of it (as GitHub names headings),
 * and every guide is reached from the README.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const PAGES = [
  'README.md',
  'data/README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The text outside code blocks and code spans, where a link is a link. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** A heading's anchor, as GitHub makes it: lower case, no punctuation, a hyphen per space. */
export function headingAnchor(heading: string): string {
  return heading
    .replace(/[`*_]|\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}_\- ]/gu, '')
    .replaceAll(' ', '-');
}

/** Every anchor of a page's headings; a repeated heading gets -1, -2... as on GitHub. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading] of markdown
    .replace(/^```[\s\S]*?^```/gm, '')
    .matchAll(/^#{1,6} (.+)$/gm)) {
    const anchor = headingAnchor(heading!);
    const times = seen.get(anchor) ?? 0;
    seen.set(anchor, times + 1);
    anchors.add(times === 0 ? anchor : `${anchor}-${times}`);
  }
  return anchors;
}

/** Every link of a page to a place in the repository: [text](target), ![alt](target). */
function linksOf(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map(([, target]) => target!)
    .filter((target) => !/^(?:https?:|mailto:)/.test(target));
}

describe('the README and the guides', () => {
  it.each(PAGES)('%s: every link leads to a file and a heading that exist', (page) => {
    const dead: string[] = [];
    for (const link of linksOf(readFileSync(page, 'utf8'))) {
      const [path = '', anchor] = link.split('#');
      const file = path ? normalize(join(dirname(page), decodeURI(path))) : page;
      if (!existsSync(file)) dead.push(`${link} (no file ${file})`);
      else if (anchor !== undefined && !anchorsOf(readFileSync(file, 'utf8')).has(anchor))
        dead.push(`${link} (no heading #${anchor} in ${file})`);
    }
    expect(dead).toEqual([]);
  });

  it('reaches every guide from the README', () => {
    const linked = new Set(
      linksOf(readFileSync('README.md', 'utf8')).map((link) => link.split('#')[0]),
    );
    expect(PAGES.filter((page) => page.startsWith('docs/') && !linked.has(page))).toEqual([]);
  });

  it('names headings as GitHub does', () => {
    expect(headingAnchor("La scrivania dei dati (for the programme's staff)")).toBe(
      'la-scrivania-dei-dati-for-the-programmes-staff',
    );
    expect(headingAnchor('Telling what changed: `data/updates.json`')).toBe(
      'telling-what-changed-dataupdatesjson',
    );
    expect(headingAnchor('Pages, previews and the sitemap')).toBe('pages-previews-and-the-sitemap');
  });
});
