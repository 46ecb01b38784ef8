/**
 * How much of each area's group the list shows. A programme of a few dozen spaces shows them all;
 * a larger one (the app may serve programmes of up to 999) shows each group a page at a time, so
 * that the page and a filter toggle stay quick, with a button for the next page.
 */
export const LIST_PAGE = 25;

/** How many of a group's `total` entries the pages opened so far show. */
export function shownCount(total: number, pages: number): number {
  return Math.min(total, pages * LIST_PAGE);
}

/** The pages a group must have open to show the entry at `position` (0-based). */
export function pagesToShow(position: number): number {
  return Math.floor(position / LIST_PAGE) + 1;
}
