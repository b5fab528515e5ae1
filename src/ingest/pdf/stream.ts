// Borderless (stream) tables on pages without rulings: a run of consecutive
// lines that each break into several pieces, where the pieces stack into
// columns separated by white channels running the height of the run.
import type { PageTable, TableCell } from './geometry.js';
import { piecesOf, type Line, type Piece } from './lines.js';
import { layoutSettings as layout } from './layout-settings.js';


export function findStreamTables(lines: readonly Line[]): { tables: PageTable[]; rest: Line[] } {
  const tables: PageTable[] = [];
  const used = new Set<Line>();
  let run: Line[] = [];
  const close = () => {
    const table = run.length >= layout.streamMinRows ? tableOf(run) : null;
    if (table) {
      tables.push(table);
      run.forEach((line) => used.add(line));
    }
    run = [];
  };
  for (const line of lines) {
    const previous = run[run.length - 1];
    const adjacent = !previous || line.y0 - previous.y1 < layout.streamRowGap * Math.max(line.size, previous.size);
    if (piecesOf(line).length >= 2 && adjacent) run.push(line);
    else {
      close();
      if (piecesOf(line).length >= 2) run.push(line);
    }
  }
  close();
  return { tables, rest: lines.filter((line) => !used.has(line)) };
}

function tableOf(rows: Line[]): PageTable | null {
  const pieces = rows.map(piecesOf);
  const columns = channelsBetween(pieces.flat());
  if (columns.length < 2) return null;
  // Every row must fit the columns: two pieces of a row in one column means a
  // piece elsewhere bridged a channel, and the run is not one table.
  const columnOf = (piece: Piece) => columns.findIndex(([a, b]) => piece.x0 >= a - 0.5 && piece.x1 <= b + 0.5);
  if (pieces.some((row) => new Set(row.map(columnOf)).size < row.length)) return null;
  const xs = [columns[0][0], ...columns.slice(1).map(([a], i) => (columns[i][1] + a) / 2), columns[columns.length - 1][1]];
  const ys = [rows[0].y0, ...rows.slice(1).map((line, i) => (rows[i].y1 + line.y0) / 2), rows[rows.length - 1].y1];
  const cells: TableCell[] = [];
  pieces.forEach((row, r) => {
    for (let c = 0; c < columns.length; c++) {
      const text = row
        .filter((piece) => columnOf(piece) === c)
        .map((piece) => piece.text)
        .join(' ');
      cells.push({ row: r, column: c, rowSpan: 1, colSpan: 1, bbox: [xs[c], ys[r], xs[c + 1], ys[r + 1]], text });
    }
  });
  return { bbox: [xs[0], ys[0], xs[xs.length - 1], ys[ys.length - 1]], xs, ys, cells, textLeft: columns[0][0] };
}

/** The x-ranges covered by text, merged where they overlap: each one a column. */
function channelsBetween(pieces: Piece[]): [number, number][] {
  const sorted = [...pieces].sort((a, b) => a.x0 - b.x0);
  const columns: [number, number][] = [];
  for (const piece of sorted) {
    const last = columns[columns.length - 1];
    if (last && piece.x0 <= last[1]) last[1] = Math.max(last[1], piece.x1);
    else columns.push([piece.x0, piece.x1]);
  }
  return columns;
}
