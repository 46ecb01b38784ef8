/** The area's shape with its number: how every view tells the areas apart without colour. */
import type { AreaId } from '../spaces/types.ts';

const SHAPES: Record<AreaId, string> = { 1: 'circle', 2: 'square', 3: 'diamond' };

export function AreaGlyph({ area, size = 'small' }: { area: AreaId; size?: 'small' | 'marker' }) {
  return (
    <span
      className={`area-glyph area-glyph--${SHAPES[area]} area-glyph--${size}`}
      data-area={area}
      aria-hidden="true"
    >
      <span className="area-glyph__number">{area}</span>
    </span>
  );
}
