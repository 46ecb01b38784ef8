/** Geographic constants of the Comune di Milano. */

/** A box around the municipal territory (with a small margin), as [west, south, east, north]. */
export const MILAN_BOUNDS: readonly [number, number, number, number] = [9.03, 45.38, 9.29, 45.54];

/** Piazza del Duomo, the city centre. */
export const MILAN_CENTRE = { lat: 45.4642, lon: 9.19 } as const;

export function isInMilan(lat: number, lon: number): boolean {
  const [west, south, east, north] = MILAN_BOUNDS;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}
