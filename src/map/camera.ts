/** Camera arithmetic for the map: where the spaces are and what the panel hides. */
import type { Space } from '../spaces/types';

/** Close enough to see the building's block and the streets around it. */
export const SPACE_ZOOM = 15;

/** Room around the spaces when the map shows them all: a marker's size plus the controls. */
export const FIT_PADDING = { top: 56, bottom: 64, left: 64, right: 48 };

/** [[west, south], [east, north]] around the spaces. */
export function boundsOf(
  spaces: readonly Pick<Space, 'lat' | 'lon'>[],
): [[number, number], [number, number]] {
  const lons = spaces.map((s) => s.lon);
  const lats = spaces.map((s) => s.lat);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}

/** Keeps a chosen space clear of the detail panel: beside it on wide screens, above it on phones. */
export function panelPadding(container: HTMLElement): {
  top: number;
  right: number;
  bottom: number;
  left: number;
} {
  const wide = container.clientWidth >= 700;
  return {
    top: 24,
    left: 24,
    right: wide ? Math.min(420, container.clientWidth / 2) : 24,
    bottom: 24,
  };
}
