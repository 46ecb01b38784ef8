/**
 * The guided tour of presentation mode: the programme, then each thematic area, then each space,
 * then who they reach on foot, then the whole city with a QR code. Pure: the steps follow from the spaces.
 */
import { AREA_IDS, type AreaId, type Space } from '../spaces/types.ts';

export type TourStep =
  | { kind: 'opening' }
  | { kind: 'area'; area: AreaId; spaces: Space[] }
  | { kind: 'space'; space: Space }
  /** "Chi raggiunge il programma": who the spaces reach on foot, the city's and each area's. */
  | { kind: 'reach' }
  | { kind: 'closing' };

export function tourSteps(spaces: readonly Space[]): TourStep[] {
  const ordered = [...spaces].sort((a, b) => a.area - b.area || a.number - b.number);
  return [
    { kind: 'opening' },
    ...AREA_IDS.map((area) => ({
      kind: 'area' as const,
      area,
      spaces: ordered.filter((s) => s.area === area),
    })),
    ...ordered.map((space) => ({ kind: 'space' as const, space })),
    { kind: 'reach' },
    { kind: 'closing' },
  ];
}

/** The spaces a step puts forward; the others are dimmed. Null: all equally. */
export function highlightedIds(step: TourStep | undefined): Set<string> | null {
  if (step?.kind === 'area') return new Set(step.spaces.map((s) => s.id));
  if (step?.kind === 'space') return new Set([step.space.id]);
  return null;
}

/** Clicker and keyboard keys: the next step, the previous one, the first, the last, or leave. */
export function tourKey(key: string): 'next' | 'previous' | 'first' | 'last' | 'exit' | null {
  if (['PageDown', 'ArrowRight', 'ArrowDown', ' '].includes(key)) return 'next';
  if (['PageUp', 'ArrowLeft', 'ArrowUp', 'Backspace'].includes(key)) return 'previous';
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  if (key === 'Escape') return 'exit';
  return null;
}
