/**
 * The programme's updates as an Atom feed per language, written at build time with the `feed`
 * library: what applicants and journalists follow. The words are the locale files'; each entry's
 * texts are the Comune's, in the feed's language where translated, else in Italian.
 */
import { readFileSync } from 'node:fs';
import { Feed } from 'feed';
import { LANGUAGES, type Language } from '../../src/i18n/languages';
import { PROGRAMME_EMAIL } from '../../src/spaces/programme';
import { inLanguage } from '../../src/spaces/texts';
import { describeUpdateProblem, readUpdates, type Update } from '../../src/spaces/updates';
import { validateSpacesText } from '../../src/spaces/validate-spaces';

/** A tag URI (RFC 4151): the feed's and its entries' ids stay the same wherever it is served. */
const TAG = 'tag:quartiericonnessi.comune.milano.it,2018';

const feedFile = (lang: Language) => `updates-${lang}.atom`;

interface FeedWords {
  title: string;
  subtitle: string;
  source: string;
  spaces: string;
  kind: Record<string, string>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Stands for the app's address while the feed is written when none is configured: the `feed`
 * library takes absolute links only. It is then replaced by `./`, a link relative to the feed,
 * which is served beside the app (Atom allows relative references).
 */
const SOMEWHERE = 'https://app.invalid/';

/**
 * `site` is the app's public address (VITE_SITE_URL), for absolute links; without it the links
 * are relative to the feed.
 */
export function updatesFeed(
  updates: readonly Update[],
  lang: Language,
  words: FeedWords,
  addresses: ReadonlyMap<string, string>,
  site?: string,
): string {
  const base = site ?? SOMEWHERE;
  const page = (anchor = '') => `${base}?page=updates&lang=${lang}${anchor}`;
  const latest = updates.reduce((max, u) => (u.date > max ? u.date : max), '1970-01-01');
  const feed = new Feed({
    title: words.title,
    description: words.subtitle,
    id: `${TAG}:updates:${lang}`,
    link: page(),
    language: lang,
    updated: new Date(`${latest}T00:00:00Z`),
    generator: 'Quartieri Connessi (feed)',
    copyright: 'Comune di Milano, CC BY 4.0',
    feedLinks: { atom: `${base}${feedFile(lang)}` },
    author: { name: 'Comune di Milano', email: PROGRAMME_EMAIL },
  });
  for (const update of updates) {
    const title = inLanguage(update.title, lang).value;
    const text = update.text ? inLanguage(update.text, lang).value : null;
    const source = update.sourceUrl
      ? `<a href="${escapeHtml(update.sourceUrl)}">${escapeHtml(update.source)}</a>`
      : escapeHtml(update.source);
    const spaces = update.spaces.map((id) => addresses.get(id) ?? id);
    feed.addItem({
      title: `${words.kind[update.kind]}: ${title}`,
      id: `${TAG}:update:${update.id}:${lang}`,
      link: page(`#update-${update.id}`),
      date: new Date(`${update.date}T00:00:00Z`),
      description: text ?? title,
      content: [
        ...(text ? [`<p>${escapeHtml(text)}</p>`] : []),
        ...(spaces.length > 0
          ? [`<p>${escapeHtml(words.spaces)} ${spaces.map(escapeHtml).join(', ')}</p>`]
          : []),
        `<p>${escapeHtml(words.source)} ${source}</p>`,
      ].join(''),
    });
  }
  const xml = feed.atom1();
  return site ? xml : xml.replaceAll(SOMEWHERE, './');
}

export const UPDATES_FILE = 'data/updates.json';

function feedWords(lang: Language) {
  const locale = JSON.parse(readFileSync(`src/i18n/locales/${lang}.json`, 'utf8'));
  const u = locale.updates;
  return {
    title: u.feedTitle,
    subtitle: u.feedSubtitle,
    source: u.source,
    spaces: u.spaces,
    kind: u.kind,
  };
}

/** Each language's feed, or the updates file's problems. */
export function buildFeeds(
  site?: string,
  file = UPDATES_FILE,
  spacesFile = 'data/spaces.geojson',
): Record<Language, string> {
  const { spaces } = validateSpacesText(readFileSync(spacesFile, 'utf8'));
  const addresses = new Map(spaces.map((s) => [s.id, s.address]));
  const { updates, problems } = readUpdates(readFileSync(file, 'utf8'), new Set(addresses.keys()));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0)
    throw new Error(`${file}:\n${errors.map((p) => `  ${describeUpdateProblem(p)}`).join('\n')}`);
  return Object.fromEntries(
    LANGUAGES.map((lang) => [lang, updatesFeed(updates, lang, feedWords(lang), addresses, site)]),
  ) as Record<Language, string>;
}
