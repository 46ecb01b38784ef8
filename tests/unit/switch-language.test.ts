/**
 * The document's language and direction follow the interface's (src/i18n/i18n.ts), and are left
 * alone when they do not change: setting even the same value restyles the page, which once moved
 * the language switch's text as the app started (a layout shift Lighthouse counted).
 */
import { describe, expect, it } from 'vitest';
import { startI18n, switchLanguage } from '../../src/i18n/i18n.ts';

describe('switching the language', () => {
  it('sets the document’s language and direction only when they change', async () => {
    await startI18n('it');
    await switchLanguage('ar');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    const changed: (string | null)[] = [];
    const observer = new MutationObserver((records) =>
      changed.push(...records.map((r) => r.attributeName)),
    );
    const set = () => changed.push(...observer.takeRecords().map((r) => r.attributeName));
    observer.observe(document.documentElement, { attributes: true });
    await switchLanguage('ar');
    set();
    expect(changed).toEqual([]);
    await switchLanguage('it');
    set();
    expect(changed).toEqual(['lang', 'dir']);
    await switchLanguage('it');
    set();
    expect(changed).toEqual(['lang', 'dir']);
    observer.disconnect();
    expect(document.documentElement.lang).toBe('it');
    expect(document.documentElement.dir).toBe('ltr');
  });
});
