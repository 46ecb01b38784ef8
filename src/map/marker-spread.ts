/**
 * Markers that would overlap on screen (at the city's zoom on a phone, largo Boccioni and via
 * Capuana are 29 px apart, and their buttons 44 px wide) are moved apart, each by half of what is
 * missing, so that every button keeps a target a finger (and WCAG 2.2's target size) can reach.
 * The first map view and the map move them alike, from the same screen positions: the hand-over
 * does not move them. Closer in, nothing moves.
 */

/** A marker's place on screen, in pixels. */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export interface Offset {
  dx: number;
  dy: number;
}

/**
 * Offsets (in pixels) that leave every two markers at least `gap` apart, centre to centre; a
 * marker with room has none. Deterministic: the same points give the same offsets.
 *
 * Self-contained (it names nothing outside itself): the prerendered page runs its very text
 * before the first paint (scripts/prerender/first-view-spread.ts).
 */
export function spreadMarkers(points: readonly ScreenPoint[], gap: number): Map<string, Offset> {
  const ROUNDS = 12;
  const moved = points.map((p) => ({ x: p.x, y: p.y }));
  for (let round = 0; round < ROUNDS; round++) {
    let crowded = false;
    for (let i = 0; i < moved.length; i++) {
      for (let j = i + 1; j < moved.length; j++) {
        const a = moved[i]!;
        const b = moved[j]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const distance = Math.hypot(dx, dy);
        if (distance >= gap - 0.01) continue;
        crowded = true;
        // Two markers at one place part along the horizontal.
        const [ux, uy] = distance > 1e-6 ? [dx / distance, dy / distance] : [1, 0];
        const push = (gap - distance) / 2;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
      }
    }
    if (!crowded) break;
  }
  const offsets = new Map<string, Offset>();
  points.forEach((p, i) => {
    const dx = moved[i]!.x - p.x;
    const dy = moved[i]!.y - p.y;
    if (Math.abs(dx) > 0.05 || Math.abs(dy) > 0.05) offsets.set(p.id, { dx, dy });
  });
  return offsets;
}

/** Room between two markers' centres: a touch target (tokens.css, --touch-target). */
export const MARKER_GAP = 44;

/** A marker moved by `offset` from its place (it is centred on it), as CSS's `translate`. */
export function markerTranslate({ dx, dy }: Offset): string {
  return `calc(-50% + ${dx.toFixed(1)}px) calc(-50% + ${dy.toFixed(1)}px)`;
}
