// budgetSummary: each figure from the standard tables when one states it
// (exact, in the table's unit), otherwise from the narrative (rule 2) — but
// figures that are checked against each other (a whole and its parts) come
// from sources that speak of the same funds, so a sum that does not add up is
// the document's own mistake, never one of mixing two tables' scopes.
import { Decimal } from 'decimal.js';
import { budgetSummaryRecords, type DocumentInfo, type BudgetSummary, type FigureProvenance, type FiscalTable } from '../schema/canonical.js';
import type { Table } from '../tables/table.js';
import type { DocumentView } from './document-view.js';
import { readNarrativeSummary, type NarrativeSummary, type NarrativeValue } from './narrative/read-summary.js';
import { readTableFigures, type TableFigures, type TableValue } from './narrative/table-summary.js';

/** A whole and its parts, as validate/summary.ts checks them; of two wholes listed, the parts add up to the first one stated. */
interface Group {
  whole: readonly string[];
  parts: readonly string[];
  /** A larger whole whose narrative statement also speaks of these parts (the “三公” total for the vehicle costs). */
  within?: string;
}

const groups: readonly Group[] = [
  {
    whole: ['revenue.total'],
    parts: ['revenue.currentYear', 'revenue.generalPublicBudget', 'revenue.governmentFund', 'revenue.stateCapital', 'revenue.specialAccount', 'revenue.business', 'revenue.businessOperation', 'revenue.superiorSubsidy', 'revenue.subordinateRemit', 'revenue.other', 'revenue.carryover', 'revenue.nonFiscalSurplus', 'revenue.priorYearAccountBalance'],
  },
  { whole: ['expenditure.currentYear', 'expenditure.total'], parts: ['expenditure.basic', 'expenditure.project', 'expenditure.reserve'] },
  { whole: ['expenditure.basic'], parts: ['expenditure.personnel', 'expenditure.publicOperation'] },
  { whole: ['threePublic.total'], parts: ['threePublic.overseasTravel', 'threePublic.vehicles', 'threePublic.reception'] },
  { whole: ['threePublic.vehicles'], parts: ['threePublic.vehiclePurchase', 'threePublic.vehicleOperation'], within: 'threePublic.total' },
];

interface Chosen {
  yuan: number;
  evidence: string;
  /** The table it was read from; null: the narrative. */
  table: number | null;
  /** JSON pointer of the table figure; null: the narrative. */
  pointer: string | null;
  provenance: FigureProvenance;
}

export function readBudgetSummary(view: DocumentView, fiscalTables: readonly FiscalTable[], stage: DocumentInfo['stage'] = 'budget'): BudgetSummary {
  const narrative = readNarrativeSummary(view.paragraphs, stage);
  const tables = readTableFigures(fiscalTables);
  const chosen: Record<string, Chosen | null> = {};
  const choose = (path: string, accept: (value: TableValue) => boolean, narrativeAgrees: boolean) => {
    const table = (tables[path] ?? []).find((value) => !value.matchOnly && accept(value));
    const told = narrative[path];
    chosen[path] = table ? fromTable(table, view.tables) : told && narrativeAgrees ? fromNarrative(told) : null;
  };
  // The general-public-budget tables cover all the funds when the general public budget is all the revenue.
  let allFundsArePublicBudget = false;
  const coversAllFunds = (value: TableValue) => value.scope === 'all' || allFundsArePublicBudget;

  for (const group of groups) {
    for (const path of group.whole) if (!(path in chosen)) choose(path, coversAllFunds, true);
    const wholePath = group.whole.find((path) => chosen[path]) ?? null;
    const whole = wholePath === null ? null : chosen[wholePath];
    for (const part of group.parts) {
      if (part in chosen) continue;
      if (!whole || !wholePath) {
        choose(part, coversAllFunds, true);
        continue;
      }
      const sameWhole = (value: TableValue) =>
        value.table === whole.table || coversAllFunds(value) || statesWhole(tables[wholePath] ?? [], value.table, whole, narrative[wholePath]);
      const narrativeWholes = group.within ? [...group.whole, group.within] : group.whole;
      const narrativeAgrees = whole.table === null || narrativeWholes.some((path) => narrativeStates(narrative[path], chosen[path]));
      choose(part, sameWhole, narrativeAgrees);
    }
    if (group.whole[0] === 'revenue.total') {
      const { 'revenue.total': total, 'revenue.generalPublicBudget': publicBudget } = chosen;
      allFundsArePublicBudget = !!total && !!publicBudget && total.yuan === publicBudget.yuan;
    }
  }
  for (const path of summaryPaths(emptyBudgetSummary())) if (!(path in chosen)) choose(path, coversAllFunds, true);

  const summary = emptyBudgetSummary();
  for (const path of summaryPaths(summary)) {
    const figure = chosen[path];
    if (!figure) continue;
    setAt(summary, path, figure.yuan);
    summary.evidence[path] = figure.evidence;
    if (figure.pointer) summary.sources[path] = figure.pointer;
    summary.provenance[path] = figure.provenance;
    const told = narrative[path];
    if (figure.table !== null && told && !told.derived) summary.narrative[path] = { value: told.yuan, tolerance: told.tolerance, sentence: told.evidence };
  }
  if (stage === 'final_accounts') readBudgeted(summary, chosen, readTableFigures(fiscalTables, 'budget'), narrative);
  return summary;
}

/**
 * Final accounts: beside each actual, the budget the notice prints for it — the same table's 预算数
 * (else another table's), else the sentence stating the actual.
 */
function readBudgeted(summary: BudgetSummary, chosen: Record<string, Chosen | null>, tables: TableFigures, narrative: NarrativeSummary): void {
  for (const path of summaryPaths(emptyBudgetSummary())) {
    const actual = chosen[path];
    const candidates = (tables[path] ?? []).filter((value) => !value.matchOnly);
    const table = candidates.find((value) => value.table === actual?.table) ?? candidates[0];
    const told = narrative[path]?.budget;
    if (table) summary.budgeted[path] = { value: table.yuan, evidence: table.evidence, source: table.pointer };
    else if (told) summary.budgeted[path] = { value: told.yuan, evidence: narrative[path].evidence, source: null };
  }
}

function fromNarrative(told: NarrativeValue): Chosen {
  return { yuan: told.yuan, evidence: told.evidence, table: null, pointer: null, provenance: { from: 'narrative', sentence: told.evidence, tolerance: told.tolerance } };
}

function fromTable(value: TableValue, tables: readonly Table[]): Chosen {
  const cells = value.row === null ? [] : (tables[value.table]?.cells[value.row] ?? []);
  const page = cells.find((cell) => cell.page !== undefined)?.page ?? null;
  return {
    yuan: value.yuan,
    evidence: value.evidence,
    table: value.table,
    pointer: value.pointer,
    provenance: { from: 'table', table: value.table, label: value.label, row: value.row, page },
  };
}

/** A table speaks of the chosen whole when it states the same figure for it (to the narrative's rounding when the whole is the narrative's). */
function statesWhole(wholeFigures: readonly TableValue[], table: number, whole: Chosen, told: NarrativeValue | undefined): boolean {
  const own = wholeFigures.find((value) => value.table === table);
  if (!own) return false;
  const tolerance = whole.table === null && told ? told.tolerance : 0;
  return new Decimal(own.yuan).minus(whole.yuan).abs().lte(tolerance);
}

/** The narrative's parts belong to a table's whole only when the narrative states that whole too, to its rounding. */
function narrativeStates(told: NarrativeValue | undefined, whole: Chosen | null | undefined): boolean {
  return !!told && !!whole && new Decimal(told.yuan).minus(whole.yuan).abs().lte(told.tolerance);
}

/** Every money field's dotted path, in the contract's order (so evidence keys come out in a stable order). */
export function summaryPaths(summary: BudgetSummary): string[] {
  return Object.entries(summary).flatMap(([key, value]) => {
    if (budgetSummaryRecords.has(key)) return [];
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
      nonFiscalSurplus: null,
      priorYearAccountBalance: null,
      other: null,
      carryover: null,
    },
    expenditure: { total: null, currentYear: null, basic: null, personnel: null, publicOperation: null, project: null, reserve: null },
    changeFromPriorYear: { total: null, basic: null, project: null },
    operatingExpenses: null,
    threePublic: { total: null, overseasTravel: null, vehicles: null, vehiclePurchase: null, vehicleOperation: null, reception: null },
    procurementTotal: null,
    fixedAssets: { priorYearEnd: null, plannedPurchases: null },
    evidence: {},
    sources: {},
    narrative: {},
    budgeted: {},
    provenance: {},
  };
}
