/**
 * Puts the content security policy into every built page, as a `<meta>` (policy.ts), and
 * serves it, with the other security headers, from `vite preview`, so that the browser tests
 * run under them. The build fails if a page holds what the policy refuses (an inline script,
 * a style attribute, an event handler attribute). The dev server (`npm start`) runs without it:
 * Vite's hot reload injects inline scripts.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseHtml } from '../html/html-tree.ts';
import {
  contentSecurityPolicy,
  inlineCode,
  inlineScripts,
  inlineStyles,
  policyIn,
  withPolicy,
  securityHeaders,
} from './policy.ts';

/** `origins`: where the app fetches from besides its own origin (the basemap's, the spaces'). */
export function securityPlugin(origins: string[]): Plugin {
  let outDir = 'dist';
  return {
    name: 'quartieri-connessi:security',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After the prerender (also 'post', and before this plugin), which writes the pages.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const pages = Object.values(bundle).filter(
        (file) => file.type === 'asset' && file.fileName.endsWith('.html'),
      );
      const styles = new Set<string>();
      const scripts = new Set<string>();
      for (const page of pages) {
        const html = parseHtml(String((page as { source: string | Uint8Array }).source));
        const refused = inlineCode(html);
        if (refused.length > 0)
          throw new Error(`${page.fileName} holds what its policy refuses: ${refused.join(', ')}`);
        for (const css of inlineStyles(html)) styles.add(css);
        for (const code of inlineScripts(html)) scripts.add(code);
      }
      // One policy for every page (a server sends it with every file): each page's stylesheets
      // are among the hashes it allows.
      const policy = contentSecurityPolicy({
        origins,
        inlineStyles: [...styles],
        inlineScripts: [...scripts],
      });
      for (const page of pages) {
        const asset = page as { source: string | Uint8Array };
        asset.source = withPolicy(String(asset.source), policy);
      }
    },
    writeBundle() {
      // The same headers, ready for the server: a `_headers` file (read by Netlify and Cloudflare
      // Pages) and lines an nginx server block can `include` (docs/deploying.md).
      const policy = builtPolicy(outDir);
      if (!policy) throw new Error(`${outDir}/index.html has no Content-Security-Policy <meta>`);
      const headers = Object.entries(securityHeaders(policy));
      const file = headers.map(([name, value]) => `  ${name}: ${value}`).join('\n');
      writeFileSync(resolve(outDir, '_headers'), `/*\n${file}\n`);
      const nginx = headers.map(([name, value]) => `add_header ${name} "${value}" always;`);
      writeFileSync(resolve(outDir, 'security-headers.nginx.conf'), `${nginx.join('\n')}\n`);
    },
  };
}

/**
 * The headers on every answer of `vite preview`, with the policy of the build it serves. A build
 * made without this plugin (the bench's baseline page) has no policy: it gets the other headers.
 */
export function previewHeadersPlugin(): Plugin {
  return {
    name: 'quartieri-connessi:preview-headers',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(securityHeaders(builtPolicy(outDir))))
          response.setHeader(name, value);
        next();
      });
    },
  };
}

let cached: { file: string; mtime: number; policy: string | null } | null = null;

/** The policy in the built index.html (read again when the build changes), or null. */
function builtPolicy(outDir: string): string | null {
  const file = resolve(outDir, 'index.html');
  const mtime = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (cached?.file !== file || cached.mtime !== mtime)
    cached = { file, mtime, policy: mtime < 0 ? null : policyIn(readFileSync(file, 'utf8')) };
  return cached.policy;
}
