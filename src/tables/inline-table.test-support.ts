// Tables for unit tests, built from rows written inline through the table stage,
// as readers receive them from a document.
import type { Block, Cell } from '../model/document.js';
import { buildTables } from './build-tables.js';
import type { Table } from './table.js';

export type InlineRow = (Cell | string)[];

export function cell(text: string, rowSpan = 1, colSpan = 1): Cell {
  return { text, rowSpan, colSpan };
}

/** The one table `rows` make, under the lines printed before it (title, caption), numbered `index` in its document. */
export function inlineTable(rows: readonly InlineRow[], before: readonly string[] = [], index = 0): Table {
  const blocks: Block[] = [
    ...before.map((text): Block => ({ type: 'paragraph', text })),
    { type: 'table', rows: rows.map((row) => row.map((item) => (typeof item === 'string' ? cell(item) : item))) },
  ];
  const [table] = buildTables(blocks).tables;
  return { ...table, index };
}
