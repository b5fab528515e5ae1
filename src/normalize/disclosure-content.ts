// A page that carries a notice's title but none of its figures is not the notice: a
// portal's list of notices, or a page holding only the link to the attachment.
import { ConversionError } from '../errors.js';
import type { DocumentView } from './document-view.js';

/** An amount with its currency unit, as every budget and final-accounts notice states its totals. */
const amount = /\d\s*(?:亿元|万元|千元|元)/u;

export function requireFigures(view: DocumentView): void {
  if (view.tables.length > 0 || view.paragraphs.some((text) => amount.test(text))) return;
  throw new ConversionError(
    'NOT_A_DISCLOSURE',
    'no table and no amount in the document: a page about a notice (a portal listing, a link to the attachment), ' +
      'not the notice itself; convert the attached file',
  );
}
