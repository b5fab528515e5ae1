// Budget execution: the budget (预算) and the final accounts (决算) of one body and year.
// Per summary figure and per fiscal line (matched by table kind and code): budget,
// actual, difference and execution rate, and whether the actual ran over or under the
// budget by more than the threshold; per performance indicator named in both, its
// target against what the final accounts' self-evaluation says was achieved (实际完成值).
// Each figure once, as in the year report.
import { Decimal } from 'decimal.js';
import { budgetSummaryPaths, figureAt } from '../export/summary-figures.js';
import type { Disclosure, Indicator } from '../schema/canonical.js';
import { change } from './change.js';
import { refOf, type ComparisonWarning, type DocumentRef } from './compare.js';
import { actualColumns, actualOf, measureKeys, pairFiscalLines } from './fiscal-lines.js';
import { pairIndicators } from './compare.js';
import { reasonIndex } from './reasons.js';
import { defaultCompareSettings, type CompareSettings } from './settings.js';
import { signalChanges, type LinePair } from './signal.js';
import { meetsTarget } from './target-met.js';

export type Verdict = 'over' | 'under' | 'within' | 'not_stated';

export interface ExecutionFigure {
  /** `budgetSummary` for a summary figure, else the table kind. */
  source: string;
  figure: string | null;
  code: string | null;
  name: string;
  measure: string | null;
  budget: number | null;
  actual: number | null;
  /** actual − budget, exact. */
  difference: number | null;
  /** actual ÷ budget × 100, rounded half-up to 2 decimals; null when the budget is 0 or not stated. */
  rate: number | null;
  verdict: Verdict;
  alsoIn: string[];
  /** What the final accounts give as the reason, where they state one. */
  reason: string | null;
}

export interface ExecutionIndicator {
  project: string;
  name: string;
  /** The target as the budget notice prints it. */
  target: string;
  /** The target as the final accounts restate it (年度指标值). */
  finalTarget: string;
  /** Whether the final accounts restate another target than the budget set. */
  differs: boolean;
  /** What was achieved (实际完成值), where the final accounts print a self-evaluation. */
  actual: string | null;
  /** 得分 of 分值, where the self-evaluation scores the indicator. */
  score: number | null;
  weight: number | null;
  /** Whether the actual meets the budget's target; null where the two are not comparable figures (see meetsTarget). */
  met: boolean | null;
}

export interface Execution {
  mode: 'execution';
  budget: DocumentRef;
  finalAccounts: DocumentRef;
  warnings: ComparisonWarning[];
  /** The fraction over or under the budget beyond which a figure is called out. */
  threshold: number;
  figures: ExecutionFigure[];
  lines: ExecutionFigure[];
  indicators: ExecutionIndicator[];
}

/** Whether the pair is a budget and the final accounts: the execution report applies. */
export const isBudgetAndFinal = (a: Disclosure, b: Disclosure) => a.document.stage === 'budget' && b.document.stage === 'final_accounts';

export function verdictOf(budget: number | null, actual: number | null, threshold: number): { rate: number | null; verdict: Verdict } {
  if (actual === null || budget === null) return { rate: null, verdict: 'not_stated' };
  const rate = budget === 0 ? null : new Decimal(actual).div(budget).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
  const limit = new Decimal(Math.abs(budget)).times(threshold);
  const difference = new Decimal(actual).minus(budget);
  if (difference.gt(limit)) return { rate, verdict: 'over' };
  if (difference.neg().gt(limit)) return { rate, verdict: 'under' };
  return { rate, verdict: 'within' };
}

function warningsFor(budget: Disclosure, final: Disclosure): ComparisonWarning[] {
  const warnings: ComparisonWarning[] = [];
  if (budget.document.unit.replace(/\s+/gu, '') !== final.document.unit.replace(/\s+/gu, '')) {
    warnings.push({ code: 'DIFFERENT_UNIT', message: `the documents are from different bodies: ${budget.document.unit} and ${final.document.unit}` });
  }
  if (budget.document.fiscalYear !== final.document.fiscalYear) {
    warnings.push({ code: 'DIFFERENT_YEAR', message: `the budget is for ${budget.document.fiscalYear} and the final accounts for ${final.document.fiscalYear}` });
  }
  return warnings;
}

export function compareExecution(budget: Disclosure, final: Disclosure, settings: CompareSettings = defaultCompareSettings): Execution {
  const summary = budgetSummaryPaths
    .filter((figure) => !figure.startsWith('changeFromPriorYear.'))
    .map((figure) => ({ figure, ...change(figureAt(budget.budgetSummary, figure), figureAt(final.budgetSummary, figure)) }));
  const finalKinds = new Set(final.fiscalTables.map((t) => t.kind));
  const budgetKinds = new Set(budget.fiscalTables.map((t) => t.kind));
  const lines: LinePair[] = pairFiscalLines(budget, final).flatMap(({ base: a, target: b }): LinePair[] => {
    if (a) {
      // Lines of a table the final accounts do not print at all have no actual to set against them.
      if (!finalKinds.has(a.table.kind)) return [];
      return measureKeys(a)
        .filter((key) => !key.includes('.'))
        .map((measure) => ({ a, b, measure, values: change(a.line.values[measure] ?? null, b ? actualOf(b.line.values, measure) : null) }));
    }
    // Spent on a line the budget's table of that kind does not have: nothing was budgeted for it.
    if (!b || !budgetKinds.has(b.table.kind)) return [];
    return actualColumns(b).map((measure) => ({ a, b, measure, values: change(0, actualOf(b.line.values, measure)) }));
  });
  const execution = (c: ReturnType<typeof signalChanges>[number]): ExecutionFigure => {
    const { rate, verdict } = verdictOf(c.base, c.target, settings.executionThreshold);
    return { source: c.source, figure: c.figure, code: c.code, name: c.name, measure: c.measure, budget: c.base, actual: c.target, difference: c.delta, rate, verdict, alsoIn: c.alsoIn, reason: c.reason };
  };
  const all = signalChanges(summary, lines, reasonIndex(final)).map(execution);
  return {
    mode: 'execution',
    budget: refOf(budget),
    finalAccounts: refOf(final),
    warnings: warningsFor(budget, final),
    threshold: settings.executionThreshold,
    figures: all.filter((f) => f.figure !== null),
    lines: all.filter((f) => f.figure === null),
    indicators: pairIndicators(budget, final)
      .filter((p) => p.base && p.target)
      .map(({ base: a, target: b }) => executionIndicator(a!.project, a!.indicator, b!.indicator)),
  };
}

function executionIndicator(project: string, planned: Indicator, final: Indicator): ExecutionIndicator {
  const bare = (text: string) => text.replace(/\s+/gu, '');
  return {
    project,
    name: planned.name,
    target: planned.target.raw,
    finalTarget: final.target.raw,
    differs: bare(planned.target.raw) !== bare(final.target.raw),
    actual: final.actual?.raw ?? null,
    score: final.score ?? null,
    weight: final.actual ? final.weight : null,
    met: final.actual ? meetsTarget(planned.target, final.actual) : null,
  };
}
