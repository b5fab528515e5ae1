// The budget-summary figures the standard tables state (rule 2: a table's
// figure is exact and wins over the narrative's). Each figure is looked up by
// table kind, row name (a 合计/总计 row or a line) and measure key.
import type { FiscalTable } from '../../schema/canonical.js';

export interface TableValue {
  yuan: number;
  /** `table N: <row label>` (or the column's label in a one-row table) — N is the RawTable index. */
  evidence: string;
}

interface TableSource {
  path: string;
  kinds: readonly FiscalTable['kind'][];
  /** The row's printed name; null: any row (a one-row table such as the “三公” table). */
  row: RegExp | null;
  side?: 'revenue' | 'expenditure';
  measure: string;
}

const revenueLine = (path: string, row: RegExp, measure: string): TableSource[] => [
  { path, kinds: ['income_expenditure_summary'], row, side: 'revenue', measure: 'total' },
  { path, kinds: ['income'], row: /合计|总计/u, measure },
];
/** The “三公” table prints its categories as columns (one row) or, in some templates, as rows with one amount column. */
const threePublic = (key: string, row: RegExp): TableSource[] => [
  { path: `threePublic.${key}`, kinds: ['three_public'], row: null, measure: key },
  { path: `threePublic.${key}`, kinds: ['three_public'], row, measure: 'total' },
];

/** In order of preference: the 收支总表 first, the 收入/支出总表 next. */
const sources: readonly TableSource[] = [
  { path: 'revenue.total', kinds: ['income_expenditure_summary'], row: /^收入总计$/u, side: 'revenue', measure: 'total' },
  { path: 'revenue.total', kinds: ['income'], row: /^(?:合计|总计)$/u, measure: 'total' },
  { path: 'revenue.currentYear', kinds: ['income_expenditure_summary'], row: /^本年收入合计$/u, side: 'revenue', measure: 'total' },
  ...revenueLine('revenue.generalPublicBudget', /^一般公共预算/u, 'generalPublicBudget'),
  ...revenueLine('revenue.governmentFund', /^政府性基金/u, 'governmentFund'),
  ...revenueLine('revenue.stateCapital', /^国有资本经营/u, 'stateCapital'),
  ...revenueLine('revenue.specialAccount', /^财政专户/u, 'specialAccount'),
  ...revenueLine('revenue.business', /^事业收入/u, 'business'),
  ...revenueLine('revenue.businessOperation', /^事业单位经营收入/u, 'businessOperation'),
  ...revenueLine('revenue.superiorSubsidy', /^上级补助收入/u, 'superiorSubsidy'),
  ...revenueLine('revenue.subordinateRemit', /^附属单位上缴收入/u, 'subordinateRemit'),
  ...revenueLine('revenue.other', /^其他收入/u, 'other'),
  ...revenueLine('revenue.carryover', /^上年结转/u, 'carryover'),
  { path: 'expenditure.total', kinds: ['income_expenditure_summary'], row: /^支出总计$/u, side: 'expenditure', measure: 'total' },
  { path: 'expenditure.currentYear', kinds: ['income_expenditure_summary'], row: /^本年支出合计$/u, side: 'expenditure', measure: 'total' },
  { path: 'expenditure.basic', kinds: ['expenditure'], row: /^(?:合计|总计)$/u, measure: 'basic' },
  { path: 'expenditure.project', kinds: ['expenditure'], row: /^(?:合计|总计)$/u, measure: 'project' },
  { path: 'expenditure.personnel', kinds: ['basic_expenditure'], row: /^(?:合计|总计)$/u, measure: 'personnel' },
  { path: 'expenditure.publicOperation', kinds: ['basic_expenditure'], row: /^(?:合计|总计)$/u, measure: 'publicOperation' },
  ...threePublic('total', /^(?:合计|总计)$/u),
  ...threePublic('overseasTravel', /因公出国/u),
  ...threePublic('vehicles', /公务用车购置(?:及|和)运/u),
  ...threePublic('vehiclePurchase', /公务用车购置费/u),
  ...threePublic('vehicleOperation', /公务用车运/u),
  ...threePublic('reception', /公务接待/u),
  { path: 'operatingExpenses', kinds: ['three_public'], row: null, measure: 'operatingExpenses' },
];

/** Dotted budgetSummary path → the figure the tables state, for every figure some table states. */
export function readTableSummary(tables: readonly FiscalTable[]): Record<string, TableValue> {
  const found: Record<string, TableValue> = {};
  for (const source of sources) {
    if (found[source.path]) continue;
    const value = lookUp(tables, source);
    if (value) found[source.path] = value;
  }
  const threePublicOnly = threePublicSubtotal(tables);
  if (threePublicOnly) found['threePublic.total'] = threePublicOnly;
  return found;
}

/**
 * Rule 4: a “三公” table whose 合计 also adds 会议费 and 培训费 (Jiangsu 2017) states the three
 * categories' own total in a “三公”经费/小计 column; that column is `threePublic.total`.
 */
function threePublicSubtotal(tables: readonly FiscalTable[]): TableValue | null {
  for (const table of tables) {
    if (table.kind !== 'three_public' || !table.measures.some((m) => m.key === 'meeting' || m.key === 'training')) continue;
    // The current year's subtotal (key `total`), not a 上年 or 增减 block's.
    const subtotal = table.measures.find((m) => m.key === 'total' && /三公/u.test(m.label) && /(?:小计|合计)$/u.test(m.label));
    const row = [...table.totals, ...table.lines][0];
    if (!subtotal) continue;
    const value = row?.values[subtotal.key];
    if (typeof value === 'number') return { yuan: value, evidence: `table ${table.source.table}: ${subtotal.label}` };
  }
  return null;
}

function lookUp(tables: readonly FiscalTable[], source: TableSource): TableValue | null {
  for (const table of tables) {
    if (!source.kinds.includes(table.kind)) continue;
    // Final accounts keep the actual figures in `actual.*` beside the budget's (rule 3).
    const measure = table.phase === 'final_accounts' && table.measures.some((m) => m.key === `actual.${source.measure}`)
      ? `actual.${source.measure}`
      : source.measure;
    const rows = [...table.totals, ...table.lines];
    for (const row of rows) {
      if (source.side && row.side !== null && row.side !== source.side) continue;
      if (source.row && !source.row.test(row.name)) continue;
      const value = row.values[measure];
      if (typeof value !== 'number') continue;
      // A one-row table's row has no name of its own: its column says what the figure is.
      const label = row.name || table.measures.find((m) => m.key === measure)?.label || measure;
      return { yuan: value, evidence: `table ${table.source.table}: ${label}` };
    }
  }
  return null;
}
