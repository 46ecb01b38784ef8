/**
 * The programme's updates as an Atom feed per language, written at build time with the `feed`
 * library: what applicants and journalists follow. The words are the locale files'; each entry's
 * texts are the Comune's, in the feed's language where translated, else in Italian (marked so).
 * Links lead to the pages of the feed's language (src/pages/page-paths.ts).
 */
import { readFileSync } from 'node:fs';
import { Feed } from 'feed';
import { DOCUMENT_LANG, LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { pagePath } from '../../src/pages/page-paths.ts';
import { PROGRAMME_EMAIL } from '../../src/spaces/programme.ts';
import { inLanguage } from '../../src/spaces/texts.ts';
import type { Texts } from '../../src/spaces/types.ts';
import { describeUpdateProblem, readUpdates, type Update } from '../../src/spaces/updates.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';

/** A tag URI (RFC 4151): the feed's and its entries' ids stay the same wherever it is served. */
const TAG = 'tag:quartiericonnessi.comune.milano.it,2018';

const feedFile = (lang: Language) => `updates-${lang}.atom`;

interface FeedWords {
  title: string;
  subtitle: string;
  source: string;
  spaces: string;
  kind: Record<string, string>;
  /** Between the items of a list: ", ", or "、" in Chinese. */
  separator: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A label and its value: "Fonte: …", "Source : …"; after a full-width colon, no space. */
const labelled = (label: string, value: string) =>
  label.endsWith('：') ? `${label}${value}` : `${label} ${value}`;

/**
 * Stands for the app's address while the feed is written when none is configured: the `feed`
 * library takes absolute links only. It is then replaced by `./`, a link relative to the feed,
 * which is served beside the app (Atom allows relative references).
 */
const SOMEWHERE = 'https://app.invalid/';

/** A text in the feed's language, marked as Italian where the data has no translation. */
function inFeedLanguage(texts: Texts, lang: Language): string {
  const { value, lang: shown } = inLanguage(texts, lang);
  return shown === lang ? escapeHtml(value) : `<span lang="${shown}">${escapeHtml(value)}</span>`;
}

/**
 * `site` is the app's public address (VITE_SITE_URL), for absolute links and the feed's
 * `xml:base`; without it the links are relative to the feed. The feed says its language
 * (`xml:lang`); each entry's title is the update's own, its kind a category.
 */
export function updatesFeed(
  updates: readonly Update[],
  lang: Language,
  words: FeedWords,
  addresses: ReadonlyMap<string, string>,
  site?: string,
): string {
  const base = site ?? SOMEWHERE;
  const home = `${base}${pagePath(lang, null)}`;
  const page = (anchor = '') => `${home}?page=updates${anchor}`;
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
    // The library writes the title as HTML (type="html"): its text is escaped for it.
    const title = escapeHtml(inLanguage(update.title, lang).value);
    const text = update.text ? inFeedLanguage(update.text, lang) : null;
    const sourceName = inFeedLanguage(update.source, lang);
    const source = update.sourceUrl
      ? `<a href="${escapeHtml(update.sourceUrl)}">${sourceName}</a>`
      : sourceName;
    const spaces = update.spaces.map((id) => {
      const address = escapeHtml(addresses.get(id) ?? id);
      return addresses.has(id)
        ? `<a href="${escapeHtml(`${base}${pagePath(lang, id)}`)}" lang="it">${address}</a>`
        : address;
    });
    feed.addItem({
      title,
      id: `${TAG}:update:${update.id}:${lang}`,
      link: page(`#update-${update.id}`),
      date: new Date(`${update.date}T00:00:00Z`),
      description: inLanguage(update.text ?? update.title, lang).value,
      category: [{ term: update.kind, name: words.kind[update.kind] }],
      content: [
        ...(text ? [`<p>${text}</p>`] : []),
        ...(spaces.length > 0
          ? [
              `<p>${labelled(escapeHtml(words.spaces), spaces.join(escapeHtml(words.separator)))}</p>`,
            ]
          : []),
        `<p>${labelled(escapeHtml(words.source), source)}</p>`,
      ].join(''),
    });
  }
  const xml = feed
    .atom1()
    .replace(
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${DOCUMENT_LANG[lang]}"${site ? ` xml:base="${escapeHtml(site)}"` : ''}>`,
    );
  if (!xml.includes('xml:lang=')) throw new Error('The feed library wrote an unexpected <feed>');
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
    separator: locale.app.listSeparator,
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
