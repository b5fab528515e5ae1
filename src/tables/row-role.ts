// What a body row is, from its own cells: a figure row (data, total, subtotal),
// a group heading over the rows beneath it, a note or caption printed as a row,
// the row numbering the columns under the header (`** | ** | 1 | 2`, 栏次), or a
// header row printed again inside the body.
import { parseAmount } from '../money/amount.js';
import { stripEnumerator } from '../text/enumerators.js';
import { captionLine } from './caption-words.js';
import { emptyStatement } from './empty-statement.js';
import { type Grid, originTexts } from './grid.js';
import { totalRole } from './total-words.js';

export type RowRole = 'data' | 'total' | 'subtotal' | 'group' | 'note' | 'column-number' | 'caption' | 'header';

/** Rows that print none of the table's content: a note, a caption, the column numbers or the header again. */
const asides: ReadonlySet<RowRole> = new Set(['note', 'caption', 'column-number', 'header']);

export function isAside(role: RowRole): boolean {
  return asides.has(role);
}

/** `注：…`, `（注：…）`: a note printed as a row. */
const noteOpening = /^[（(]?注[:：]/u;
/** A cell of a column-number row: `**`, 栏次, or a column number. */
const columnNumberCell = /^(?:\*+|栏次|\d{1,2})$/u;

/**
 * The role of a body row. `label` is the row's label (its first text other than a
 * running row number); `figures` whether the table's body prints any amount at all,
 * so that a row naming only a label heads a group in a table of figures, while in a
 * table of words (机构设置) it is data. `headerRows` are the texts of the header's
 * rows (joined by `|`) and the table's title: a page the ingester joined on prints
 * them again.
 */
export function rowRole(grid: Grid, row: number, label: string, figures: boolean, headerRows: ReadonlySet<string> = new Set()): RowRole {
  if (noteRow(grid, row) !== null) return 'note';
  if (isColumnNumberRow(grid, row)) return 'column-number';
  const texts = originTexts(grid, row);
  if (texts.length > 0 && texts.every((text) => captionLine.test(text))) return 'caption';
  if (headerRows.has(texts.join('|'))) return 'header';
  const total = totalRole(stripEnumerator(label));
  if (total) return total;
  const labelOnly = grid[row].every((slot) => slot.cell.text === '' || slot.cell.text === label);
  return figures && labelOnly && parseAmount(label) === null ? 'group' : 'data';
}

/** A row of column numbers under the header (`** | ** | 1 | 2 | 3`, 栏次). */
function isColumnNumberRow(grid: Grid, row: number): boolean {
  const texts = originTexts(grid, row);
  return texts.length >= 2 && texts.every((text) => columnNumberCell.test(text)) && texts.some((text) => /^\*+|栏次$/u.test(text) || text === '1');
}

/** A note printed as a row of its own inside the table (`注：…`, `（注：…）`, `本表无数据`), or null. */
function noteRow(grid: Grid, row: number): string | null {
  const texts = originTexts(grid, row);
  if (texts.length !== 1) return null;
  return noteOpening.test(texts[0]) || emptyStatement(texts) !== null ? texts[0] : null;
}
