/** The programme's updates: read and checked, the presentation's milestones, the Atom feeds. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFeeds } from '../../scripts/feed/updates-feed.ts';
import {
  describeUpdateProblem,
  milestones,
  readUpdates,
  UPDATE_FIELD_NAMES,
} from '../../src/spaces/updates.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';

const text = readFileSync('data/updates.json', 'utf8');
const ids = new Set(
  validateSpacesText(readFileSync('data/spaces.geojson', 'utf8')).spaces.map((s) => s.id),
);

function entry(overrides: Record<string, unknown> = {}) {
  return {
    id: '2026-01-10-prova',
    date: '2026-01-10',
    kind: 'opening',
    milestone: false,
    spaces: ['omero-15'],
    title: { it: 'Apre la portineria di prova' },
    text: null,
    source: 'Fonte di prova',
    source_url: null,
    ...overrides,
  };
}

const problemsOf = (...entries: unknown[]) =>
  readUpdates(JSON.stringify({ updates: entries }), ids).problems.map(describeUpdateProblem);

describe('data/updates.json', () => {
  it('reads with no problem, newest first, every entry sourced', () => {
    const { updates, problems } = readUpdates(text, ids);
    expect(problems).toEqual([]);
    expect(updates.map((u) => u.date)).toEqual(['2020-12-16', '2020-01-03', '2018-03-16']);
    for (const update of updates) expect(update.source).not.toBe('');
  });

  it('gives the presentation its milestones, oldest first', () => {
    const { updates } = readUpdates(text, ids);
    expect(milestones(updates).map((u) => u.title.it)).toEqual([
      'Presentato il progetto Quartieri Connessi',
      'Primo avviso per gli enti del Terzo settore',
      'Nuovo avviso: una proposta per ogni area',
    ]);
    expect(milestones([{ ...updates[0]!, milestone: false }])).toEqual([]);
  });
});

describe('the data dictionary', () => {
  it('documents every field of an update in data/README.md, and no other', () => {
    const readme = readFileSync('data/README.md', 'utf8');
    const section = readme.slice(readme.indexOf("# The programme's updates"));
    const rows = section
      .split('\n')
      .filter((line) => /^\| `/.test(line))
      .map((line) => line.split('|')[1]!.trim().replace(/`/g, ''));
    expect(rows).toEqual(UPDATE_FIELD_NAMES);
  });
});

describe('a broken update is named and left out', () => {
  it.each([
    [
      { kind: 'news' },
      'update 1, field "kind": must be one of "programme", "call", "status", "operator", "opening", got "news"',
    ],
    [{ date: '2026-13-01' }, 'update 1, field "date": 2026-13-01 is not a real date'],
    [
      { title: { en: 'Opening' } },
      'update 1, field "title": must have an Italian value ("it"); other languages are optional',
    ],
    [{ spaces: ['omero-16'] }, 'update 1, field "spaces": no space has the id "omero-16"'],
    [
      { source_url: 'http://example.org' },
      'update 1, field "source_url": must be an https:// link, got "http://example.org"',
    ],
    [
      { milestone: 'yes' },
      'update 1, field "milestone": must be true or false (no quotes), got "yes"',
    ],
    [{ title: undefined }, 'update 1, field "title": is missing'],
  ])('%j', (overrides, message) => {
    const result = readUpdates(JSON.stringify({ updates: [entry(overrides)] }), ids);
    expect(result.problems.map(describeUpdateProblem)).toEqual([message]);
    expect(result.updates).toEqual([]);
  });

  it('an id used twice keeps the first', () => {
    expect(problemsOf(entry(), entry())).toEqual([
      'update 2, field "id": "2026-01-10-prova" is already used',
    ]);
  });

  it('an unknown field is a warning, and the entry stays', () => {
    const result = readUpdates(JSON.stringify({ updates: [entry({ titel: 'x' })] }), ids);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'titel' }),
    ]);
    expect(result.updates).toHaveLength(1);
  });

  it('a file that is not the list says so', () => {
    expect(readUpdates('[]').problems.map(describeUpdateProblem)).toEqual([
      'the file must be {"updates": [ … ]}',
    ]);
    expect(readUpdates('{').problems[0]!.message).toMatch(/^the file is not valid JSON/);
  });
});

describe('the Atom feeds', () => {
  const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

  it('one per language, valid Atom, with an entry per update and stable tag ids', () => {
    const feeds = buildFeeds('https://example.org/mappa/');
    expect(Object.keys(feeds)).toEqual(['it', 'en', 'es', 'fr', 'ar', 'zh']);
    const it = parse(feeds.it);
    expect(it.querySelector('parsererror')).toBeNull();
    expect(it.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(it.querySelector('feed > title')!.textContent).toBe('Quartieri Connessi: aggiornamenti');
    expect(it.querySelector('feed > id')!.textContent).toBe(
      'tag:quartiericonnessi.comune.milano.it,2018:updates:it',
    );
    expect(it.querySelector('feed > updated')!.textContent).toBe('2020-12-16T00:00:00.000Z');
    const entries = [...it.querySelectorAll('entry')];
    // The title is the update's own; its kind is a category, said once.
    expect(entries.map((e) => e.querySelector('title')!.textContent)).toEqual([
      'Nuovo avviso: una proposta per ogni area',
      'Primo avviso per gli enti del Terzo settore',
      'Presentato il progetto Quartieri Connessi',
    ]);
    expect(entries.map((e) => e.querySelector('category')!.getAttribute('label'))).toEqual([
      'Avviso',
      'Avviso',
      'Programma',
    ]);
    expect(it.documentElement.getAttribute('xml:lang')).toBe('it');
    expect(it.documentElement.getAttribute('xml:base')).toBe('https://example.org/mappa/');
    expect(entries[0]!.querySelector('id')!.textContent).toBe(
      'tag:quartiericonnessi.comune.milano.it,2018:update:2020-12-16-nuovo-avviso:it',
    );
    expect(entries[0]!.querySelector('link')!.getAttribute('href')).toBe(
      'https://example.org/mappa/?page=updates#update-2020-12-16-nuovo-avviso',
    );
    const content = entries[0]!.querySelector('content')!.textContent!;
    // Each space links to its page in the feed's language.
    expect(content).toContain(
      '<p>Spazi: <a href="https://example.org/mappa/spazi/faenza-25/" lang="it">viale Faenza 25</a>, ',
    );
    expect(content).toContain(
      '<p>Fonte: <a href="https://www.comune.milano.it/aree-tematiche/casa/progetti/progetto-quartieri-connessi">Comune di Milano</a></p>',
    );
  });

  it('in each language, and with links relative to the feed when the site is not configured', () => {
    const feeds = buildFeeds();
    const en = parse(feeds.en);
    expect(en.querySelector('feed > title')!.textContent).toBe('Quartieri Connessi: updates');
    expect(en.querySelector('entry > title')!.textContent).toBe(
      'New call: one proposal for each area',
    );
    expect(en.querySelector('entry > link')!.getAttribute('href')).toBe(
      './en/?page=updates#update-2020-12-16-nuovo-avviso',
    );
    expect(en.documentElement.getAttribute('xml:lang')).toBe('en');
    expect(en.documentElement.hasAttribute('xml:base')).toBe(false);
    expect(parse(feeds.ar).querySelector('feed > title')!.textContent).toBe(
      'Quartieri Connessi: المستجدات',
    );
  });

  it('escapes the texts it puts in HTML, and falls back to Italian', () => {
    const dir = 'test-results';
    const path = `${dir}/updates-hostile.json`;
    // Tags are refused by the data's rules (below); what remains is escaped all the same.
    const hostile = entry({
      title: { it: 'Apre < lo spazio & co. >' },
      text: { it: 'Orari: 9 < 12 & "chiuso" > 18' },
    });
    // Written beside the tests' other outputs: buildFeeds reads a file, as the build does.
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, JSON.stringify({ updates: [hostile] }));
    const fr = parse(buildFeeds(undefined, path).fr);
    // An HTML title (type="html"), escaped: a feed reader shows "Apre < lo spazio & co. >".
    const title = fr.querySelector('entry > title')!;
    expect(title.getAttribute('type')).toBe('html');
    expect(title.textContent).toBe('Apre &#60; lo spazio &#38; co. &#62;');
    expect(fr.querySelector('entry > category')!.getAttribute('label')).toBe('Ouverture');
    const content = fr.querySelector('entry > content')!.textContent!;
    // The text has no French: it is the Italian one, said to be.
    expect(content).toContain('<p><span lang="it">Orari: 9 &#60; 12 &#38;');
  });

  it('a text with a script fails the build, naming the rule', () => {
    mkdirSync('test-results', { recursive: true });
    const path = 'test-results/updates-script.json';
    writeFileSync(
      path,
      JSON.stringify({ updates: [entry({ text: { it: '<script>alert(1)</script>' } })] }),
    );
    expect(() => buildFeeds(undefined, path)).toThrow(
      /update 1, field "text": "it": must not contain HTML tags/,
    );
  });

  it('a broken file fails the build, naming the problem', () => {
    mkdirSync('test-results', { recursive: true });
    const path = 'test-results/updates-broken.json';
    writeFileSync(path, JSON.stringify({ updates: [entry({ kind: 'news' })] }));
    expect(() => buildFeeds(undefined, path)).toThrow(/update 1, field "kind": must be one of/);
  });
});
