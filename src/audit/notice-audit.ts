// What a reader of a batch wants to know about one converted notice: how much
// was read (tables by kind, lines, projects), what is missing (headline figures
// left null) and what the validator said (findings by code and severity).
import { figureAt } from '../export/summary-figures.js';
import type { Disclosure } from '../schema/canonical.js';

/** The budgetSummary figures every full notice states; a null one is a gap worth a look. */
export const headlineFigures = [
  'revenue.total',
  'expenditure.total',
  'expenditure.basic',
  'expenditure.project',
  'threePublic.total',
  'operatingExpenses',
] as const;

export type HeadlineFigure = (typeof headlineFigures)[number];

/** How much was read: per notice, and summed over a batch. */
export interface ReadCounts {
  /** RawTable kinds (every table the document holds). */
  tables: Record<string, number>;
  /** FiscalTable kinds. */
  fiscalTables: Record<string, number>;
  fiscalLines: number;
  projects: number;
  indicators: number;
  procurementLines: number;
  assetItems: number;
}

export interface ConvertedAudit extends ReadCounts {
  input: string;
  status: 'ok';
  stage: Disclosure['document']['stage'];
  fiscalYear: number;
  unit: string;
  nullHeadlines: HeadlineFigure[];
  /** `CODE/severity` → count. */
  findings: Record<string, number>;
}

export interface FailedAudit {
  input: string;
  status: 'failed';
  code: string;
  message: string;
}

export type NoticeAudit = ConvertedAudit | FailedAudit;

export function auditNotice(input: string, disclosure: Disclosure): ConvertedAudit {
  const { performance } = disclosure;
  const targets = [...(performance.overall ? [performance.overall] : []), ...performance.projects];
  return {
    input,
    status: 'ok',
    stage: disclosure.document.stage,
    fiscalYear: disclosure.document.fiscalYear,
    unit: disclosure.document.unit,
    tables: countBy(disclosure.tables.map((table) => table.kind)),
    fiscalTables: countBy(disclosure.fiscalTables.map((table) => table.kind)),
    fiscalLines: disclosure.fiscalTables.reduce((sum, table) => sum + table.lines.length, 0),
    projects: performance.projects.length,
    indicators: targets.reduce((sum, target) => sum + target.indicators.length, 0),
    procurementLines: disclosure.procurement.lines.length,
    assetItems: disclosure.assets.items.length,
    nullHeadlines: headlineFigures.filter((path) => figureAt(disclosure.budgetSummary, path) === null),
    findings: countBy(disclosure.validation.map((finding) => findingKey(finding.code, finding.severity))),
  };
}

export function findingKey(code: string, severity: string): string {
  return `${code}/${severity}`;
}

/** Counts with keys in sorted order, so the audit's JSON is the same for the same inputs. */
export function countBy(keys: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of [...keys].sort()) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
