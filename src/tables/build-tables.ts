// The table stage: every table block of the document, cleaned, its parts that
// continue one another over page breaks joined, and each understood once into a
// Table (title, caption, kind, header, body rows).
import type { Block, Cell } from '../model/document.js';
import { cleanText } from '../text/clean.js';
import { readBody } from './body-rows.js';
import { readCaption } from './caption.js';
import { joinContinuedTables, type TablePart } from './continuation.js';
import { toGrid } from './grid.js';
import { readTableHeader } from './header.js';
import type { Table } from './table.js';
import { tableKind } from './table-kind.js';
import { printedTitle, readTitle } from './table-title.js';

/** How many of a table's first rows are read as its header when telling its kind, and for captions printed inside it. */
const HEAD_ROWS = 4;

/** How many texts on either side of a table are read with it: its title, label or caption before it, a note after it. */
const REACH = 3;

export interface Tables {
  tables: Table[];
  /** For each table block of the document, in order, the index of the Table it is part of. */
  owners: number[];
}

export function buildTables(blocks: readonly Block[]): Tables {
  const parts: (TablePart & Surroundings)[] = [];
  let between: string[] = [];
  blocks.forEach((block, at) => {
    if (block.type !== 'table') {
      const text = cleanText(block.text);
      if (text) between.push(text);
      return;
    }
    const rows = block.rows.map((row) => row.map(cleanCell));
    const before = textsAround(blocks, at, -1);
    const after = textsAround(blocks, at, 1);
    parts.push({ rows, title: printedTitle(rows, before), pages: block.pages && block.pages.length > 0 ? [...block.pages] : null, between, before, after });
    between = [];
  });
  const joined = joinContinuedTables(parts);
  // A table continued over parts is followed by what follows its last part.
  const after = (index: number) => parts[joined.owners.lastIndexOf(index)].after;
  return { tables: joined.tables.map((part, index) => understand({ ...part, after: after(index) }, index)), owners: joined.owners };
}

interface Surroundings {
  before: string[];
  after: string[];
}

function understand({ rows, title, pages, before, after }: TablePart & Surroundings, index: number): Table {
  const grid = toGrid(rows);
  const header = readTableHeader(grid);
  const head = rows.slice(0, HEAD_ROWS).flat().map((cell) => cell.text);
  return {
    index,
    title: readTitle(title, before),
    caption: readCaption([...before, ...head]),
    kind: tableKind(title, head, header.paths),
    pages,
    cells: rows,
    grid,
    header,
    body: readBody(grid, header, title),
    before,
    after,
  };
}

function cleanCell(cell: Cell): Cell {
  const clean: Cell = { text: cleanText(cell.text), rowSpan: cell.rowSpan, colSpan: cell.colSpan };
  if (cell.page !== undefined) clean.page = cell.page;
  if (cell.bbox) clean.bbox = cell.bbox;
  // cleanText drops leading spaces, so a hierarchy shown by indentation only survives here.
  if (cell.indent !== undefined && cell.indent > 0) clean.indent = cell.indent;
  return clean;
}

/** The non-blank texts stepping away from a table, nearest first, up to the table before (or after) it. */
function textsAround(blocks: readonly Block[], at: number, step: 1 | -1): string[] {
  const texts: string[] = [];
  for (let i = at + step; i >= 0 && i < blocks.length && texts.length < REACH; i += step) {
    const block = blocks[i];
    if (block.type === 'table') break;
    const text = cleanText(block.text);
    if (text) texts.push(text);
  }
  return texts;
}
