// Rows a table draws without rulings above its ruled grid: a title row, a
// 编制部门 … 截止时间 row. Their text is laid out like the cells below it (the
// same cell padding from the table's edge), which tells them from a caption
// paragraph: that starts at the page's text margin, or outside the table.
import type { PageTable, TableCell } from './geometry.js';
import { piecesOf, type Line } from './lines.js';
import type { TextFrame } from './paragraphs.js';
import { layoutSettings as layout } from './layout-settings.js';

/** Lines directly above `table` that are its unruled top rows, nearest last, or none. */
export function unruledHeadRows(table: PageTable, lines: readonly Line[], frame: TextFrame | undefined): Line[] {
  const [x0, top, x1] = table.bbox;
  const above = lines.filter((l) => l.y1 <= top + 1 && l.x0 >= x0 && l.x1 <= x1).sort((a, b) => b.y0 - a.y0);
  const rows: Line[] = [];
  let edge = top;
  for (const line of above) {
    if (edge - line.y1 > line.size) break;
    const alignedWithCells = Math.abs(line.x0 - table.textLeft) <= layout.cellTextAlign && line.x0 > x0 + 1 && (!frame || line.x0 > frame.left + 1);
    const centredOnTable = Math.abs((line.x0 + line.x1) / 2 - (x0 + x1) / 2) < line.size;
    if (!(alignedWithCells || (rows.length > 0 && centredOnTable))) break;
    rows.unshift(line);
    edge = line.y0;
  }
  return rows;
}

/**
 * The table with `rows` (top to bottom) added above its grid. No border marks
 * an empty cell in such a row, so each piece of text (split at wide gaps)
 * reaches to the next piece's column.
 */
export function withHeadRows(table: PageTable, rows: readonly Line[]): PageTable {
  if (rows.length === 0) return table;
  const { xs } = table;
  const columnOf = (x: number) => Math.max(0, xs.findLastIndex((b, i) => i < xs.length - 1 && b <= x));
  const cells: TableCell[] = [];
  rows.forEach((line, r) => {
    const pieces = piecesOf(line);
    const starts = pieces.map((piece, i) => (i === 0 ? 0 : columnOf(piece.x0)));
    pieces.forEach((piece, i) => {
      const end = i + 1 < pieces.length ? starts[i + 1] : xs.length - 1;
      if (end <= starts[i]) return;
      cells.push({ row: r, column: starts[i], rowSpan: 1, colSpan: end - starts[i], bbox: [xs[starts[i]], line.y0, xs[end], line.y1], text: piece.text });
    });
  });
  const shifted = table.cells.map((cell) => ({ ...cell, row: cell.row + rows.length }));
  return {
    ...table,
    bbox: [table.bbox[0], rows[0].y0, table.bbox[2], table.bbox[3]],
    ys: [...rows.map((line) => line.y0), ...table.ys],
    cells: [...cells, ...shifted],
  };
}
