/** What the published site serves beside its pages: no source maps, unless a build asks for them. */
import { expect, test } from './driver.ts';

test('the scripts, the map’s among them, name no source map, and none is served', async ({
  app,
  page,
  request,
}) => {
  const scripts = new Set<string>();
  page.on('response', (response) => {
    if (/\.m?js$/.test(new URL(response.url()).pathname)) scripts.add(response.url());
  });
  await app.open();
  await app.mapIsIdle();
  expect(scripts.size).toBeGreaterThan(3);
  for (const script of scripts) {
    const code = await (await request.get(script)).text();
    expect(code, script).not.toContain('sourceMappingURL');
    // (The preview server answers an unknown address with the app's page.)
    const map = await request.get(`${script}.map`);
    expect(map.ok() ? await map.text() : '', `${script}.map`).not.toMatch(/^\s*\{\s*"version"/);
  }
});
