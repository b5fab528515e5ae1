import type { FiscalTable } from '../../schema/canonical.js';
import type { DocumentView } from '../document-view.js';

export function readFiscalTables(view: DocumentView): FiscalTable[] {
  void view;
  return [];
}
