/** The content security policy's parts: the policy, what index.html may hold, the page's styles. */
import { describe, expect, it } from 'vitest';
import { parseNodes, serializeNodes } from '../../scripts/html/html-tree.ts';
import { styleAttributesToRules } from '../../scripts/prerender/page-styles.ts';
import {
  contentSecurityPolicy,
  inlineCode,
  inlineStyles,
  policyIn,
  withPolicy,
  securityHeaders,
  sourceHash,
} from '../../scripts/security/policy.ts';

describe('the content security policy', () => {
  const policy = contentSecurityPolicy({
    origins: ['https://tiles.openfreemap.org'],
    inlineStyles: ['body{margin:0}'],
  });
  const directive = (name: string) =>
    policy
      .split('; ')
      .find((d) => d.startsWith(`${name} `))
      ?.split(' ')
      .slice(1);

  it('lets only the app run scripts: no eval, no inline script, no other host', () => {
    expect(directive('default-src')).toEqual(["'self'"]);
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
    expect(directive('object-src')).toEqual(["'none'"]);
  });

  it('names the basemap only where the map needs it, and the workers as the app’s own', () => {
    expect(directive('connect-src')).toEqual(["'self'", 'https://tiles.openfreemap.org']);
    expect(directive('img-src')).toContain('https://tiles.openfreemap.org');
    expect(directive('font-src')).toEqual(["'self'"]);
    expect(directive('worker-src')).toEqual(["'self'"]);
  });

  it('allows the inline stylesheet by the hash of its exact text', () => {
    // echo -n 'body{margin:0}' | openssl dgst -sha256 -binary | base64
    expect(sourceHash('body{margin:0}')).toBe(
      "'sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc='",
    );
    expect(directive('style-src')).toEqual(["'self'", sourceHash('body{margin:0}')]);
  });

  it('is read back from the <meta> it is written into, and sent with the other headers', () => {
    const page = withPolicy(
      '<!doctype html><head><meta charset="UTF-8"><title>x</title></head>',
      policy,
    );
    expect(page).toMatch(
      /^<!DOCTYPE html><html><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="[^"]+"><title>/,
    );
    expect(policyIn(page)).toBe(policy);
    expect(securityHeaders(policy)).toMatchObject({
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': expect.stringContaining('geolocation=(self)'),
      'Strict-Transport-Security': expect.stringContaining('max-age='),
    });
    // A page built without a policy (the bench's baseline) gets the other headers only.
    expect(securityHeaders(null)).not.toHaveProperty('Content-Security-Policy');
    expect(securityHeaders(null)).toHaveProperty('X-Content-Type-Options', 'nosniff');
  });
});

describe('what index.html may hold', () => {
  it('names inline scripts, event handlers, style attributes and javascript: links', () => {
    expect(
      inlineCode(
        '<script type="module" src="/a.js"></script><script>alert(1)</script>' +
          '<div style="left: 1px"></div><img onerror="x()"><a href="javascript:void 0">',
      ),
    ).toEqual(['<script>', 'style="left: 1px"', 'onerror="x()"', 'href="javascript:void 0"']);
    expect(inlineCode('<script src="/a.js"></script><div data-prerender-style="0"></div>')).toEqual(
      [],
    );
  });

  it('finds the inline stylesheets as the browser hashes them', () => {
    expect(inlineStyles('<style>a{}</style><p>x</p><style media="print">b{}</style>')).toEqual([
      'a{}',
      'b{}',
    ]);
  });
});

describe('the prerendered page’s style attributes', () => {
  it('become rules of the inline stylesheet, one per distinct style, keeping precedence', () => {
    const nodes = parseNodes(
      '<div style="--fit-top: 56px; left: 1%;"><b style="top: 2%;"></b><i style="left: 1%;"></i>' +
        '<i style="--fit-top: 56px; left: 1%;"></i><span style="font-family: &quot;T&quot;;"></span></div>',
    );
    const rules = styleAttributesToRules(nodes);
    const page = serializeNodes(nodes);
    expect(page).not.toMatch(/\sstyle=/);
    expect(page).toBe(
      '<div data-prerender-style="0"><b data-prerender-style="1"></b><i data-prerender-style="2"></i>' +
        '<i data-prerender-style="0"></i><span data-prerender-style="3"></span></div>',
    );
    expect(rules).toBe(
      '[data-prerender-style="0"]{--fit-top: 56px !important;left: 1% !important}' +
        '[data-prerender-style="1"]{top: 2% !important}' +
        '[data-prerender-style="2"]{left: 1% !important}' +
        '[data-prerender-style="3"]{font-family: "T" !important}',
    );
  });
});
