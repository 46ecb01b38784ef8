/**
 * `sitemap.xml`: every page the build makes, each with its alternates in the six languages and
 * `x-default` (the Italian page), as search engines read them; and `robots.txt`, which names it.
 * A few lines of XML, written here rather than with a library: the pages are known and few.
 */
import {
  DEFAULT_LANGUAGE,
  DOCUMENT_LANG,
  LANGUAGES,
  type Language,
} from '../../src/i18n/languages.ts';
import { pagePath } from '../../src/pages/page-paths.ts';
import { escapeHtml, siteLink, type Site } from './page-document.ts';

export function sitemapXml(
  site: Site,
  pages: { lang: Language; spaceId: string | null }[],
): string {
  if (!site.url) throw new Error('A sitemap needs the site’s address (VITE_SITE_URL)');
  const link = (lang: Language, spaceId: string | null) =>
    escapeHtml(siteLink(site, pagePath(lang, spaceId)));
  const entries = pages.map(({ lang, spaceId }) => {
    const alternates = [
      ...LANGUAGES.map(
        (other) =>
          `<xhtml:link rel="alternate" hreflang="${DOCUMENT_LANG[other]}" href="${link(other, spaceId)}"/>`,
      ),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${link(DEFAULT_LANGUAGE, spaceId)}"/>`,
    ];
    return `<url><loc>${link(lang, spaceId)}</loc>${alternates.join('')}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

/** Everything may be read; the sitemap is named where the site's address is known. */
export function robotsTxt(site: Site): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site.url) lines.push(`Sitemap: ${siteLink(site, 'sitemap.xml')}`);
  return `${lines.join('\n')}\n`;
}
