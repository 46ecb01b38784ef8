/** A rendered page's file: its document, its head's facts, its schema.org data. */
import { pagePath } from '../../src/pages/page-paths.ts';
import { openingHoursSpecification } from '../../src/pages/opening-hours-spec.ts';
import { jsonLdText, spaceStructuredData } from '../../src/pages/structured-data.ts';
import type { Language } from '../../src/i18n/languages.ts';
import type { Space } from '../../src/spaces/types.ts';
import { parseNodes, serializeHtml, type HtmlNode } from '../html/html-tree.ts';
import { inlineCode } from '../security/policy.ts';
import {
  pageDocument,
  siteLink,
  type InlineScript,
  type PageFacts,
  type PageWords,
  type Site,
} from './page-document.ts';
import { pageFailure } from './page-failure.ts';
import { styleAttributesToRules } from './page-styles.ts';
import { PREVIEW, previewPath } from './preview-image.ts';
import type { RenderedPage } from './render.tsx';

/**
 * A rendered page's file: the built index.html (`template`, with the app's stylesheet) with the
 * page in it. A page that holds what the content security policy refuses (a text of the data
 * read as markup) is refused, naming the space and the fields it comes from.
 */
export function pageFile(
  page: RenderedPage,
  site: Site,
  template: string,
  scripts: { head?: InlineScript; body?: InlineScript } = {},
): string {
  const body = parseNodes(page.body);
  const facts = pageFacts(page, body, site);
  facts.pageRules = styleAttributesToRules(body);
  facts.headScript = scripts.head;
  facts.bodyScript = scripts.body;
  const document = pageDocument(template, facts, site);
  const refused = inlineCode(document);
  if (refused.length > 0)
    throw pageFailure(
      { path: pagePath(page.lang, page.space?.id ?? null), space: page.space },
      `it holds what the content security policy refuses: ${refused.join(', ')}`,
      // A refused tag runs to the next `>`, far past the text that opened it.
      refused.map((code) => [...code].slice(0, 40).join('')).join(' '),
    );
  return serializeHtml(document);
}

/** What a rendered page's head says (page-document.ts). */
function pageFacts(page: RenderedPage, body: HtmlNode[], site: Site): PageFacts {
  const { lang, spacesVersion, reachVersion, title, description, feedTitle, noScript } = page;
  const words: PageWords = {
    lang,
    spacesVersion,
    reachVersion,
    title,
    description,
    feedTitle,
    noScript,
  };
  const spaceId = page.space?.id ?? null;
  return {
    ...words,
    spaceId,
    body,
    pageRules: '',
    image: { path: previewPath(spaceId), alt: page.imageAlt, ...PREVIEW },
    jsonLd: page.space
      ? jsonLdText(structuredData(page.space, page.description, site, page.lang))
      : null,
  };
}

function structuredData(space: Space, description: string, site: Site, lang: Language) {
  const photo = space.photos[0];
  return spaceStructuredData(
    space,
    {
      name: space.address,
      description,
      url: siteLink(site, pagePath(lang, space.id)),
      image: photo ? siteLink(site, `photos/${photo.file}`) : null,
    },
    // The regular week from the day of the build (a build follows each change of the data).
    space.openingHours ? openingHoursSpecification(space.openingHours, new Date()) : [],
  );
}
