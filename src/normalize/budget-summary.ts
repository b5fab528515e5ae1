// budgetSummary: each figure from the standard tables when one states it
// (exact, in the table's unit), otherwise from the narrative (rule 2).
import type { BudgetSummary, FiscalTable } from '../schema/canonical.js';
import type { DocumentView } from './document-view.js';
import { readNarrativeSummary } from './narrative/read-summary.js';
import { readTableSummary } from './narrative/table-summary.js';

export function readBudgetSummary(view: DocumentView, fiscalTables: readonly FiscalTable[]): BudgetSummary {
  const narrative = readNarrativeSummary(view.paragraphs);
  const tables = readTableSummary(fiscalTables);
  const summary = emptyBudgetSummary();
  for (const path of summaryPaths(summary)) {
    const figure = tables[path] ?? narrative[path];
    if (!figure) continue;
    setAt(summary, path, figure.yuan);
    summary.evidence[path] = figure.evidence;
  }
  return summary;
}

/** Every money field's dotted path, in the contract's order (so evidence keys come out in a stable order). */
export function summaryPaths(summary: BudgetSummary): string[] {
  return Object.entries(summary).flatMap(([key, value]) => {
    if (key === 'evidence') return [];
    if (value === null) return [key];
    return Object.keys(value).map((field) => `${key}.${field}`);
  });
}

function setAt(summary: BudgetSummary, path: string, yuan: number): void {
  const [group, field] = path.split('.');
  if (field === undefined) (summary as unknown as Record<string, number>)[group] = yuan;
  else (summary[group as keyof BudgetSummary] as unknown as Record<string, number>)[field] = yuan;
}

export function emptyBudgetSummary(): BudgetSummary {
  return {
    revenue: {
      total: null,
      currentYear: null,
      generalPublicBudget: null,
      governmentFund: null,
      stateCapital: null,
      specialAccount: null,
      business: null,
      businessOperation: null,
      superiorSubsidy: null,
      subordinateRemit: null,
      other: null,
      carryover: null,
    },
    expenditure: { total: null, currentYear: null, basic: null, personnel: null, publicOperation: null, project: null },
    changeFromPriorYear: { total: null, basic: null, project: null },
    operatingExpenses: null,
    threePublic: { total: null, overseasTravel: null, vehicles: null, vehiclePurchase: null, vehicleOperation: null, reception: null },
    procurementTotal: null,
    fixedAssets: { priorYearEnd: null, plannedPurchases: null },
    evidence: {},
  };
}
