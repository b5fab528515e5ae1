// A DocumentView of plain paragraphs, for unit tests of the narrative readers on quoted sentences.
import type { DocumentView } from '../../src/normalize/document-view.js';

export function textView(paragraphs: string[]): DocumentView {
  return { items: paragraphs.map((text) => ({ type: 'text', text, heading: false })), tables: [], paragraphs };
}
