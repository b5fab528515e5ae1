// A table continued over a page break that the ingester could not join (its column
// edges moved, a title row spans the page): the next table part repeats the header
// (under the same title, or under none), nothing but repeated captions stands between
// the two, and the grid has the same width. Such parts are one table, whatever the format; the
// repeated title, caption and header rows of the continuation are dropped.
import type { Cell } from '../model/document.js';
import { captionLine } from './caption-words.js';
import { originTexts, toGrid } from './grid.js';
import { readHeader } from './header.js';
import type { Table } from './table.js';
import { isLabelOnly } from './table-label.js';

export interface TablePart {
  rows: Cell[][];
  title: string | null;
  pages: number[] | null;
  /** The texts printed between the previous table part and this one. */
  between: readonly string[];
}

/** A line a page break repeats between two parts of a table beside the title, its label and captions: a page number, 续表. */
const pageLine = /^(?:续表?|[-－—\s\d]+)$/u;

export interface JoinedTables<T> {
  tables: T[];
  /** For each part, the index of the table it went into. */
  owners: number[];
}

export function joinContinuedTables<T extends TablePart>(parts: readonly T[]): JoinedTables<T> {
  const tables: T[] = [];
  const owners: number[] = [];
  for (const part of parts) {
    const open = tables.at(-1);
    const repeated = open ? repeatedRows(open, part) : null;
    if (!open || repeated === null) {
      tables.push({ ...part, rows: [...part.rows] });
    } else {
      open.rows.push(...part.rows.slice(repeated));
      open.pages = open.pages && part.pages ? [...new Set([...open.pages, ...part.pages])] : (open.pages ?? part.pages);
    }
    owners.push(tables.length - 1);
  }
  return { tables, owners };
}

/**
 * How many leading rows of `next` repeat `open`'s title and header, when `next`
 * continues `open`; null when it is a table of its own.
 */
function repeatedRows(open: TablePart, next: TablePart): number | null {
  if (next.title !== null && next.title !== open.title) return null;
  if (!next.between.every((text) => text === open.title || captionLine.test(text) || pageLine.test(text) || isLabelOnly(text))) return null;
  const openGrid = toGrid(open.rows);
  const nextGrid = toGrid(next.rows);
  if (openGrid[0]?.length !== nextGrid[0]?.length) return null;
  const { start, bodyStart } = readHeader(openGrid);
  if (bodyStart === start) return null;
  const texts = (rows: Cell[][]) => rows.map((row) => row.map((cell) => cell.text).join('|'));
  const repeats = (from: number) => texts(open.rows.slice(from, bodyStart)).every((text, i) => text === texts(next.rows.slice(0, bodyStart - from))[i]);
  // The whole head again (title and caption rows inside the table, then the header), or the header alone.
  if (repeats(0)) return bodyStart;
  if (repeats(start)) return bodyStart - start;
  // A part under the same title that prints no header of its own runs on from the first.
  return next.title !== null && readHeader(nextGrid).bodyStart === 0 ? 0 : null;
}

/**
 * Whether `next` is a later part of `open` that the stage keeps a table of its own:
 * its grid differs from `open`'s (column edges moved between the pages, a side
 * label spans other rows), so the two cannot be joined row for row above, yet it
 * opens with a header row `open` prints and carries no title naming another table.
 * Readers read such tables as one run. They are not joined, because each keeps
 * the cells its pages print in the canonical JSON's tables.
 */
export function continuesTable(open: Table, next: Table): boolean {
  if (next.index !== open.index + 1 || next.header.start !== 0 || next.header.bodyStart === 0) return false;
  const title = next.title.printed;
  if (title !== null && title !== open.title.printed && /表/u.test(title)) return false;
  const header = originTexts(next.grid, 0).join('|');
  return open.grid.some((_, row) => originTexts(open.grid, row).join('|') === header);
}

/** The part that opens the run `table` belongs to (following `continuesTable` back through `tables`, all the document's tables in order), `table` itself when it continues none. */
export function openingPart(tables: readonly Table[], table: Table): Table {
  let part = table;
  while (part.index > 0 && continuesTable(tables[part.index - 1], part)) part = tables[part.index - 1];
  return part;
}
