/**
 * "Come arrivare": the public-transport stops near each space, as the build computes them from the
 * Comune's open data on ATM's stops (data/transit/) and publishes them with the walking figures
 * (src/reach/reach-format.ts). The data names each stop's place and lines, and nothing else: it
 * does not tell a bus from a tram or a trolleybus, nor the direction, so neither does the app.
 */

import { formatDate } from '../i18n/format-date.ts';
import type { Language } from '../i18n/languages.ts';

/** Surface stops are listed within this walk of the space, in the app's estimated minutes. */
export const STOP_MINUTES = 5;
/** Metro stations are listed within this walk. */
export const METRO_MINUTES = 15;
/** At most this many of the nearest surface stops, and any farther one with a line none has. */
export const NEAREST_STOPS = 10;

export interface NearbyStop {
  /** Where the stop is as ATM writes it ("V.le Omero, 17"); a station's name cased for reading. */
  name: string;
  /** The lines that stop there, as published: "77", "93"; for the metro "3" (M3). */
  lines: string[];
  /** The walk from the space, in the app's estimated minutes (src/spaces/walking.ts). */
  minutes: number;
  lat: number;
  lon: number;
}

export interface SpaceTransit {
  /** Surface stops (bus, tram, trolleybus: the data does not say which), nearest first. */
  stops: NearbyStop[];
  /** The nearest station of each metro line within METRO_MINUTES, nearest first. */
  metro: NearbyStop[];
}

/** "3" -> "M3". */
export const metroLine = (line: string) => `M${line}`;

/** What the build publishes, beside the walking figures. */
export interface TransitSummary {
  /** When the Comune published the stops, as far as it is known: "2026", "2026-03", "2026-03-14". */
  published: string;
  /** Each space's stops, by the space's id. */
  spaces: Record<string, SpaceTransit>;
}

const isStops = (value: unknown) =>
  Array.isArray(value) &&
  value.every(
    (stop: Partial<NearbyStop> | null) =>
      typeof stop?.name === 'string' &&
      Array.isArray(stop.lines) &&
      stop.lines.every((line) => typeof line === 'string') &&
      typeof stop.minutes === 'number' &&
      typeof stop.lat === 'number' &&
      typeof stop.lon === 'number',
  );

/** Enough of the published shape that the views can read it. */
export function isTransitSummary(value: unknown): value is TransitSummary {
  const v = value as Partial<TransitSummary> | null | undefined;
  return (
    typeof v?.published === 'string' &&
    typeof v.spaces === 'object' &&
    v.spaces !== null &&
    Object.values(v.spaces).every((space) => isStops(space?.stops) && isStops(space?.metro))
  );
}

/** "2026", "March 2026" or "14 March 2026", as far as the date of publication is known. */
export function publishedDate(published: string, lang: Language): string {
  if (/^\d{4}$/.test(published)) return published;
  if (/^\d{4}-\d{2}$/.test(published))
    return formatDate(`${published}-01`, lang, { month: 'long', year: 'numeric' });
  return formatDate(published, lang);
}
