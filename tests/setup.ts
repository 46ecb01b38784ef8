import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { readFile } from 'node:fs/promises';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// The app fetches a language's file from the server (src/i18n/i18n.ts); jsdom has none, so the
// file is read from the project, as the server would send it.
const serverFetch = globalThis.fetch;
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const locale = /\/src\/i18n\/locales\/[a-z]+\.json$/.exec(url)?.[0];
  if (!locale) return serverFetch(input, init);
  return new Response(await readFile(`.${locale}`, 'utf8'), {
    headers: { 'Content-Type': 'application/json' },
  });
};
