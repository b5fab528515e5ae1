import type { Disclosure } from '../schema/canonical.js';
import type { DocumentView } from './document-view.js';

export function readGlossary(view: DocumentView): Disclosure['glossary'] {
  void view;
  return [];
}
