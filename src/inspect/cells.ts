// The printed cells of the document's tables, each with an id the review page
// uses, and the lookups provenance needs: a row's cells, a grid position's cell.
import type { RawTable } from '../schema/canonical.js';
import { readHeader } from '../tables/header.js';
import { toGrid, type Grid } from '../tables/grid.js';

export const cellId = (table: number, row: number, column: number) => `t${table}r${row}c${column}`;

export class TableCells {
  readonly grid: Grid;
  /** Rows from the first header row to the first body row, as the table readers find them. */
  readonly headerRows: ReadonlySet<number>;

  constructor(readonly table: RawTable) {
    this.grid = toGrid(table.rows);
    const header = readHeader(this.grid);
    this.headerRows = new Set(Array.from({ length: header.bodyStart - header.start }, (_, i) => header.start + i));
  }

  /** The grid column of each cell of a row, in the row's order (HTML semantics: covered positions are not cells). */
  columnsOf(row: number): number[] {
    const cells = this.table.rows[row] ?? [];
    return this.grid[row].flatMap((slot, column) => (slot.origin && slot.row === row && cells.includes(slot.cell) ? [column] : []));
  }

  /** The cells that start in a row: what a record with `source: { table, row }` was read from. */
  rowCells(row: number): string[] {
    return this.grid[row] ? this.columnsOf(row).map((column) => cellId(this.table.index, row, column)) : [];
  }

  /** The cell covering a grid position (a figure read under a span belongs to the spanning cell). */
  cellAt(row: number, column: number): string | null {
    const slot = this.grid[row]?.[column];
    if (!slot || !this.table.rows[slot.row]?.includes(slot.cell)) return null;
    return cellId(this.table.index, slot.row, slot.column);
  }
}
