// Where a figure of the canonical document was printed, read from the
// provenance the converter recorded: a record's `source` (table, row), a fiscal
// figure's `columns`, a summary figure's `sources`. Nothing is
// searched for or recomputed: what the JSON does not record is not shown.
import type { Disclosure } from '../schema/canonical.js';
import { cellId, type TableCells } from './cells.js';

export interface Place {
  /** The RawTable the figure comes from, or null (the narrative). */
  table: number | null;
  /** Its printed cells; empty when only the table is recorded. */
  cells: string[];
}

interface Source {
  table: number;
  row?: number;
}

const nowhere: Place = { table: null, cells: [] };

/** The place of a record: its row's cells, or its table. */
export function placeOfRecord(source: Source, tables: readonly TableCells[]): Place {
  const cells = source.row === undefined ? [] : (tables[source.table]?.rowCells(source.row) ?? []);
  return { table: source.table, cells };
}

/** The printed cell of one figure of a fiscal line or total. */
export function placeOfFigure(record: { source?: Source; columns?: Record<string, number> }, key: string, tables: readonly TableCells[]): Place {
  const { source, columns } = record;
  if (!source) return nowhere;
  const column = columns?.[key];
  if (source.row === undefined || column === undefined) return placeOfRecord(source, tables);
  const cell = tables[source.table]?.cellAt(source.row, column);
  return { table: source.table, cells: cell ? [cell] : [] };
}

/** The table figure a budgetSummary figure was taken from (`sources`); a narrative figure has none. */
export function placeOfSummaryFigure(disclosure: Disclosure, dotted: string, tables: readonly TableCells[]): Place {
  const pointer = disclosure.budgetSummary.sources[dotted];
  return pointer ? placeOfPointer(disclosure, pointer, tables) : nowhere;
}

/**
 * The place a JSON pointer leads to: the deepest record on its way that carries
 * a `source`, narrowed to one cell where the pointer ends at one of its `values`.
 */
export function placeOfPointer(disclosure: Disclosure, pointer: string, tables: readonly TableCells[]): Place {
  const segments = pointer.split('/').slice(1).map((segment) => segment.replace(/~1/gu, '/').replace(/~0/gu, '~'));
  if (segments[0] === 'budgetSummary') return placeOfSummaryFigure(disclosure, segments.slice(1).join('.'), tables);
  // A printed cell itself (`/tables/12/rows/0/7`, a header naming another year).
  if (segments[0] === 'tables' && segments[2] === 'rows' && segments.length === 5) {
    const [table, row, at] = [segments[1], segments[3], segments[4]].map(Number);
    const column = tables[table]?.columnsOf(row)[at];
    return column === undefined ? nowhere : { table, cells: [cellId(table, row, column)] };
  }
  let node: unknown = disclosure;
  let holder: { source?: Source; columns?: Record<string, number> } | null = null;
  let rest: string[] = [];
  segments.forEach((segment, at) => {
    node = (node as Record<string, unknown> | null | undefined)?.[segment];
    if (node && typeof node === 'object' && 'source' in node) {
      holder = node as typeof holder;
      rest = segments.slice(at + 1);
    }
  });
  if (!holder) return nowhere;
  return rest.length === 2 && rest[0] === 'values' ? placeOfFigure(holder, rest[1], tables) : placeOfRecord((holder as { source: Source }).source, tables);
}
