/** The prerendered page's markers, moved apart before its first paint as the app moves them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadFirstView } from '../../src/before-paint/first-view-spread.ts';
import { MARKER_GAP, spreadMarkers } from '../../src/map/marker-spread.ts';

interface FakeMarker {
  at: string;
  style: { translate?: string };
}

/** Runs the page's script over a first view `width` px wide; each marker's translate, if set. */
function runScript(width: number, ats: [number, number][]): (string | undefined)[] {
  const markers: FakeMarker[] = ats.map(([x, y]) => ({ at: `${x} ${y}`, style: {} }));
  const box = {
    getBoundingClientRect: () => ({ width }),
    querySelectorAll: (selector: string) => {
      expect(selector).toBe('.first-view__marker[data-at]');
      return markers.map((m) => ({ getAttribute: () => m.at, style: m.style }));
    },
  };
  const document = {
    querySelector: (selector: string) =>
      selector === '[data-first-view] .first-view__box' ? box : null,
  };
  spreadFirstView(document as unknown as Document);
  return markers.map((m) => m.style.translate);
}

/** What the app draws for the same markers (first-view-markers.tsx). */
function appTranslates(width: number, ats: [number, number][]): (string | undefined)[] {
  const offsets = spreadMarkers(
    ats.map(([x, y], i) => ({ id: String(i), x: x * width, y: y * width })),
    MARKER_GAP,
  );
  return ats.map((_, i) => {
    const offset = offsets.get(String(i));
    return offset
      ? `calc(-50% + ${offset.dx.toFixed(1)}px) calc(-50% + ${offset.dy.toFixed(1)}px)`
      : undefined;
  });
}

describe('the prerendered first view’s markers', () => {
  it('moves two crowded markers apart on a phone, and none on a wide screen', () => {
    // Two markers 0.03 of the frame's width apart: 10.8 px at 360 px, 36 px at 1200 px.
    const ats: [number, number][] = [
      [0.4, 0.5],
      [0.43, 0.5],
      [0.9, 0.1],
    ];
    const phone = runScript(360, ats);
    expect(phone[0]).toMatch(/^calc\(-50% \+ -16\.6px\) calc\(-50% \+ 0\.0px\)$/);
    expect(phone[1]).toMatch(/^calc\(-50% \+ 16\.6px\) calc\(-50% \+ 0\.0px\)$/);
    expect(phone[2]).toBeUndefined();
    expect(runScript(2000, ats)).toEqual([undefined, undefined, undefined]);
  });

  it('moves them exactly as the app will, at any width', () => {
    const fraction = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => Number(x.toFixed(7)));
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 2000 }),
        fc.array(fc.tuple(fraction, fraction), { minLength: 1, maxLength: 12 }),
        (width, ats) => {
          expect(runScript(width, ats)).toEqual(appTranslates(width, ats));
        },
      ),
    );
  });

  it('leaves a page without a first view, or one not laid out, as it is', () => {
    expect(
      runScript(0, [
        [0.4, 0.5],
        [0.41, 0.5],
      ]),
    ).toEqual([undefined, undefined]);
    expect(() => spreadFirstView({ querySelector: () => null })).not.toThrow();
  });
});
