/**
 * The map's picture for a printout: the WebGL canvas as it was just drawn, with the spaces' shapes
 * and numbers painted on it (the on-screen markers are HTML and would not be in the picture).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Space } from '../spaces/types.ts';
import { drawGlyph } from './glyph-canvas.ts';

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
          drawGlyph(context, space.area, point.x * scale, point.y * scale, scale);
        }
        resolve(canvas.toDataURL('image/png'));
      } catch (error) {
        reject(error);
      }
    });
    map.triggerRepaint();
  });
}
