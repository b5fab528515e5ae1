// The article element → model blocks in reading order: headings, paragraphs
// (each line a browser would show), data tables; layout tables are unwrapped.
import type { Element } from 'domhandler';
import type { Block } from '../../model/document.js';
import { flatten } from './flatten.js';
import { isLayoutTable, layoutCells, readTable, tableCaption } from './table.js';

export function readBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  for (const piece of flatten(root)) {
    if (piece.type === 'line') {
      blocks.push(piece.heading ? { type: 'heading', level: piece.heading, text: piece.text } : { type: 'paragraph', text: piece.text });
    } else if (isLayoutTable(piece.table)) {
      for (const cell of layoutCells(piece.table)) blocks.push(...readBlocks(cell));
    } else {
      const caption = tableCaption(piece.table);
      if (caption) blocks.push(...readBlocks(caption));
      const rows = readTable(piece.table);
      if (rows.some((row) => row.some((cell) => cell.text !== ''))) blocks.push({ type: 'table', rows });
    }
  }
  return blocks;
}
