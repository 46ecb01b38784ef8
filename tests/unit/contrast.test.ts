/**
 * The design tokens meet WCAG 2.1 AA contrast: text 4.5:1, markers, boundaries and focus 3:1.
 * Colours are read from src/styles/tokens.css, so a change there is checked here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tokens = Object.fromEntries(
  [...readFileSync('src/styles/tokens.css', 'utf8').matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map(
    (m) => [m[1]!, m[2]!],
  ),
);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Light grounds a marker stands on: white, a warm off-white as light basemaps use, the bundled map. */
const BASEMAP_GROUNDS = ['#ffffff', '#f8f4f0', tokens['map-ground']!];

/** Every source file of the app, with its text. */
function sources(dir = 'src'): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, string][] => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(css|tsx?)$/.test(entry.name) ? [[path, readFileSync(path, 'utf8')]] : [];
  });
}

describe('colour contrast of the design tokens', () => {
  it.each(['area-1', 'area-2', 'area-3'])('white numbers on %s are readable (4.5:1)', (area) => {
    expect(contrast('#ffffff', tokens[area]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['area-1', 'area-2', 'area-3'])('%s markers stand out from the basemap (3:1)', (area) => {
    for (const ground of BASEMAP_GROUNDS)
      expect(contrast(tokens[area]!, ground)).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['color-text', 'color-bg'],
    ['color-text-secondary', 'color-bg'],
    ['color-text-secondary', 'color-bg-muted'],
    ['color-primary-dark', 'color-bg'],
    ['color-primary-dark', 'color-bg-muted'],
    ['color-text', 'color-warning-bg'],
    ['color-text', 'color-error-bg'],
  ])('%s text on %s is readable (4.5:1)', (text, ground) => {
    expect(contrast(tokens[text]!, tokens[ground]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['color-bg-slim', 'color-primary', 'color-primary-darker'])(
    'white text on %s is readable (4.5:1)',
    (ground) => {
      expect(contrast('#ffffff', tokens[ground]!)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('the focus ring stands out on light grounds, and its light version on the dark ones (3:1)', () => {
    for (const ground of ['color-bg', 'color-bg-muted'])
      expect(contrast(tokens['color-focus']!, tokens[ground]!)).toBeGreaterThanOrEqual(3);
    for (const ground of ['color-bg-slim', 'color-primary-darker']) {
      expect(contrast(tokens['color-focus-on-dark']!, tokens[ground]!)).toBeGreaterThanOrEqual(3);
    }
  });

  it('the bundled basemap’s names are readable on its ground, and its line and landmark stand out', () => {
    expect(contrast(tokens['map-label']!, tokens['map-ground']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(tokens['map-label']!, tokens['map-label-halo']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(tokens['map-label']!, tokens['map-outside']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(tokens['map-number']!, tokens['map-label-halo']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(tokens['map-edge']!, tokens['map-ground']!)).toBeGreaterThanOrEqual(3);
    for (const ground of BASEMAP_GROUNDS) {
      expect(contrast(tokens['map-neighbourhood']!, ground)).toBeGreaterThanOrEqual(3);
      expect(contrast(tokens['map-route']!, ground)).toBeGreaterThanOrEqual(3);
      expect(contrast(tokens['map-landmark']!, ground)).toBeGreaterThanOrEqual(3);
    }
  });

  it('no colour is written anywhere but in the tokens, so that this test covers them all', () => {
    const literal = /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i;
    const offenders = sources()
      .filter(([path]) => !path.endsWith('tokens.css'))
      .flatMap(([path, text]) =>
        text
          .split('\n')
          .map((line, i) => [`${path}:${i + 1}`, line] as const)
          .filter(([, line]) => literal.test(line) && !/^\s*(\/\/|\*|\/\*)/.test(line)),
      )
      .map(([where]) => where);
    expect(offenders).toEqual([]);
  });

  it('form fields are outlined at 3:1', () => {
    expect(contrast(tokens['color-border-strong']!, tokens['color-bg']!)).toBeGreaterThanOrEqual(3);
  });
});
