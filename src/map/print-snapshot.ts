/**
 * The map's picture for a printout: the WebGL canvas as it was just drawn, with the spaces' shapes
 * and numbers painted on it (the on-screen markers are HTML and would not be in the picture).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Space } from '../spaces/types';
import { areaColour, colour } from '../ui/tokens';

// The shapes are those of area-glyph.tsx, the colours the design tokens.

function drawGlyph(
  context: CanvasRenderingContext2D,
  space: Space,
  x: number,
  y: number,
  scale: number,
): void {
  const r = 14 * scale;
  context.save();
  context.translate(x, y);
  context.fillStyle = areaColour(space.area);
  context.strokeStyle = colour('color-on-dark');
  context.lineWidth = 3 * scale;
  context.beginPath();
  if (space.area === 1) context.arc(0, 0, r, 0, 2 * Math.PI);
  else if (space.area === 2) context.rect(-r, -r, 2 * r, 2 * r);
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
  context.fillText(String(space.area), 0, scale);
  context.restore();
}

/** Resolves with a PNG data URL of the map and the given spaces, right after the next frame. */
export function snapshotMap(map: MapLibreMap, spaces: readonly Space[]): Promise<string> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        const source = map.getCanvas();
        const canvas = document.createElement('canvas');
        canvas.width = source.width;
        canvas.height = source.height;
        const context = canvas.getContext('2d')!;
        // Read in the same task as the frame was drawn, before WebGL clears its buffer.
        context.drawImage(source, 0, 0);
        const scale = source.width / source.clientWidth;
        for (const space of spaces) {
          const point = map.project([space.lon, space.lat]);
          drawGlyph(context, space, point.x * scale, point.y * scale, scale);
        }
        resolve(canvas.toDataURL('image/png'));
      } catch (error) {
        reject(error);
      }
    });
    map.triggerRepaint();
  });
}
