// Span-aware grids: a table in HTML semantics (covered positions omitted)
// expanded to a rectangle where every position knows the cell covering it.
import type { Cell } from '../model/document.js';

export interface GridSlot {
  cell: Cell;
  /** Row and column of the cell's top-left position. */
  row: number;
  column: number;
  /** Whether this position is the cell's own top-left one (not covered by a span). */
  origin: boolean;
}

export type Grid = GridSlot[][];

export function toGrid(rows: readonly (readonly Cell[])[]): Grid {
  const grid: Grid = rows.map(() => []);
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r][c]) c++;
      for (let dr = 0; dr < cell.rowSpan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          grid[r + dr][c + dc] = { cell, row: r, column: c, origin: dr === 0 && dc === 0 };
        }
      }
      c += cell.colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const blank: Cell = { text: '', rowSpan: 1, colSpan: 1 };
  grid.forEach((row, r) => {
    for (let c = 0; c < width; c++) row[c] ??= { cell: blank, row: r, column: c, origin: true };
  });
  return grid;
}

/** The text at each position of a grid row (a spanning cell's text repeated across its span). */
export function rowTexts(grid: Grid, row: number): string[] {
  return grid[row].map((slot) => slot.cell.text);
}

/** The non-blank texts of the cells that start in a row (a cell spanning down from above belongs to its own row). */
export function originTexts(grid: Grid, row: number): string[] {
  return grid[row].filter((slot) => slot.origin && slot.row === row && slot.cell.text !== '').map((slot) => slot.cell.text);
}
