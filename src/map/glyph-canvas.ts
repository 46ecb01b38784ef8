/**
 * An area's glyph drawn on a canvas, for what the map draws itself rather than as HTML: the
 * printout's picture and, for a large programme, the spaces' layer. The shapes are those of
 * ui/area-glyph.tsx, the colours the design tokens.
 */
import type { AreaId } from '../spaces/types.ts';
import { areaColour, colour } from '../ui/tokens.ts';

/** Half the width of the largest glyph (the diamond's), its outline included, at scale 1. */
export const GLYPH_RADIUS = 20;

export function drawGlyph(
  context: CanvasRenderingContext2D,
  area: AreaId,
  x: number,
  y: number,
  scale: number,
): void {
  const r = 14 * scale;
  context.save();
  context.translate(x, y);
  context.fillStyle = areaColour(area);
  context.strokeStyle = colour('color-on-dark');
  context.lineWidth = 3 * scale;
  context.beginPath();
  if (area === 1) context.arc(0, 0, r, 0, 2 * Math.PI);
  else if (area === 2) context.rect(-r, -r, 2 * r, 2 * r);
  else {
    context.moveTo(0, -r * 1.3);
    context.lineTo(r * 1.3, 0);
    context.lineTo(0, r * 1.3);
    context.lineTo(-r * 1.3, 0);
    context.closePath();
  }
  context.fill();
  context.stroke();
  context.fillStyle = colour('color-on-dark');
  context.font = `700 ${16 * scale}px 'Titillium Web', Arial, sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(String(area), 0, scale);
  context.restore();
}

/** The glyph alone, as the pixels of a map image at `pixelRatio`. */
export function glyphImage(area: AreaId, pixelRatio: number): ImageData {
  const size = Math.ceil(2 * GLYPH_RADIUS * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d')!;
  drawGlyph(context, area, size / 2, size / 2, pixelRatio);
  return context.getImageData(0, 0, size, size);
}
