// What every normalizer reads: the blocks in order, their cleaned text, and the
// tables, understood once by the table stage.
import type { Block } from '../model/document.js';
import { buildTables } from '../tables/build-tables.js';
import { withoutFrames } from '../tables/frames.js';
import type { Table } from '../tables/table.js';
import { cleanText } from '../text/clean.js';

export type ViewItem =
  | { type: 'text'; text: string; heading: boolean }
  | { type: 'table'; table: Table };

export interface DocumentView {
  /** Blocks in reading order: paragraphs and headings as cleaned text (empty ones dropped), tables as the stage understood them. */
  items: ViewItem[];
  /** The tables as the table stage understood them; their index is the RawTable index of the output. */
  tables: Table[];
  /** The cleaned text of every paragraph and heading, in order. */
  paragraphs: string[];
}

export function viewDocument(printed: readonly Block[]): DocumentView {
  const blocks = withoutFrames(printed);
  const { tables, owners } = buildTables(blocks);
  const items: ViewItem[] = [];
  let tableBlock = 0;
  for (const block of blocks) {
    if (block.type === 'table') {
      // A part continuing the table before it is in that table already.
      const owner = owners[tableBlock];
      if (tableBlock === 0 || owners[tableBlock - 1] !== owner) items.push({ type: 'table', table: tables[owner] });
      tableBlock++;
    } else {
      const text = cleanText(block.text);
      if (text) items.push({ type: 'text', text, heading: block.type === 'heading' });
    }
  }
  const paragraphs = items.flatMap((item) => (item.type === 'text' ? [item.text] : []));
  return { items, tables, paragraphs };
}
