/** A house number on a street: the exact entrance, a range's mean, or the nearest numbers. */
import { COORDINATE_BASE, fromMicro, type NumberRow } from './address-index-format.ts';
import type { Place, Street } from './address-search.ts';
import { normaliseHouseNumber, type HouseNumberQuery } from './address-text.ts';

export function place(street: Street, [text, lat, lon]: NumberRow): Place {
  return {
    label: `${street.label} ${text}`,
    lat: fromMicro(lat, COORDINATE_BASE.lat),
    lon: fromMicro(lon, COORDINATE_BASE.lon),
  };
}

/** The places a number query names on one street: exact first, then numbers that start with it. */
export function matchNumber(
  street: Street,
  rows: readonly NumberRow[],
  number: HouseNumberQuery,
): Place[] {
  if (number.kind === 'single') {
    const wanted = normaliseHouseNumber(number.value);
    const exact = rows.filter((r) => normaliseHouseNumber(r[0]) === wanted);
    // "24" also offers 24A, 24B...: the same number with a letter or a slash.
    const sameNumber = rows.filter(
      (r) =>
        normaliseHouseNumber(r[0]) !== wanted &&
        new RegExp(`^${wanted}[a-z/]`).test(normaliseHouseNumber(r[0])),
    );
    return [...exact, ...sameNumber].map((r) => place(street, r));
  }
  const chosen =
    number.kind === 'letters'
      ? rows.filter((r) => {
          const m = normaliseHouseNumber(r[0]).match(/^(\d+)([a-z])$/);
          return m && Number(m[1]) === number.base && m[2]! >= number.from && m[2]! <= number.to;
        })
      : rows.filter((r) => r[0] === String(number.from) || r[0] === String(number.to));
  if (chosen.length === 0) return [];
  return [
    {
      label: `${street.label} ${describeNumber(number)}`,
      lat: fromMicro(mean(chosen.map((r) => r[1])), COORDINATE_BASE.lat),
      lon: fromMicro(mean(chosen.map((r) => r[2])), COORDINATE_BASE.lon),
    },
  ];
}

/** Up to three numbers closest in value to the one asked for, plain numbers first. */
export function nearestNumbers(rows: readonly NumberRow[], number: HouseNumberQuery): NumberRow[] {
  const target =
    number.kind === 'single'
      ? parseInt(number.value, 10)
      : number.kind === 'letters'
        ? number.base
        : number.from;
  return [...rows]
    .sort((a, b) => {
      const da = Math.abs(parseInt(a[0], 10) - target);
      const db = Math.abs(parseInt(b[0], 10) - target);
      return da - db || a[0].length - b[0].length || parseInt(a[0], 10) - parseInt(b[0], 10);
    })
    .slice(0, 3);
}

export function describeNumber(number: HouseNumberQuery): string {
  if (number.kind === 'single') return number.value.toUpperCase();
  if (number.kind === 'letters')
    return `${number.base} ${number.from.toUpperCase()}-${number.to.toUpperCase()}`;
  return `${number.from}-${number.to}`;
}

function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}
