/**
 * The content security policy the app is built with, and the other headers a deployment sends
 * (docs/deploying.md). The browser is told to run the app's own scripts only, from its own
 * origin, with no `eval` and no inline script; to fetch from the app's origin and the basemap's
 * (and a spaces file served elsewhere) only; and to apply no inline style but the prerendered
 * page's stylesheet, allowed by its hash.
 */
import { createHash } from 'node:crypto';
import {
  attributeOf,
  elementsIn,
  elementsNamed,
  insertAfter,
  parseHtml,
  parseNodes,
  serializeHtml,
  setAttribute,
  startTag,
  textOf,
  theElement,
  type HtmlDocument,
  type HtmlElement,
} from '../html/html-tree.ts';

export interface PolicySources {
  /** The origins the app fetches from besides its own: the basemap's, a spaces file's. */
  origins: string[];
  /** The inline stylesheets of the pages, allowed by their hashes. */
  inlineStyles: string[];
  /** The pages' own scripts (`<script data-inline>`), allowed by their hashes. */
  inlineScripts?: string[];
}

/** A CSP source for a stylesheet's or a script's exact text. */
export function sourceHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy({
  origins,
  inlineStyles,
  inlineScripts = [],
}: PolicySources): string {
  const others = [...new Set(origins)];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...inlineScripts.map(sourceHash)]],
    ['style-src', ["'self'", ...inlineStyles.map(sourceHash)]],
    // The map's controls are drawn from data: URLs in MapLibre's stylesheet; the printout's map
    // and the QR codes are data: or blob: pictures made in the page.
    ['img-src', ["'self'", 'data:', 'blob:', ...others]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...others]],
    // The map's worker (maplibre-gl-worker) and the service worker are the app's own files.
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * The headers a deployment sends with every response. The policy is the one in index.html's
 * `<meta>` (none for a page built without it); as a header it also covers the other files. No `frame-ancestors`: the map is made to
 * be embedded in other sites (`?embed=1`).
 */
export function securityHeaders(policy: string | null): Record<string, string> {
  return {
    ...(policy ? { 'Content-Security-Policy': policy } : {}),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  };
}

/** The policy in a built page's `<meta>`, or null. */
export function policyIn(html: string): string | null {
  const meta = elementsNamed(parseHtml(html), 'meta').find(
    (element) => attributeOf(element, 'http-equiv') === 'Content-Security-Policy',
  );
  return meta ? attributeOf(meta, 'content') : null;
}

/**
 * What a page holds that a strict policy would refuse: inline scripts, style and event handler
 * attributes, javascript: links. A data block (schema.org's JSON-LD) is never run: the policy does
 * not apply to it; a page's own script (`data-inline`, built by the build: prerender/) is allowed
 * by its hash.
 */
export function inlineCode(html: string | HtmlDocument): string[] {
  const found: string[] = [];
  for (const element of elementsIn(typeof html === 'string' ? parseHtml(html) : html)) {
    if (
      element.tagName === 'script' &&
      attributeOf(element, 'src') === null &&
      attributeOf(element, 'type') !== 'application/ld+json' &&
      attributeOf(element, 'data-inline') === null
    )
      found.push(startTag(element));
    for (const { name, value } of element.attrs)
      if (name === 'style' || /^on[a-z]+$/.test(name)) found.push(`${name}="${value}"`);
    const href = attributeOf(element, 'href');
    if (href !== null && /^\s*javascript:/i.test(href)) found.push(`href="${href}"`);
  }
  return found;
}

/** The contents of a page's own scripts (`<script data-inline>`), as the browser hashes them. */
export function inlineScripts(html: string | HtmlDocument): string[] {
  return elementsNamed(typeof html === 'string' ? parseHtml(html) : html, 'script')
    .filter((script) => attributeOf(script, 'data-inline') !== null)
    .map(textOf);
}

/** The contents of a page's `<style>` elements, as the browser hashes them. */
export function inlineStyles(html: string | HtmlDocument): string[] {
  return elementsNamed(typeof html === 'string' ? parseHtml(html) : html, 'style').map(textOf);
}

/**
 * The page with its policy as a `<meta>`, right after its `<meta charset>`: first in `<head>`,
 * so that it applies to all that comes after it.
 */
export function withPolicy(html: string, policy: string): string {
  const page = parseHtml(html);
  const charset = theElement(page, 'meta', (meta) => attributeOf(meta, 'charset') !== null);
  const [meta] = parseNodes(`<meta http-equiv="Content-Security-Policy" content="">`);
  setAttribute(meta as HtmlElement, 'content', policy);
  insertAfter(charset, [meta!]);
  return serializeHtml(page);
}
