/**
 * The content security policy the app is built with, and the other headers a deployment sends
 * (docs/deploying.md). The browser is told to run the app's own scripts only, from its own
 * origin, with no `eval` and no inline script; to fetch from the app's origin and the basemap's
 * (and a spaces file served elsewhere) only; and to apply no inline style but the prerendered
 * page's stylesheet, allowed by its hash.
 */
import { createHash } from 'node:crypto';

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

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/;

/** The policy in a built index.html's `<meta>`, or null. */
export function policyIn(html: string): string | null {
  return META.exec(html)?.[1] ?? null;
}

/** What index.html holds that a strict policy would refuse: inline scripts and style attributes. */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const [tag, attributes = ''] of html.matchAll(/<script\b([^>]*)>/g))
    // A data block (schema.org's JSON-LD) is never run: the policy does not apply to it. A
    // page's own script (`data-inline`, the root page's language: prerender/language-redirect.ts)
    // is allowed by its hash.
    if (
      !/\bsrc=/.test(attributes) &&
      !/\btype="application\/ld\+json"/.test(attributes) &&
      !/\bdata-inline\b/.test(attributes)
    )
      found.push(tag);
  for (const [attribute] of html.matchAll(/\s(on[a-z]+|style)="[^"]*"/g))
    found.push(attribute.trim());
  for (const [link] of html.matchAll(/href="javascript:[^"]*"/gi)) found.push(link);
  return found;
}

/** The contents of a page's own scripts (`<script data-inline>`), as the browser hashes them. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bdata-inline\b[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, code]) => code ?? '',
  );
}

/** The contents of a page's `<style>` elements, as the browser hashes them. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => css ?? '');
}

/** The policy as a `<meta>` (it holds no double quote). */
export function policyMeta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}
