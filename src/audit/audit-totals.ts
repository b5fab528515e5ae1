// The totals of a batch audit: the figures to compare before and after a change to reading.
import { headlineFigures, type ConvertedAudit, type HeadlineFigure, type NoticeAudit, type ReadCounts } from './notice-audit.js';

export interface AuditTotals extends ReadCounts {
  notices: number;
  converted: number;
  /** Error code → count, for the notices that yielded no document. */
  failures: Record<string, number>;
  /** For each headline figure, how many converted notices left it null. */
  nullHeadlines: Record<HeadlineFigure, number>;
  findings: Record<string, number>;
  /** Converted notices with at least one error-severity finding. */
  noticesWithErrors: number;
}

export function auditTotals(audits: readonly NoticeAudit[]): AuditTotals {
  const converted = audits.filter((audit): audit is ConvertedAudit => audit.status === 'ok');
  const failures: Record<string, number> = {};
  for (const audit of audits) if (audit.status === 'failed') failures[audit.code] = (failures[audit.code] ?? 0) + 1;
  const total = (field: 'fiscalLines' | 'projects' | 'indicators' | 'procurementLines' | 'assetItems') =>
    converted.reduce((sum, audit) => sum + audit[field], 0);
  const nullHeadlines = Object.fromEntries(
    headlineFigures.map((path) => [path, converted.filter((audit) => audit.nullHeadlines.includes(path)).length]),
  ) as Record<HeadlineFigure, number>;
  return {
    notices: audits.length,
    converted: converted.length,
    failures: sortedKeys(failures),
    tables: mergeCounts(converted.map((audit) => audit.tables)),
    fiscalTables: mergeCounts(converted.map((audit) => audit.fiscalTables)),
    fiscalLines: total('fiscalLines'),
    projects: total('projects'),
    indicators: total('indicators'),
    procurementLines: total('procurementLines'),
    assetItems: total('assetItems'),
    nullHeadlines,
    findings: mergeCounts(converted.map((audit) => audit.findings)),
    noticesWithErrors: converted.filter((audit) => Object.keys(audit.findings).some((key) => key.endsWith('/error'))).length,
  };
}

function mergeCounts(counts: readonly Record<string, number>[]): Record<string, number> {
  const merged: Record<string, number> = {};
  for (const count of counts) for (const [key, value] of Object.entries(count)) merged[key] = (merged[key] ?? 0) + value;
  return sortedKeys(merged);
}

function sortedKeys(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
