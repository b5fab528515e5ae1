// A cell a page break cuts: each page prints its part of the text, or some
// producers the whole text again. A reader that knows two cells are one cut
// cell joins their printings here, whatever the format.
import type { Cell } from '../model/document.js';

/** Whether `below` is printed on a later page than `above`; null where either carries no page (a format without pages). */
export function onLaterPage(above: Cell, below: Cell): boolean | null {
  return above.page !== undefined && below.page !== undefined ? below.page > above.page : null;
}

/**
 * The two printings of one text over a page break, joined once: the whole text
 * repeated, or its two parts (`做好…为政府制` + `定价格提供支撑。`) — parts meet
 * without overlap, since each character is printed on one page only
 * (`11000025T000003` + `315028-…`: the repeated `3` is the code's own).
 */
export function joinPrintings(before: string, after: string): string {
  if (after.includes(before)) return after;
  if (before.includes(after)) return before;
  return before + after;
}
