/**
 * The Nu Html Checker (vnu-jar, the W3C's validator, run with Java) on built pages and on pages
 * as the browser holds them. Its CSS validator does not know container queries yet (CSS
 * Containment Level 3: `container-type`, `@container`, the `cqw`/`cqh` units the first map view
 * is placed with): those messages, and only those, are left out.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface HtmlError {
  file: string;
  line: number | undefined;
  message: string;
  extract: string;
}

interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** What the checker's CSS validator cannot read yet, with the text it stumbles on. */
const UNKNOWN_TO_THE_CHECKER: [RegExp, RegExp][] = [
  [/^CSS: “container-type”: Property “container-type” doesn't exist\.$/, /type:size/],
  [/^CSS: Unrecognized at-rule “@container”$/, /@container/],
  // The first map view's size in container units: min(100cqw, 100cqh * var(--ratio)).
  [/^CSS: “(width|height)”: Parse Error\.$/, /var\(--ratio\)/],
];

const known = (m: NuMessage) =>
  UNKNOWN_TO_THE_CHECKER.some(
    ([message, extract]) => message.test(m.message) && extract.test(m.extract ?? ''),
  );

/** True when Java is there to run the checker (`.ci/run` installs it on a clean machine). */
export function javaAvailable(): boolean {
  return spawnSync('java', ['-version']).status === 0;
}

/** The checker's errors for these files (one Java run for all of them). */
export function checkHtmlFiles(files: readonly string[]): HtmlError[] {
  const jar = createRequire(import.meta.url)('vnu-jar') as string;
  // The checker writes its JSON report on standard error.
  const result = spawnSync(
    'java',
    ['-jar', jar, '--format', 'json', '--errors-only', '--exit-zero-always', ...files],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`The HTML checker did not run: ${result.stderr}`);
  const report = JSON.parse(result.stderr) as { messages: NuMessage[] };
  return report.messages
    .filter((m) => m.type === 'error' && !known(m))
    .map((m) => ({
      file: m.url ?? '',
      line: m.lastLine,
      message: m.message,
      extract: (m.extract ?? '').replace(/\s+/g, ' ').slice(0, 160),
    }));
}

/** The checker's errors for a page's markup (the browser's `page.content()`). */
export function checkHtml(html: string, name = 'page.html'): HtmlError[] {
  const dir = mkdtempSync(join(tmpdir(), 'html-check-'));
  try {
    const file = join(dir, name);
    writeFileSync(file, html);
    return checkHtmlFiles([file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
