// A table of one cell frames what it holds — a chart's axis labels, a boxed
// paragraph — and has no rows or columns to read. Its text is a paragraph of the
// document, as it would be without the frame; it is no table of any kind.
import type { Block } from '../model/document.js';

export function withoutFrames(blocks: readonly Block[]): Block[] {
  return blocks.map((block) => {
    if (block.type !== 'table' || block.rows.length !== 1 || block.rows[0].length !== 1) return block;
    const [cell] = block.rows[0];
    const page = block.pages?.[0];
    return page === undefined ? { type: 'paragraph', text: cell.text } : { type: 'paragraph', text: cell.text, page };
  });
}
