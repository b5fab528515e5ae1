// The budget-summary figures the standard tables state (rule 2: a table's
// figure is exact and wins over the narrative's). Each figure is looked up by
// table kind, row name (a 合计/总计 row or a line) and measure key. Every table
// that states a figure is kept as a candidate: which one budgetSummary takes
// depends on what the figures are checked against (budget-summary.ts).
import type { FiscalTable } from '../../schema/canonical.js';
import { wholeLabel } from '../../tables/total-words.js';

/**
 * Which funds a table covers: `all` (收支总表, 收入总表, 支出总表, the “三公” table) or only the
 * general public budget (一般公共预算支出表, 基本支出表), whose basic expenditure is not the department's
 * unless the general public budget is all its funding.
 */
export type FundScope = 'all' | 'generalPublicBudget';

export interface TableValue {
  yuan: number;
  /** `table N: <row label>` (or the column's label in a one-row table) — N is the RawTable index. */
  evidence: string;
  /** The RawTable index of the table stating it. */
  table: number;
  /** The table's printed number label (表1, 预算05表), or null. */
  label: string | null;
  /** The RawTable row the figure is printed in, where the fiscal reader recorded it. */
  row: number | null;
  /** JSON pointer of the figure in the canonical document (`/fiscalTables/0/totals/1/values/total`). */
  pointer: string;
  scope: FundScope;
  /** The figure only shows which whole the table speaks of (a 支出总表's 合计 as this year's spending); it never fills the field. */
  matchOnly: boolean;
}

/** Dotted budgetSummary path → the figure each table states for it, in order of preference (one per table). */
export type TableFigures = Record<string, TableValue[]>;

interface TableSource {
  path: string;
  kinds: readonly FiscalTable['kind'][];
  /** The row's printed name; `total`: the table's 合计/总计 row (or its unnamed totals row); null: any row (a one-row table). */
  row: RegExp | 'total' | null;
  side?: 'revenue' | 'expenditure';
  measure: string;
  matchOnly?: true;
}

const partialScope: ReadonlySet<FiscalTable['kind']> = new Set(['general_public_expenditure', 'basic_expenditure']);

const revenueLine = (path: string, row: RegExp, measure: string): TableSource[] => [
  { path, kinds: ['income_expenditure_summary'], row, side: 'revenue', measure: 'total' },
  { path, kinds: ['income'], row: 'total', measure },
];
/** The “三公” table prints its categories as columns (one row) or, in some templates, as rows with one amount column. */
const threePublic = (key: string, row: RegExp): TableSource[] => [
  { path: `threePublic.${key}`, kinds: ['three_public'], row: null, measure: key },
  { path: `threePublic.${key}`, kinds: ['three_public'], row, measure: 'total' },
];

/** In order of preference: the 收支总表 first, the 收入/支出总表 next, the general-public-budget tables last. */
const sources: readonly TableSource[] = [
  { path: 'revenue.total', kinds: ['income_expenditure_summary'], row: /^(?:收入)?(?:总计|合计)$/u, side: 'revenue', measure: 'total' },
  { path: 'revenue.total', kinds: ['income'], row: /^(?:收入)?(?:合计|总计)$/u, measure: 'total' },
  { path: 'revenue.currentYear', kinds: ['income_expenditure_summary'], row: /^(?:本年|当年)收入(?:合计|小计)$/u, side: 'revenue', measure: 'total' },
  { path: 'revenue.currentYear', kinds: ['income'], row: 'total', measure: 'currentYear' },
  ...revenueLine('revenue.generalPublicBudget', /^一般公共预算/u, 'generalPublicBudget'),
  ...revenueLine('revenue.governmentFund', /^政府性基金/u, 'governmentFund'),
  ...revenueLine('revenue.stateCapital', /^国有资本经营/u, 'stateCapital'),
  ...revenueLine('revenue.specialAccount', /^财政专户/u, 'specialAccount'),
  ...revenueLine('revenue.business', /^事业收入/u, 'business'),
  ...revenueLine('revenue.businessOperation', /^事业单位经营收入/u, 'businessOperation'),
  ...revenueLine('revenue.superiorSubsidy', /^上级补助收入/u, 'superiorSubsidy'),
  ...revenueLine('revenue.subordinateRemit', /^附属单位上缴收入/u, 'subordinateRemit'),
  // Jiangsu 2017's 其他资金 (事业收入、经营收入、其他收入 together).
  ...revenueLine('revenue.other', /^其他(?:收入|资金)/u, 'other'),
  ...revenueLine('revenue.carryover', /^(?:上年结[转余]|年初结转)/u, 'carryover'),
  // 使用非财政拨款结余 is a source of its own; a 非财政拨款结余、结转 row details the carryover above it.
  ...revenueLine('revenue.nonFiscalSurplus', /^使用非财政拨款(?:资金)?结余/u, 'nonFiscalSurplus'),
  ...revenueLine('revenue.priorYearAccountBalance', /^上年实户资金余额/u, 'priorYearAccountBalance'),
  { path: 'expenditure.total', kinds: ['income_expenditure_summary'], row: /^(?:支出)?(?:总计|合计)$/u, side: 'expenditure', measure: 'total' },
  { path: 'expenditure.currentYear', kinds: ['income_expenditure_summary'], row: /^(?:本年|当年)支出(?:合计|小计)$/u, side: 'expenditure', measure: 'total' },
  { path: 'expenditure.currentYear', kinds: ['expenditure', 'general_public_expenditure'], row: 'total', measure: 'total', matchOnly: true },
  { path: 'expenditure.basic', kinds: ['expenditure'], row: 'total', measure: 'basic' },
  // Jiangsu 2017's 收支总表 lists spending by type: 基本支出, 项目支出, 单位预留机动经费.
  { path: 'expenditure.basic', kinds: ['income_expenditure_summary'], row: /^基本支出$/u, side: 'expenditure', measure: 'total' },
  { path: 'expenditure.basic', kinds: ['general_public_expenditure', 'basic_expenditure'], row: 'total', measure: 'basic' },
  { path: 'expenditure.basic', kinds: ['basic_expenditure'], row: 'total', measure: 'total' },
  { path: 'expenditure.project', kinds: ['expenditure'], row: 'total', measure: 'project' },
  { path: 'expenditure.project', kinds: ['income_expenditure_summary'], row: /^项目支出$/u, side: 'expenditure', measure: 'total' },
  { path: 'expenditure.project', kinds: ['general_public_expenditure'], row: 'total', measure: 'project' },
  { path: 'expenditure.reserve', kinds: ['expenditure'], row: 'total', measure: 'reserve' },
  { path: 'expenditure.reserve', kinds: ['income_expenditure_summary'], row: /^单位预留机动经费$/u, side: 'expenditure', measure: 'total' },
  { path: 'expenditure.personnel', kinds: ['expenditure', 'general_public_expenditure', 'basic_expenditure'], row: 'total', measure: 'personnel' },
  { path: 'expenditure.publicOperation', kinds: ['expenditure', 'general_public_expenditure', 'basic_expenditure'], row: 'total', measure: 'publicOperation' },
  // A 基本支出表 printing 人员经费 | 公用经费 side by side totals each panel in a row of its own (决算: 人员经费合计 | 公用经费合计).
  { path: 'expenditure.personnel', kinds: ['basic_expenditure'], row: /^人员经费合计$/u, measure: 'personnel' },
  { path: 'expenditure.personnel', kinds: ['basic_expenditure'], row: /^人员经费合计$/u, measure: 'total' },
  { path: 'expenditure.publicOperation', kinds: ['basic_expenditure'], row: /^公用经费合计$/u, measure: 'publicOperation' },
  { path: 'expenditure.publicOperation', kinds: ['basic_expenditure'], row: /^公用经费合计$/u, measure: 'total' },
  // A table listing 行政经费 above its “三公”经费 row (Guangzhou's 表8): the row named “三公”经费 is the total, not the first row.
  { path: 'threePublic.total', kinds: ['three_public'], row: /^[“"]?三公[”"]?经费(?:合计|小计)?$/u, measure: 'total' },
  ...threePublic('total', wholeLabel),
  ...threePublic('overseasTravel', /因公出国/u),
  ...threePublic('vehicles', /公务用车购置(?:及|和)运/u),
  ...threePublic('vehiclePurchase', /公务用车购置费/u),
  ...threePublic('vehicleOperation', /公务用车运/u),
  ...threePublic('reception', /公务接待/u),
  { path: 'operatingExpenses', kinds: ['three_public'], row: null, measure: 'operatingExpenses' },
];

/**
 * Which figure of a final-accounts table: the actual (决算数, rule 3) or the budget printed beside it
 * (a 预算数 block or row); a budget notice's tables state only `actual` in this sense — their own figures.
 */
export type Figure = 'actual' | 'budget';

/** Every figure some table states, per budgetSummary path. */
export function readTableFigures(tables: readonly FiscalTable[], figure: Figure = 'actual'): TableFigures {
  const found: TableFigures = {};
  for (const source of sources) {
    for (const [at, table] of tables.entries()) {
      if (!source.kinds.includes(table.kind)) continue;
      if (found[source.path]?.some((value) => value.table === table.source.table)) continue;
      const value = lookUp(table, at, source, figure);
      if (value) (found[source.path] ??= []).push(value);
    }
  }
  const threePublicOnly = threePublicSubtotal(tables, figure);
  if (threePublicOnly) found['threePublic.total'] = [threePublicOnly, ...(found['threePublic.total'] ?? []).filter((value) => value.table !== threePublicOnly.table)];
  return found;
}

/**
 * Rule 4: a “三公” table whose 合计 also adds 会议费 and 培训费 (Jiangsu 2017) states the three
 * categories' own total in a “三公”经费/小计 column; that column is `threePublic.total`.
 */
function threePublicSubtotal(tables: readonly FiscalTable[], figure: Figure): TableValue | null {
  for (const [at, table] of tables.entries()) {
    if (table.kind !== 'three_public' || !table.measures.some((m) => m.key === 'meeting' || m.key === 'training')) continue;
    // The current year's subtotal (key `total`), not a 上年 or 增减 block's.
    const subtotal = table.measures.find((m) => m.key === 'total' && /三公/u.test(m.label) && /(?:小计|合计)$/u.test(m.label));
    const row = rowsOf(table, [...table.totals, ...table.lines], figure)[0];
    if (!subtotal) continue;
    const value = row?.values[subtotal.key];
    const pointer = figurePointer(at, table.totals.length > 0 ? 'totals' : 'lines', 0, subtotal.key);
    if (typeof value === 'number') return { yuan: value, evidence: `table ${table.source.table}: ${subtotal.label}`, table: table.source.table, label: table.label, row: row.source?.row ?? null, pointer, scope: 'all', matchOnly: false };
  }
  return null;
}

function lookUp(table: FiscalTable, at: number, source: TableSource, figure: Figure): TableValue | null {
  // Final accounts keep the actual figures in `actual.*` beside the budget's `budget.*` (rule 3).
  const blocks = table.phase === 'final_accounts' && table.measures.some((m) => m.key === `${figure}.${source.measure}`);
  const measure = blocks ? `${figure}.${source.measure}` : source.measure;
  // Without a 预算数 block, a budget is stated only by a 预算数 row (Xi'an's “三公” 决算表), never by a 合计 row.
  const budgetRows = figure === 'budget' && !blocks;
  const rows =
    source.row === 'total' && !budgetRows
      ? table.totals.filter((row) => row.name === '' || wholeLabel.test(row.name) || row.unit !== undefined)
      : rowsOf(table, [...table.totals, ...table.lines], blocks ? 'actual' : figure);
  for (const row of rows) {
    if (source.side && row.side !== null && row.side !== source.side) continue;
    const kind = table.totals.includes(row as FiscalTable['totals'][number]) ? 'totals' : 'lines';
    if (source.row instanceof RegExp && !source.row.test(row.name)) continue;
    const value = row.values[measure];
    if (typeof value !== 'number') continue;
    // A one-row table's row has no name of its own: its column says what the figure is.
    const label = row.name || table.measures.find((m) => m.key === measure)?.label || measure;
    return {
      yuan: value,
      evidence: `table ${table.source.table}: ${label}`,
      table: table.source.table,
      label: table.label,
      row: row.source?.row ?? null,
      pointer: figurePointer(at, kind, (table[kind] as readonly object[]).indexOf(row), measure),
      scope: partialScope.has(table.kind) ? 'generalPublicBudget' : 'all',
      matchOnly: source.matchOnly ?? false,
    };
  }
  return null;
}

/** A budget row of a final-accounts table that prints 预算数 and 决算数 as rows (Xi'an's “三公” 决算表). */
const BUDGET_ROW = /^(?:年初|全年|调整后?)?预算数?$/u;

/**
 * The rows that may give a figure: in final accounts the 决算数 row, never the 预算数 row beside it
 * (rule 3); the budget, only the 预算数 row.
 */
function rowsOf<Row extends { name: string }>(table: FiscalTable, rows: readonly Row[], figure: Figure): Row[] {
  if (table.phase !== 'final_accounts') return figure === 'actual' ? [...rows] : [];
  return rows.filter((row) => BUDGET_ROW.test(row.name) === (figure === 'budget'));
}

/** JSON pointer (RFC 6901: `~` and `/` escaped, a header path may hold `/`) of one fiscal figure. */
function figurePointer(table: number, kind: 'totals' | 'lines', index: number, key: string): string {
  return `/fiscalTables/${table}/${kind}/${index}/values/${key.replace(/~/gu, '~0').replace(/\//gu, '~1')}`;
}
