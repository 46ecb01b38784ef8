/**
 * The content security policy is enforced: the same policy in index.html and in the server's
 * headers, which refuses an injected script and a request to another host. (Every other browser
 * test fails on any refusal: driver.ts, `policyViolations`.)
 */
import { expect, test } from './driver.ts';

test.describe('the content security policy', () => {
  test('is sent as a header, the same as in the page, with the other security headers', async ({
    page,
  }) => {
    const response = (await page.goto('/'))!;
    const headers = response.headers();
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    // Scripts: the app's files, and the root page's own few lines by their hash and nothing
    // else: its language, before it is painted (scripts/prerender/language-redirect.ts), and its
    // crowded markers moved apart (scripts/prerender/first-view-spread.ts).
    const own = await page
      .locator('script[data-inline]')
      .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
    expect(own).toHaveLength(2);
    const digests = await page.evaluate(
      (codes) =>
        Promise.all(
          codes.map(async (code) => {
            const bytes = new Uint8Array(
              await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code)),
            );
            return `'sha256-${btoa(String.fromCharCode(...bytes))}'`;
          }),
        ),
      own,
    );
    const scriptSrc = /^default-src 'self'; script-src 'self' ([^;]*); /.exec(meta ?? '')?.[1];
    expect(scriptSrc?.split(' ').sort()).toEqual(digests.sort());
    expect(meta).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(headers['content-security-policy']).toBe(meta);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
    expect(headers['permissions-policy']).toContain('geolocation=(self)');
    expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
  });

  test('refuses an injected inline script and a request to another host', async ({
    app,
    page,
    policyViolations,
  }) => {
    await app.open('', { waitForMap: false });
    await page
      .addScriptTag({ content: 'window.injected = true;' })
      .catch(() => 'refused, as it should be');
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    const fetched = await page.evaluate(() =>
      fetch('https://example.org/collect').then(
        () => 'sent',
        () => 'refused',
      ),
    );
    expect(fetched).toBe('refused');
    // Each refusal is heard as an event, and as the console's error.
    await expect
      .poll(() => policyViolations.map((v) => v.directive))
      .toEqual(expect.arrayContaining(['connect-src', 'script-src-elem', 'console']));
    // Seen and expected: what this test provoked is not a fault of the app.
    policyViolations.length = 0;
    expect(app.outsideRequests).toEqual([]);
  });
});
