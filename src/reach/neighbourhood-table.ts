/**
 * The neighbourhoods' walking figures as a table: its rows, their order, and the CSV files of it.
 * The page (coverage-page.tsx) and the files show the same counts, from the same summary.
 */
import { csvText } from '../spaces/csv.ts';
import type { NeighbourhoodReach, ReachSummary } from './reach-format.ts';

export type NeighbourhoodColumn = 'name' | 'numbers' | 'portineria' | 'any' | 'farthest';
export type SortDirection = 'ascending' | 'descending';
export interface TableOrder {
  column: NeighbourhoodColumn;
  direction: SortDirection;
}

/** The table's first order: by name, as a person looks their neighbourhood up. */
export const FIRST_ORDER: TableOrder = { column: 'name', direction: 'ascending' };

/** A column's first direction when chosen: names from A, figures from the largest share. */
export function firstDirection(column: NeighbourhoodColumn): SortDirection {
  return column === 'name' ? 'ascending' : 'descending';
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

function value(row: NeighbourhoodReach, column: NeighbourhoodColumn): number | string {
  switch (column) {
    case 'name':
      return row.name;
    case 'numbers':
      return row.numbers;
    case 'portineria':
      return share(row.portineria, row.numbers);
    case 'any':
      return share(row.any, row.numbers);
    case 'farthest':
      return row.farthest;
  }
}

/** The rows in the order asked for; ties by name, so that the order never depends on the file's. */
export function sortNeighbourhoods(
  rows: readonly NeighbourhoodReach[],
  { column, direction }: TableOrder,
  lang: string,
): NeighbourhoodReach[] {
  const byName = new Intl.Collator(lang).compare;
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a, column);
    const y = value(b, column);
    const order = typeof x === 'string' ? byName(x, y as string) : (x as number) - (y as number);
    return sign * order || byName(a.name, b.name);
  });
}

/** The neighbourhoods with at least one house number (a NIL of parks or rail yards has none). */
export function neighbourhoodRows(summary: ReachSummary): NeighbourhoodReach[] {
  return summary.neighbourhoods.filter((n) => n.numbers > 0);
}

export const NEIGHBOURHOOD_CSV_COLUMNS = [
  'nil_id',
  'nil_name',
  'house_numbers',
  'within_15_min_portineria',
  'share_15_min_portineria_percent',
  'within_15_min_any_space',
  'share_15_min_any_space_percent',
  'farthest_walk_to_nearest_space_min',
] as const;

const percent = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;

/** The table as CSV: with commas, or with semicolons and decimal commas for a spreadsheet in Italian. */
export function neighbourhoodsToCsv(summary: ReachSummary, separator: ',' | ';' = ','): string {
  return csvText(
    NEIGHBOURHOOD_CSV_COLUMNS,
    neighbourhoodRows(summary).map((n) => [
      n.id,
      n.name,
      n.numbers,
      n.portineria,
      percent(n.portineria, n.numbers),
      n.any,
      percent(n.any, n.numbers),
      n.farthest,
    ]),
    separator,
  );
}
