/**
 * Every page the build makes, read as a search engine or a chat reads it: built here under a
 * sub-path with the site's address (VITE_SITE_URL), then each page parsed with cheerio. The build
 * is made with a spaces file as the officials' desk saves it, after recording an opening
 * (SPACES_FILE): the pages show what the desk changed.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'cheerio';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkHtmlFiles, javaAvailable } from '../../scripts/html-check.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { DESK_FOLDER } from '../../scripts/desk/vite-plugin.ts';
import { jsonFileText } from '../../src/desk/json-file.ts';
import { withValues } from '../../src/desk/spaces-draft.ts';
import { omeroOpened } from '../fixtures/omero-opened.ts';
import { allPages, pagePath } from '../../src/pages/page-paths.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';

const SITE = 'https://example.org/quartieri-connessi/mappa/';
const ORGANISATION = 'Associazione di prova <!--<script x';
const OUT = 'test-results/site-build';

/** data/spaces.geojson as the desk saves it once an official has recorded that viale Omero 15 opened. */
function savedByTheDesk(): Promise<string> {
  return jsonFileText(
    withValues(omeroOpened(), 'omero-15', {
      // A text the data rules accept that once stopped the build (issue 32).
      organisation: ORGANISATION,
      opening_hours: 'Mo-Fr 09:00-12:30,14:00-18:00; PH off; Dec 07 off',
    }),
  );
}
const SAVED = 'test-results/spaces-saved-by-the-desk.geojson';
const savedText = await savedByTheDesk();
const spaces = validateSpacesText(savedText).spaces;

/** The public pages: the officials' desk (scripts/desk/) is not one, nor in the sitemap. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (relative(OUT, path) === DESK_FOLDER) return [];
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [relative(OUT, path)] : [];
  });
}

const parsed = new Map<string, ReturnType<typeof load>>();
function read(path: string) {
  if (!parsed.has(path)) parsed.set(path, load(readFileSync(join(OUT, path), 'utf8')));
  return parsed.get(path)!;
}
const fileOf = (lang: (typeof LANGUAGES)[number], space: string | null) =>
  `${pagePath(lang, space)}index.html`;

/** The distance in metres between two points a few metres apart. */
function metres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dy = (a.lat - b.lat) * 111_320;
  const dx = (a.lon - b.lon) * 111_320 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dx, dy);
}

/** schema.org's context, given locally: the tests have no network. */
const documentLoader = async (url: string) => {
  if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`No network for ${url}`);
  return {
    contextUrl: undefined,
    documentUrl: url,
    document: { '@context': { '@vocab': 'https://schema.org/' } },
  };
};

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync('test-results', { recursive: true });
  writeFileSync(SAVED, savedText);
  execFileSync('npx', ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'error'], {
    // The build's own environment, not the test runner's (NODE_ENV=test, VITEST...).
    env: {
      ...Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV|TEST|MODE)/.test(name)),
      ),
      VITE_SITE_URL: SITE,
      SPACES_FILE: SAVED,
      // With source maps, which say which modules each file holds.
      SOURCE_MAPS: 'true',
    },
    stdio: 'pipe',
  });
}, 180_000);

describe('the pages of a build published under a sub-path', () => {
  it('show what the officials’ desk saved: viale Omero 15 open, its operator, its hours', () => {
    const page = load(readFileSync(join(OUT, 'spazi/omero-15/index.html'), 'utf8'));
    const panel = page('[aria-labelledby="space-panel-heading"]').text();
    expect(panel).toContain('Aperto: i servizi sono attivi');
    expect(panel).toContain(ORGANISATION);
    expect(page('footer').length).toBe(1);
    const data = JSON.parse(page('script[type="application/ld+json"]').text());
    expect(data.provider.name).toBe(ORGANISATION);
    expect(JSON.stringify(data)).toContain('"opens":"09:00"');
    // And the data the app loads is that file.
    const assets = readdirSync(join(OUT, 'assets')).filter((f) => /^spaces-.*\.geojson$/.test(f));
    expect(assets.map((f) => readFileSync(join(OUT, 'assets', f), 'utf8'))).toEqual([
      readFileSync(SAVED, 'utf8'),
    ]);
  });

  it('are a home and a page per space in each of the six languages, each a file', () => {
    const expected = allPages(spaces.map((s) => s.id)).map((p) => fileOf(p.lang, p.space));
    expect(htmlFiles(OUT).sort()).toEqual(expected.sort());
  });

  it('each have a title and a description of their own, and their language', () => {
    const titles = new Set<string>();
    const descriptions = new Set<string>();
    for (const { lang, space } of allPages(spaces.map((s) => s.id))) {
      const $ = read(fileOf(lang, space));
      titles.add($('title').text());
      descriptions.add($('meta[name="description"]').attr('content')!);
      expect($('html').attr('lang')).toBe(lang === 'zh' ? 'zh-Hans' : lang);
      expect($('html').attr('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      if (space) {
        const address = spaces.find((s) => s.id === space)!.address;
        expect($('title').text()).toContain(address);
        expect($('meta[name="description"]').attr('content')).toContain(address);
        // The space's facts are in the page itself, readable without JavaScript, and lead it:
        // its address is the one h1, the first heading of main.
        expect(
          $('h1')
            .toArray()
            .map((h) => $(h).text()),
        ).toEqual([address]);
        expect($('main').find('h1, h2, h3').first().text()).toBe(address);
      } else {
        expect(
          $('h1')
            .toArray()
            .map((h) => $(h).text()),
        ).toEqual(['Quartieri Connessi']);
      }
    }
    expect(titles.size).toBe(LANGUAGES.length * (spaces.length + 1));
    expect(descriptions.size).toBe(LANGUAGES.length * (spaces.length + 1));
  });

  it('name their canonical address and their alternates in every language, reciprocally', () => {
    for (const { lang, space } of allPages(spaces.map((s) => s.id))) {
      const $ = read(fileOf(lang, space));
      const canonical = $('link[rel="canonical"]').attr('href')!;
      expect(canonical).toBe(new URL(pagePath(lang, space), SITE).href);
      const alternates = Object.fromEntries(
        $('link[rel="alternate"][hreflang]')
          .toArray()
          .map((link) => [link.attribs.hreflang!, link.attribs.href!]),
      ) as Record<string, string>;
      expect(Object.keys(alternates).sort()).toEqual(
        ['ar', 'en', 'es', 'fr', 'it', 'x-default', 'zh-Hans'].sort(),
      );
      expect(alternates[$('html').attr('lang')!]).toBe(canonical);
      // Each alternate names this page back.
      for (const href of Object.values(alternates)) {
        const other = read(
          `${new URL(href).pathname.slice(new URL(SITE).pathname.length)}index.html`,
        );
        const back = other('link[rel="alternate"][hreflang]')
          .toArray()
          .map((link) => link.attribs.href);
        expect(back).toContain(canonical);
      }
    }
  });

  it('give chats a preview: Open Graph and Twitter tags, absolute, with a 1200x630 PNG and its text', () => {
    for (const { lang, space } of allPages(spaces.map((s) => s.id))) {
      const $ = read(fileOf(lang, space));
      const og = (name: string) => $(`meta[property="og:${name}"]`).attr('content');
      expect(og('title')).toBe($('title').text());
      expect(og('url')).toBe($('link[rel="canonical"]').attr('href'));
      expect(og('image:alt')!.length).toBeGreaterThan(20);
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
      const image = new URL(og('image')!);
      expect(image.href.startsWith(SITE)).toBe(true);
      const png = readFileSync(join(OUT, image.pathname.slice(new URL(SITE).pathname.length)));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect([og('image:width'), og('image:height')]).toEqual(['1200', '630']);
    }
  });

  it('describe each space in schema.org terms that expand, with its point within 10 m', async () => {
    for (const { lang, space: id } of allPages(spaces.map((s) => s.id))) {
      const $ = read(fileOf(lang, id));
      const scripts = $('script[type="application/ld+json"]');
      if (!id) {
        expect(scripts).toHaveLength(0);
        continue;
      }
      const space = spaces.find((s) => s.id === id)!;
      const data = JSON.parse(scripts.text());
      const [expanded] = (await jsonld.expand(data, { documentLoader })) as Record<
        string,
        { '@value'?: unknown; '@id'?: string }[]
      >[];
      const value = (key: string) => expanded![`https://schema.org/${key}`]?.[0];
      expect(expanded!['@type']).toEqual(['https://schema.org/CivicStructure']);
      const geo = value('geo') as unknown as Record<string, { '@value': number }[]>;
      const point = {
        lat: geo['https://schema.org/latitude']![0]!['@value'],
        lon: geo['https://schema.org/longitude']![0]!['@value'],
      };
      expect(metres(point, space)).toBeLessThan(10);
      expect(value('url')?.['@value']).toBe($('link[rel="canonical"]').attr('href'));
      const address = value('address') as unknown as Record<string, { '@value': string }[]>;
      expect(address['https://schema.org/streetAddress']![0]!['@value']).toBe(space.address);
      expect(address['https://schema.org/addressLocality']![0]!['@value']).toBe('Milano');
      expect(JSON.stringify(value('containedInPlace'))).toContain(space.nil.name);
    }
  });

  it('are listed, exactly, in the sitemap with their alternates, which robots.txt names', () => {
    const $ = load(readFileSync(join(OUT, 'sitemap.xml'), 'utf8'), { xml: true });
    const listed = $('url > loc')
      .toArray()
      .map((loc) => $(loc).text());
    const built = htmlFiles(OUT).map(
      (file) => new URL(file.replace(/index\.html$/, ''), SITE).href,
    );
    expect(listed.sort()).toEqual(built.sort());
    for (const url of $('url').toArray())
      expect($(url).find('xhtml\\:link, link').length).toBe(LANGUAGES.length + 1);
    expect(readFileSync(join(OUT, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });

  it('hold none of the officials’ desk’s code: no public file is made from src/desk/', () => {
    const maps = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return maps(path);
        return name.endsWith('.map') ? [path] : [];
      });
    const sourcesOf = (path: string) =>
      (JSON.parse(readFileSync(path, 'utf8')) as { sources: string[] }).sources;
    const desk = join(OUT, DESK_FOLDER);
    const publicMaps = maps(OUT).filter((path) => !path.startsWith(`${desk}/`));
    expect(publicMaps.length).toBeGreaterThan(10);
    const deskCode = publicMaps.flatMap((path) =>
      sourcesOf(path)
        .filter((source) => source.includes('src/desk/'))
        .map((source) => `${relative(OUT, path)}: ${source}`),
    );
    expect(deskCode).toEqual([]);
    // (The desk's own files are made from it.)
    expect(maps(desk).some((path) => sourcesOf(path).some((s) => s.includes('src/desk/')))).toBe(
      true,
    );
  });

  it('load their code and files from the sub-path', () => {
    const $ = read(fileOf('en', 'omero-15'));
    const sources = [
      ...$('script[src]')
        .toArray()
        .map((s) => s.attribs.src!),
      ...$('link[href]')
        .toArray()
        .map((l) => l.attribs.href!)
        .filter((href) => !href.startsWith('http')),
    ];
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) {
      expect(source.startsWith('/quartieri-connessi/mappa/')).toBe(true);
      expect(existsSync(join(OUT, source.slice('/quartieri-connessi/mappa/'.length)))).toBe(true);
    }
  });

  // The Nu Html Checker needs Java: `.ci/run` installs it; elsewhere its absence is said.
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  const java = javaAvailable();
  if (!java && !ci)
    console.warn('Skipping the Nu Html Checker: no Java (apt-get install -y default-jre-headless)');
  it.skipIf(!java && !ci)(
    'are valid HTML for the Nu Html Checker, every one',
    () => {
      const files = htmlFiles(OUT).map((file) => join(OUT, file));
      expect(files).toHaveLength(LANGUAGES.length * (spaces.length + 1));
      // The officials' desk and its preview frame too: not public pages, but pages the build writes.
      const desk = ['index.html', 'anteprima/index.html'].map((f) => join(OUT, DESK_FOLDER, f));
      expect(checkHtmlFiles([...files, ...desk])).toEqual([]);
    },
    180_000,
  );
});
