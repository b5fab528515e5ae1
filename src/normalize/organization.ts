import type { Disclosure } from '../schema/canonical.js';
import type { DocumentView } from './document-view.js';

export function readOrganization(view: DocumentView): Disclosure['organization'] {
  void view;
  return { duties: [], units: [] };
}
