// A table over pages whose later page rules only its right-hand columns (the
// indicators of a 绩效目标表) and prints the text of the merged cells to their
// left unruled: a project's code and name, budget and goals, centred in a cell
// that runs over several pages, land on whichever page its middle falls on.
// That text is what the blank columns hold on this page; read into them, the
// part is the whole table's width again and continues it.
import { printsColumnsOf, type FlowItem, type TablePart } from './continuation.js';
import type { PageTable, TableCell } from './geometry.js';
import { cellText } from './lattice.js';
import type { Line } from './lines.js';

/**
 * The flow with each such part widened to the table's columns (the wider part
 * before it), the text beside it read into the left-hand columns and taken
 * out of the page's lines.
 */
export function withUnruledColumnsRead(flow: readonly FlowItem[], tolerance: number): FlowItem[] {
  const result: FlowItem[] = [];
  const read = new Set<Line>();
  for (const item of flow) {
    if (item.kind === 'line') {
      if (!read.has(item.line)) result.push(item);
      continue;
    }
    const at = result.findLastIndex((f) => f.kind === 'table');
    const previous = result[at];
    const between = result.slice(at + 1);
    const beside = previous?.kind === 'table' ? textBeside(previous, item, tolerance) : [];
    if (previous?.kind !== 'table' || beside.length === 0 || !between.every((f) => f.kind === 'line' && beside.includes(f.line))) {
      result.push(item);
      continue;
    }
    beside.forEach((line) => read.add(line));
    result.splice(at + 1);
    result.push({ ...item, table: widened(previous.table, item.table, beside, tolerance), pageLines: item.pageLines.filter((line) => !read.has(line)) });
  }
  return result;
}

/**
 * The lines printed beside `next` where the wider part `previous` (the page
 * before) has its left-hand columns: left of the ruled part, level with it,
 * all within the table's width. None where `next` is not that table's
 * right-hand columns, or a line level with it starts left of the table (a
 * note, a margin, not the table's cells).
 */
function textBeside(previous: TablePart, next: TablePart, tolerance: number): Line[] {
  const wide = previous.table;
  const [left, top, , bottom] = next.table.bbox;
  if (next.page !== previous.page + 1 || Math.abs(wide.bbox[2] - next.table.bbox[2]) > tolerance || !printsColumnsOf(wide, next.table, tolerance)) return [];
  const beside = next.pageLines.filter((line) => line.y1 > top && line.y0 < bottom && line.x0 < left);
  return beside.every((line) => line.x0 >= wide.bbox[0] - tolerance) ? beside : [];
}

/**
 * `part` with the left-hand columns of `wide` added: in each, one cell over
 * all its rows (no ruling divides them) holding the glyphs beside the part
 * that fall in that column, marked as running on from the cell above.
 */
function widened(wide: PageTable, part: PageTable, beside: readonly Line[], tolerance: number): PageTable {
  const [left, top, right, bottom] = part.bbox;
  const xs = [...wide.xs.filter((x) => x < left - tolerance), ...part.xs];
  const added = xs.length - part.xs.length;
  const glyphs = beside.flatMap((line) => line.glyphs).filter((g) => (g.x0 + g.x1) / 2 < left);
  const columnOf = (x: number) => Math.max(0, xs.findLastIndex((b, i) => i < added && b <= x));
  const inColumn = (column: number) => glyphs.filter((g) => columnOf((g.x0 + g.x1) / 2) === column);
  const runningOn: TableCell[] = xs.slice(0, added).map((x0, column) => ({
    row: 0,
    column,
    rowSpan: part.ys.length - 1,
    colSpan: 1,
    bbox: [x0, top, xs[column + 1], bottom],
    text: cellText(inColumn(column)),
    runsOn: true,
  }));
  const cells = [...runningOn, ...part.cells.map((cell) => ({ ...cell, column: cell.column + added }))].sort((a, b) => a.row - b.row || a.column - b.column);
  const firstColumn = inColumn(0);
  const textLeft = firstColumn.length > 0 ? Math.min(...firstColumn.map((g) => g.x0)) : xs[0];
  return { bbox: [xs[0], top, right, bottom], xs, ys: part.ys, cells, textLeft };
}
