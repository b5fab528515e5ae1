import type { Disclosure } from '../schema/canonical.js';
import type { DocumentView } from './document-view.js';

export function readProcurement(view: DocumentView): Disclosure['procurement'] {
  void view;
  return { total: null, lines: [] };
}
