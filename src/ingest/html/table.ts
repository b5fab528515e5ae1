// HTML tables → model rows. HTML already has the model's semantics (a spanning
// cell once, at its top-left position); what needs care is what Word and
// CMS pages add: tables that only position the page, the empty zero-width
// spacer row and column Word emits, and hard breaks inside cells.
import type { Element } from 'domhandler';
import type { Cell } from '../../model/document.js';
import { limits } from '../../limits.js';
import { toGrid } from '../../tables/grid.js';
import { elementChildren, flatten } from './flatten.js';

/** The table's own rows in source order (not those of tables nested in its cells). */
export function tableRows(table: Element): Element[] {
  return elementChildren(table).flatMap((child) => {
    const name = child.name.toLowerCase();
    if (name === 'tr') return [child];
    if (name === 'thead' || name === 'tbody' || name === 'tfoot') return elementChildren(child).filter((row) => row.name.toLowerCase() === 'tr');
    return [];
  });
}

export function rowCells(row: Element): Element[] {
  return elementChildren(row).filter((cell) => /^t[dh]$/i.test(cell.name));
}

export function tableCaption(table: Element): Element | null {
  return elementChildren(table).find((child) => child.name.toLowerCase() === 'caption') ?? null;
}

/**
 * A table that positions the page rather than holding data: its content is
 * the document. It nests another table, or its cells hold headings, or it is
 * one content cell holding several paragraphs (the article boxed by the site).
 */
export function isLayoutTable(table: Element): boolean {
  if (table.attribs.role === 'presentation') return true;
  const cells = tableRows(table).flatMap(rowCells);
  const contents = cells.map(flatten);
  if (contents.some((pieces) => pieces.some((piece) => piece.type === 'table' || piece.heading !== null))) return true;
  const filled = contents.filter((pieces) => pieces.length > 0);
  return filled.length === 1 && filled[0].length > 1;
}

/** The cells of a layout table in reading order (row by row). */
export function layoutCells(table: Element): Element[] {
  return tableRows(table).flatMap(rowCells);
}

interface SourceCell {
  cell: Cell;
  element: Element;
}

export function readTable(table: Element): Cell[][] {
  const rows = tableRows(table)
    .map((row) => ({ row, cells: rowCells(row).map((element): SourceCell => ({ element, cell: readCell(element) })) }))
    .filter(({ row, cells }) => !isSpacerRow(row, cells))
    .map(({ cells }) => cells);
  return withoutSpacerColumns(rows)
    .filter((row) => row.length > 0)
    .map((row) => row.map(({ cell }) => cell));
}

/** The largest row span HTML gives effect to (the HTML standard's table model; its colspan cap is limits.maxColumnSpan). */
const MAX_ROWSPAN = 65534;

function readCell(element: Element): Cell {
  return {
    text: cellText(element),
    rowSpan: spanOf(element.attribs.rowspan, MAX_ROWSPAN),
    colSpan: spanOf(element.attribs.colspan, limits.maxColumnSpan),
  };
}

function spanOf(value: string | undefined, max: number): number {
  const span = Number.parseInt(value ?? '', 10);
  return Number.isFinite(span) && span > 0 ? Math.min(span, max) : 1;
}

/** The cell's lines joined with `\n` (each paragraph and <br> a hard break); a nested table's rows are lines of their own. */
export function cellText(element: Element): string {
  return flatten(element)
    .flatMap((piece) =>
      piece.type === 'line'
        ? [piece.text]
        : tableRows(piece.table).map((row) => rowCells(row).map((cell) => cellText(cell).replace(/\n/g, ' ')).join(' ')),
    )
    .filter((line) => line.trim() !== '')
    .join('\n');
}

const noBorder = /(?:^|;)\s*border\s*:\s*none/i;
const zeroWidth = /(?:^|;)\s*width\s*:\s*0(?:\.0*)?[a-z]*\s*(?:;|$)/i;

/** Word's `<tr height=0>` of empty borderless cells that fixes column widths: not a row of the document. */
function isSpacerRow(row: Element, cells: SourceCell[]): boolean {
  if (cells.some(({ cell }) => cell.text !== '')) return false;
  const height = row.attribs.height ?? '';
  return height.trim() === '0' || cells.every(({ element }) => noBorder.test(element.attribs.style ?? ''));
}

function isZeroWidth(element: Element): boolean {
  return (element.attribs.width ?? '').trim() === '0' || zeroWidth.test(element.attribs.style ?? '');
}

/** Drops grid columns made only of empty, zero-width, single-column cells. */
function withoutSpacerColumns(rows: SourceCell[][]): SourceCell[][] {
  const spacer = new Set(
    rows.flat().filter(({ cell, element }) => cell.text === '' && cell.colSpan === 1 && isZeroWidth(element)).map(({ cell }) => cell),
  );
  if (spacer.size === 0) return rows;
  const grid = toGrid(rows.map((row) => row.map(({ cell }) => cell)));
  const present = new Set(rows.flat().map(({ cell }) => cell));
  const width = grid[0]?.length ?? 0;
  const drop = new Set<Cell>();
  for (let column = 0; column < width; column++) {
    const slots = grid.map((row) => row[column]);
    if (slots.every((slot) => spacer.has(slot.cell as Cell) || !present.has(slot.cell as Cell))) {
      for (const slot of slots) drop.add(slot.cell as Cell);
    }
  }
  return rows.map((row) => row.filter(({ cell }) => !drop.has(cell)));
}
