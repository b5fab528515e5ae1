// What every normalizer reads: the blocks in order, their cleaned text, and the raw tables.
import type { Block } from '../model/document.js';
import type { RawTable } from '../schema/canonical.js';
import { cleanText } from '../text/clean.js';
import { buildRawTables } from './raw-tables.js';

export type ViewItem =
  | { type: 'text'; text: string; heading: boolean }
  | { type: 'table'; table: RawTable };

export interface DocumentView {
  /** Blocks in reading order: paragraphs and headings as cleaned text (empty ones dropped), tables as RawTables. */
  items: ViewItem[];
  tables: RawTable[];
  /** The cleaned text of every paragraph and heading, in order. */
  paragraphs: string[];
}

export function viewDocument(blocks: readonly Block[]): DocumentView {
  const { tables, owners } = buildRawTables(blocks);
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
