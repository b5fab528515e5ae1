// One notice is published as DOCX, PDF and HTML; each rendering is its own
// document (document_id = sha256 of the file). notice_id ties the renderings
// together: it is computed from what the notice says, not from its bytes.
import { createHash } from 'node:crypto';
import type { Disclosure } from '../schema/canonical.js';

/**
 * sha256 of the body, fiscal year, stage, scope and the headline figures
 * (revenue and expenditure totals, the “三公” total), each rendering of one
 * notice reads the same; a different body, year or budget gives another id.
 */
export function noticeId(document: Disclosure): string {
  const { unit, fiscalYear, stage, scope } = document.document;
  const { revenue, expenditure, threePublic } = document.budgetSummary;
  const identity = [unit, fiscalYear, stage, scope, revenue.total, expenditure.total, threePublic.total];
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex');
}
