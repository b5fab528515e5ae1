import type { Disclosure } from '../schema/canonical.js';
import type { DocumentView } from './document-view.js';

export function readAssets(view: DocumentView): Disclosure['assets'] {
  void view;
  return { asOf: null, total: null, items: [] };
}
