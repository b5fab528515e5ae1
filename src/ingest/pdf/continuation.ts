// A table running over several pages is one table. The parts share one column
// structure (a part may draw fewer inner rulings: its cells then span); header
// rows a part repeats are dropped; a row the page break cut in two is one row
// again; a merged cell the break interrupted keeps its span.
import type { BBox, Cell } from '../../model/document.js';
import type { PageTable } from './geometry.js';
import { joinPrintings } from '../../tables/page-break.js';
import { joinWrapped, type Line } from './lines.js';
import { layoutSettings as layout } from './layout-settings.js';

/** The document's content in reading order, page after page. */
export type FlowItem = { kind: 'line'; page: number; line: Line } | ({ kind: 'table' } & TablePart);

export interface TablePart {
  page: number;
  table: PageTable;
  /** The lines its page prints outside tables. */
  pageLines: readonly Line[];
}

/** Whether `next` (first thing on its page) continues `previous` (last thing on the page before). */
export function continuesTable(previous: TablePart, next: TablePart, tolerance: number): boolean {
  if (next.page !== previous.page + 1) return false;
  const [a, b] = [previous.table, next.table];
  if (Math.abs(a.bbox[2] - b.bbox[2]) > tolerance) return false;
  if (Math.abs(a.bbox[0] - b.bbox[0]) > tolerance) return printsRightColumnsOf(a, next, tolerance);
  // One part's column boundaries must (nearly all) be the other's.
  const [fewer, more] = a.xs.length <= b.xs.length ? [a.xs, b.xs] : [b.xs, a.xs];
  const shared = fewer.filter((x) => more.some((y) => Math.abs(x - y) <= tolerance)).length;
  return shared >= layout.sharedColumns * fewer.length;
}

/**
 * A page of a table printing only its right-hand columns: the cells to their left
 * are merged cells running on from the page before (an 一级指标 beside its
 * indicators), drawn with no ruling of their own. Every column boundary of the
 * narrow part is one of the table's, and its page prints no text beside it, where
 * those cells are: text there is what the blank columns hold on this page (a
 * project's name printed where its merged cell's middle falls), not the cells above;
 * such a part was widened to the table's columns with that text read into them
 * (unruled-columns.ts), and continues the table as any part of its width.
 */
function printsRightColumnsOf(wide: PageTable, narrow: TablePart, tolerance: number): boolean {
  const [left, top, , bottom] = narrow.table.bbox;
  if (!printsColumnsOf(wide, narrow.table, tolerance)) return false;
  return !narrow.pageLines.some((line) => line.x1 > wide.bbox[0] && line.x0 < left && line.y1 > top && line.y0 < bottom);
}

/** Whether `narrow` starts right of `wide` and every column boundary of it (three at least) is one of `wide`'s. */
export function printsColumnsOf(wide: PageTable, narrow: PageTable, tolerance: number): boolean {
  if (narrow.bbox[0] <= wide.bbox[0] || narrow.xs.length < 3) return false;
  return narrow.xs.every((x) => wide.xs.some((y) => Math.abs(x - y) <= tolerance));
}

/**
 * A table continued on the next page under its title and captions printed
 * again: those repeated lines are dropped, so that the parts meet.
 */
export function withoutRepeatedTitles(flow: readonly FlowItem[], tolerance: number): FlowItem[] {
  const result: FlowItem[] = [];
  let titles = new Set<string>();
  const normal = (line: Line) => line.text.replace(/\s+/gu, '');
  for (let i = 0; i < flow.length; i++) {
    const item = flow[i];
    if (item.kind === 'table') {
      const previous = result[result.length - 1];
      if (!(previous?.kind === 'table' && continuesTable(previous, item, tolerance))) {
        const before = result.slice(-layout.titleLines).filter((f): f is Extract<FlowItem, { kind: 'line' }> => f.kind === 'line');
        titles = new Set(before.map((f) => normal(f.line)));
      }
      result.push(item);
      // Lines opening the next page, all repeating this table's titles, then a table that continues it.
      let j = i + 1;
      while (j < flow.length && j - i <= layout.titleLines && flow[j].kind === 'line' && flow[j].page === item.page + 1 && titles.has(normal((flow[j] as Extract<FlowItem, { kind: 'line' }>).line))) j++;
      const next = flow[j];
      if (j > i + 1 && next?.kind === 'table' && continuesTable(item, next, tolerance)) i = j - 1;
    } else {
      result.push(item);
    }
  }
  return result;
}

interface PlacedCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  page: number;
  bbox: BBox;
  runsOn?: boolean;
  openTop?: boolean;
}

/**
 * The parts of one table (in page order) → rows in HTML semantics. Parts drawing
 * as many column boundaries as one another print the same columns, whatever
 * their widths (a page's columns sized to its own text): their k-th columns are
 * one. Otherwise (a part drawing fewer inner rulings, or only the right-hand
 * columns) cells are placed on the union of all parts' boundaries.
 */
export function joinTableParts(parts: readonly TablePart[], tolerance: number): Cell[][] {
  const sameColumns = parts.every((part) => part.table.xs.length === parts[0].table.xs.length);
  const columns = sameColumns ? parts[0].table.xs : unionOf(parts.flatMap((p) => p.table.xs), tolerance);
  const placed = parts.map((part) =>
    part.table.cells.map((cell): PlacedCell => {
      const columnAt = (x: number) => nearestIndex(sameColumns ? part.table.xs : columns, x);
      const column = columnAt(cell.bbox[0]);
      return {
        row: cell.row,
        column,
        rowSpan: cell.rowSpan,
        colSpan: Math.max(1, columnAt(cell.bbox[2]) - column),
        text: cell.text,
        page: part.page,
        bbox: cell.bbox,
        runsOn: cell.runsOn,
        openTop: cell.openTop,
      };
    }),
  );
  let cells = placed[0];
  let rows = parts[0].table.ys.length - 1;
  for (let k = 1; k < parts.length; k++) {
    const runningOn = placed[k].filter((cell) => cell.runsOn);
    let part = withoutRepeatedHeader(placed[k].filter((cell) => !cell.runsOn), cells);
    part = continueInterruptedCells(part, cells, rows);
    const partRows = Math.max(0, ...part.map((cell) => cell.row + cell.rowSpan));
    // Only a page printing the table's right-hand columns leaves columns blank (see printsRightColumnsOf,
    // which compares edges at twice this tolerance), or fills them with text no ruling encloses.
    const narrow = parts[k].table.bbox[0] > columns[0] + 2 * tolerance || runningOn.length > 0;
    const blank = narrow ? runOnIntoBlankColumns(part, cells, rows, partRows, columns, runningOn) : [];
    cells = [...cells, ...blank, ...part.map((cell) => ({ ...cell, row: cell.row + rows }))];
    rows += partRows;
  }
  return toRows(cells, rows);
}

/**
 * The columns a part prints no ruled cell in (a page ruling only the table's right-hand
 * columns): the merged cell above runs on through the part's rows, as the page's
 * missing rulings say, and takes the text the page prints unruled in its column
 * (`runningOn`, see unruled-columns.ts); where none is above, a cell spans them.
 * Returns the cells to add; cells above are lengthened in place.
 */
function runOnIntoBlankColumns(
  part: PlacedCell[],
  table: PlacedCell[],
  rows: number,
  partRows: number,
  columns: readonly number[],
  runningOn: readonly PlacedCell[],
): PlacedCell[] {
  if (partRows === 0 || part.length === 0) return [];
  const covered = (column: number) =>
    part.some((c) => c.column <= column && column < c.column + c.colSpan) ||
    table.some((t) => t.column <= column && column < t.column + t.colSpan && t.row + t.rowSpan > rows);
  const top = Math.min(...part.map((c) => c.bbox[1]));
  const bottom = Math.max(...part.map((c) => c.bbox[3]));
  const blank: PlacedCell[] = [];
  for (let column = 0; column < columns.length - 1; column++) {
    if (covered(column)) continue;
    const text = runningOn.find((c) => c.column === column)?.text ?? '';
    // The one cell in the table's last row over this column, if any (a wider one starts further left).
    const above = table.find((t) => t.column <= column && column < t.column + t.colSpan && t.row + t.rowSpan === rows);
    if (!above) {
      blank.push({ row: rows, column, rowSpan: partRows, colSpan: 1, text, page: part[0].page, bbox: [columns[column], top, columns[column + 1], bottom] });
      continue;
    }
    if (above.column === column) above.rowSpan += partRows;
    above.text = joinPrintings(above.text, text);
  }
  return blank;
}

function unionOf(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const result: number[] = [];
  for (const v of sorted) if (result.length === 0 || v - result[result.length - 1] > tolerance) result.push(v);
  return result;
}

function nearestIndex(values: number[], x: number): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (Math.abs(values[i] - x) < Math.abs(values[best] - x)) best = i;
  return best;
}

const rowKey = (cells: PlacedCell[], row: number): string =>
  cells
    .filter((c) => c.row === row)
    .sort((a, b) => a.column - b.column)
    .map((c) => `${c.column}:${c.colSpan}:${c.text.replace(/\s+/gu, '')}`)
    .join('|');

/** Leading rows identical to the table's first rows are the header printed again. */
function withoutRepeatedHeader(part: PlacedCell[], table: PlacedCell[]): PlacedCell[] {
  let repeated = 0;
  const partRows = Math.max(0, ...part.map((c) => c.row + 1));
  while (repeated < partRows - 1 && rowKey(part, repeated) !== '' && rowKey(part, repeated) === rowKey(table, repeated)) repeated++;
  // A header row spanning into the data rows is not a clean header: keep everything.
  if (repeated === 0 || part.some((c) => c.row < repeated && c.row + c.rowSpan > repeated)) return part;
  return part.filter((c) => c.row >= repeated).map((c) => ({ ...c, row: c.row - repeated }));
}

/**
 * The first row of a new part either continues the row the page break cut
 * (most of its cells empty, text only where the cut row's text ran on) or is
 * a new row; in both cases an empty cell under a merged cell of the previous
 * page continues that merged cell. So does a cell with text that the page
 * leaves open at the top under an empty cell (a merged cell a ruling opened at
 * the foot of the page before, its text printed where its middle falls), and
 * with it the open cells over the same rows whose cells above span the same
 * rows as its own: the merged cells opened together, whose text the page before
 * may have begun (the printings are joined).
 */
function continueInterruptedCells(part: PlacedCell[], table: PlacedCell[], rows: number): PlacedCell[] {
  const lastRow = rows - 1;
  const above = (cell: PlacedCell) =>
    table.find((t) => t.column === cell.column && t.colSpan === cell.colSpan && t.row <= lastRow && t.row + t.rowSpan > lastRow);
  const first = part.filter((c) => c.row === 0);
  const spanning = (cell: PlacedCell) => {
    const t = above(cell);
    return t !== undefined && (t.rowSpan > 1 || cell.rowSpan > 1);
  };
  const open = first.filter((c) => !(c.text === '' && spanning(c)));
  const filled = open.filter((c) => c.text !== '');
  const cutRow =
    first.length > 0 &&
    open.length > 0 &&
    filled.length * 2 <= open.length &&
    !first.some((c) => c.column === 0 && c.text !== '' && !spanning(c)) &&
    filled.every((c) => above(c)?.text && !startsItem.test(c.text) && !(completeFigure.test(c.text) && completeFigure.test(above(c)!.text)));
  let rest = part;
  if (cutRow) {
    for (const cell of first) {
      const t = above(cell);
      if (t && cell.text) t.text = joinWrapped([t.text, cell.text]);
      if (t) t.rowSpan += cell.rowSpan - 1;
    }
    rest = part.filter((c) => c.row > 0 || (!above(c) && c.rowSpan > 1)).map((c) => ({ ...c, row: Math.max(0, c.row - 1), rowSpan: c.row === 0 ? c.rowSpan - 1 : c.rowSpan }));
    return rest;
  }
  // Text in a cell open at the top under an empty one: the merged cells a ruling opened together at the foot of
  // the page before (the same rows there, the same rows here) run on into the cells the page leaves open.
  const groups = first
    .filter((c) => c.openTop === true && c.text !== '' && above(c)?.text === '')
    .map((c) => ({ rowSpan: c.rowSpan, row: above(c)!.row, aboveSpan: above(c)!.rowSpan }));
  const oneGroup = (cell: PlacedCell, t: PlacedCell) => groups.some((g) => g.rowSpan === cell.rowSpan && g.row === t.row && g.aboveSpan === t.rowSpan);
  for (const cell of first) {
    const t = above(cell);
    const runsOn = cell.openTop === true && t !== undefined && oneGroup(cell, t);
    if (!runsOn && (cell.text !== '' || !spanning(cell))) continue;
    t!.rowSpan += cell.rowSpan;
    if (runsOn) t!.text = joinPrintings(t!.text, cell.text);
    rest = rest.filter((c) => c !== cell);
  }
  return rest;
}

/** A whole figure (2049636600.00, 1,234.56): under another whole figure it is a new row's, never the rest of the cut one's. */
const completeFigure = /^-?\d[\d,]*(?:\.\d+)?$/u;

/** Text opening a new item (22、其他支出, （三）, 2080505): a new row, never the rest of a cut one. */
const startsItem = /^(?:\d{1,3}[、.．](?!\d)|[（(][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{3,}(?![\d,.]))/u;

function toRows(cells: PlacedCell[], rows: number): Cell[][] {
  const result: Cell[][] = Array.from({ length: rows }, () => []);
  for (const cell of [...cells].sort((a, b) => a.row - b.row || a.column - b.column)) {
    result[cell.row].push({
      text: cell.text,
      rowSpan: cell.rowSpan,
      colSpan: cell.colSpan,
      page: cell.page,
      bbox: cell.bbox.map((v) => Math.round(v * 100) / 100) as BBox,
    });
  }
  return result;
}
