import type { Disclosure } from '../../schema/canonical.js';
import type { DocumentView } from '../document-view.js';

export function readPerformance(view: DocumentView): Disclosure['performance'] {
  void view;
  return { overall: null, projects: [] };
}
