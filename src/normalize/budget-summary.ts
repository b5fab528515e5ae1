import type { BudgetSummary, FiscalTable } from '../schema/canonical.js';
import type { DocumentView } from './document-view.js';

export function readBudgetSummary(view: DocumentView, fiscalTables: readonly FiscalTable[]): BudgetSummary {
  void view;
  void fiscalTables;
  return emptyBudgetSummary();
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
