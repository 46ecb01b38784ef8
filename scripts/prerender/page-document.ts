/**
 * A prerendered page's document: the built index.html, read and written as a tree (parse5), with
 * the page's language, its own title
 * and description, its canonical address and its alternates in the six languages, its preview
 * for chats (Open Graph, Twitter card), its feed and, on a space's page, its schema.org data.
 */
import {
  DEFAULT_LANGUAGE,
  DOCUMENT_LANG,
  isRightToLeft,
  LANGUAGES,
  type Language,
} from '../../src/i18n/languages.ts';
import { pagePath } from '../../src/pages/page-paths.ts';
import {
  appendNodes,
  attributeOf,
  elementsNamed,
  insertAfter,
  parseHtml,
  parseNodes,
  removeNode,
  replaceChildren,
  setAttribute,
  setText,
  theElement,
  type HtmlDocument,
  type HtmlElement,
  type HtmlNode,
} from '../html/html-tree.ts';

/** Where the site is: its base path, and its whole address when the build was told it. */
export interface Site {
  /** The base path, with its slashes: '/', '/quartieri-connessi/mappa/'. */
  base: string;
  /** `VITE_SITE_URL` as an origin plus the base, or null: links are then relative to the host. */
  url: string | null;
}

/** A script of the page itself, and the data its element gives it (`data-*`, its dataset). */
export interface InlineScript {
  code: string;
  data?: Record<string, string>;
}

/** What a page says of itself, in its language, and the versions of the files it shows. */
export interface PageWords {
  lang: Language;
  /** The version of the spaces file it shows (spaces/data-version.ts). */
  spacesVersion: string;
  /** The version of the walking figures it shows (src/reach/); null for a page without them. */
  reachVersion: string | null;
  title: string;
  description: string;
  feedTitle: string;
  /** What the page says to a browser without JavaScript. */
  noScript: string;
}

/** All a page's document says: its words, its body and what its head tells the tools. */
export interface PageFacts extends PageWords {
  spaceId: string | null;
  /** The prerendered app, for `<div id="root">`. */
  body: HtmlNode[];
  /** The rules that place its elements (page-styles.ts), for a `<style>` of its own, or ''. */
  pageRules: string;
  /** The preview picture, below the base, with its text alternative; null for none. */
  image: { path: string; alt: string; width: number; height: number } | null;
  /** The page's schema.org data, as a script's text (structured-data.ts), or null. */
  jsonLd: string | null;
  /** A script run before the page is painted (the root page's: src/before-paint/). */
  headScript?: InlineScript;
  /** A script run right after the page's body, before it is painted (src/before-paint/). */
  bodyScript?: InlineScript;
}

/** A path below the base as a link: absolute where the site's address is known. */
export function siteLink(site: Site, path: string): string {
  return site.url ? new URL(path, site.url).href : `${site.base}${path}`;
}

const OG_LOCALE: Record<Language, string> = {
  it: 'it_IT',
  en: 'en_GB',
  es: 'es_ES',
  fr: 'fr_FR',
  ar: 'ar_AR',
  zh: 'zh_CN',
};

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

const meta = (key: 'name' | 'property', name: string, content: string | number) =>
  `<meta ${key}="${name}" content="${escapeHtml(String(content))}">`;

/** The head's lines that tell the tools what this page is. */
export function pageHead(page: PageFacts, site: Site): string {
  const canonical = siteLink(site, pagePath(page.lang, page.spaceId));
  const alternates = LANGUAGES.map(
    (lang) =>
      `<link rel="alternate" hreflang="${DOCUMENT_LANG[lang]}" href="${siteLink(site, pagePath(lang, page.spaceId))}">`,
  );
  const fallback = siteLink(site, pagePath(DEFAULT_LANGUAGE, page.spaceId));
  const image = page.image && {
    url: siteLink(site, page.image.path),
    alt: page.image.alt,
    width: page.image.width,
    height: page.image.height,
  };
  return [
    `<link rel="canonical" href="${canonical}">`,
    ...alternates,
    `<link rel="alternate" hreflang="x-default" href="${fallback}">`,
    `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(page.feedTitle)}" href="${siteLink(site, `updates-${page.lang}.atom`)}">`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', 'Quartieri Connessi - Comune di Milano'),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:url', canonical),
    meta('property', 'og:locale', OG_LOCALE[page.lang]),
    ...LANGUAGES.filter((lang) => lang !== page.lang).map((lang) =>
      meta('property', 'og:locale:alternate', OG_LOCALE[lang]),
    ),
    ...(image
      ? [
          meta('property', 'og:image', image.url),
          meta('property', 'og:image:type', 'image/png'),
          meta('property', 'og:image:width', image.width),
          meta('property', 'og:image:height', image.height),
          meta('property', 'og:image:alt', image.alt),
        ]
      : []),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', page.title),
    meta('name', 'twitter:description', page.description),
    ...(image
      ? [meta('name', 'twitter:image', image.url), meta('name', 'twitter:image:alt', image.alt)]
      : []),
    ...(page.jsonLd ? [`<script type="application/ld+json">${page.jsonLd}</script>`] : []),
  ].join('');
}

/** The page's document from the built index.html (`template`), as a tree (scripts/html/). */
export function pageDocument(template: string, page: PageFacts, site: Site): HtmlDocument {
  const document = parseHtml(template);
  const html = theElement(document, 'html');
  setAttribute(html, 'lang', DOCUMENT_LANG[page.lang]);
  setAttribute(html, 'dir', isRightToLeft(page.lang) ? 'rtl' : 'ltr');
  const head = theElement(document, 'head');
  const title = theElement(head, 'title');
  setText(title, page.title);
  if (page.headScript) insertAfter(title, [inlineScript(page.headScript)]);
  const description = theElement(head, 'meta', (m) => attributeOf(m, 'name') === 'description');
  setAttribute(description, 'content', page.description);
  // The feed the build's other plugin names is the Italian one: this page names its own.
  for (const link of elementsNamed(head, 'link'))
    if (attributeOf(link, 'type') === 'application/atom+xml') removeNode(link);
  // The page's own rules (one hash each in the content security policy, shared by the pages whose
  // rules are the same), then what the page tells the tools.
  if (page.pageRules) appendNodes(head, parseNodes(`<style>${page.pageRules}</style>`));
  appendNodes(head, parseNodes(pageHead(page, site)));
  // Read as text, as a browser running scripts reads a <noscript>.
  setText(theElement(document, 'noscript'), `<p class="noscript">${escapeHtml(page.noScript)}</p>`);
  const root = theElement(document, 'div', (div) => attributeOf(div, 'id') === 'root');
  // The page's state, which the app sets before it hydrates the page (src/main.tsx).
  setAttribute(root, 'data-lang', page.lang);
  if (page.spaceId) setAttribute(root, 'data-space', page.spaceId);
  setAttribute(root, 'data-spaces', page.spacesVersion);
  if (page.reachVersion) setAttribute(root, 'data-reach', page.reachVersion);
  replaceChildren(root, page.body);
  if (page.bodyScript) insertAfter(root, [inlineScript(page.bodyScript)]);
  return document;
}

/** A script of the page itself, allowed by its hash (scripts/security/). */
function inlineScript({ code, data = {} }: InlineScript): HtmlElement {
  const script = parseNodes('<script data-inline></script>')[0] as HtmlElement;
  for (const [name, value] of Object.entries(data)) setAttribute(script, `data-${name}`, value);
  setText(script, code);
  return script;
}
