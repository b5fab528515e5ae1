// The audit as text for the terminal: one line per notice, then the totals.
import type { AuditTotals } from './audit-totals.js';
import type { NoticeAudit } from './notice-audit.js';

export function formatAudit(audits: readonly NoticeAudit[], totals: AuditTotals): string {
  const lines = audits.map(formatNotice);
  lines.push('', ...formatTotals(totals));
  return `${lines.join('\n')}\n`;
}

function formatNotice(audit: NoticeAudit): string {
  if (audit.status === 'failed') return `${audit.input}: ${audit.code}: ${audit.message}`;
  const parts = [
    `${audit.input}: ${audit.stage} ${audit.fiscalYear}`,
    `tables ${counts(audit.tables)}`,
    `fiscal ${counts(audit.fiscalTables)}`,
    `lines ${audit.fiscalLines}, projects ${audit.projects}, indicators ${audit.indicators}, procurement ${audit.procurementLines}, assets ${audit.assetItems}`,
  ];
  if (audit.nullHeadlines.length) parts.push(`null ${audit.nullHeadlines.join(' ')}`);
  if (Object.keys(audit.findings).length) parts.push(`findings ${counts(audit.findings)}`);
  return parts.join(' | ');
}

function formatTotals(totals: AuditTotals): string[] {
  return [
    `notices ${totals.notices}, converted ${totals.converted}${Object.keys(totals.failures).length ? `, failed ${counts(totals.failures)}` : ''}`,
    `tables ${counts(totals.tables)}`,
    `fiscal tables ${counts(totals.fiscalTables)}`,
    `lines ${totals.fiscalLines}, projects ${totals.projects}, indicators ${totals.indicators}, procurement lines ${totals.procurementLines}, asset items ${totals.assetItems}`,
    `null headline figures ${counts(totals.nullHeadlines)}`,
    `findings ${counts(totals.findings)}`,
    `notices with error findings ${totals.noticesWithErrors} of ${totals.converted}`,
  ];
}

function counts(record: Record<string, number>): string {
  const entries = Object.entries(record);
  return entries.length ? entries.map(([key, value]) => `${key} ${value}`).join(', ') : '—';
}
