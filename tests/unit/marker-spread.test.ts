import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadMarkers } from '../../src/map/marker-spread.ts';

const after = (points: { id: string; x: number; y: number }[], gap: number) => {
  const offsets = spreadMarkers(points, gap);
  return points.map((p) => ({
    x: p.x + (offsets.get(p.id)?.dx ?? 0),
    y: p.y + (offsets.get(p.id)?.dy ?? 0),
  }));
};

describe('markers that would overlap', () => {
  it('leaves markers with room where they are', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 50, y: 0 },
      { id: 'c', x: 0, y: 45 },
    ];
    expect(spreadMarkers(points, 44).size).toBe(0);
  });

  it('moves two close ones apart along the line between them, each by half of what is missing', () => {
    // Largo Boccioni and via Capuana at the city's zoom on a 360 px phone.
    const offsets = spreadMarkers(
      [
        { id: 'boccioni-10', x: 133, y: 208 },
        { id: 'capuana-7', x: 156, y: 191 },
      ],
      44,
    );
    const a = offsets.get('boccioni-10')!;
    const b = offsets.get('capuana-7')!;
    expect(a.dx).toBeCloseTo(-b.dx, 9);
    expect(a.dy).toBeCloseTo(-b.dy, 9);
    const missing = 44 - Math.hypot(23, 17);
    expect(Math.hypot(a.dx, a.dy)).toBeCloseTo(missing / 2, 6);
    // Along the line: Boccioni further west and south, Capuana further east and north.
    expect(a.dx).toBeLessThan(0);
    expect(a.dy).toBeGreaterThan(0);
  });

  it('parts markers at one place, and leaves any few at least nearly a gap apart', () => {
    const [a, b] = after(
      [
        { id: 'a', x: 10, y: 10 },
        { id: 'b', x: 10, y: 10 },
      ],
      44,
    );
    expect(Math.hypot(b!.x - a!.x, b!.y - a!.y)).toBeCloseTo(44, 6);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 300 }) }),
          {
            minLength: 2,
            maxLength: 9,
          },
        ),
        (raw) => {
          const points = raw.map((p, i) => ({ id: String(i), ...p }));
          const moved = after(points, 44);
          // Never closer than before, and for the app's nine, clear enough for a finger.
          for (let i = 0; i < moved.length; i++)
            for (let j = i + 1; j < moved.length; j++) {
              const d = Math.hypot(moved[i]!.x - moved[j]!.x, moved[i]!.y - moved[j]!.y);
              expect(d).toBeGreaterThan(24);
            }
          expect(spreadMarkers(points, 44)).toEqual(spreadMarkers(points, 44));
        },
      ),
    );
  });
});
