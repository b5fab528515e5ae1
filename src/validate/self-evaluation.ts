// Self-evaluation tables (绩效自评表) print their own arithmetic: an execution
// rate beside the two figures it divides, and scores out of stated points.
// EXECUTION_RATE_MISMATCH: the printed 执行率 is not 全年执行数 ÷ 全年预算数 within
//   the rounding of all three printed figures.
// SCORE_ABOVE_WEIGHT: a 得分 above its 分值 (an indicator, the funds line or 总分).
import { Decimal } from 'decimal.js';
import type { Disclosure, Finding, PerformanceTarget } from '../schema/canonical.js';
import { printedStep } from '../money/rounding.js';

export function validateSelfEvaluations(disclosure: Disclosure): Finding[] {
  const { overall, projects } = disclosure.performance;
  const targets: [PerformanceTarget, string][] = [
    ...(overall ? [[overall, '/performance/overall'] as [PerformanceTarget, string]] : []),
    ...projects.map((project, at): [PerformanceTarget, string] => [project, `/performance/projects/${at}`]),
  ];
  return targets.flatMap(([target, path]) => (target.selfEvaluation ? [...executionRate(target, path), ...scores(target, path)] : []));
}

function executionRate(target: PerformanceTarget, path: string): Finding[] {
  const funds = target.selfEvaluation?.funds;
  if (!funds || funds.executionRate === null || funds.spent === null) return [];
  const printed = new Decimal(funds.executionRate);
  const denominators = [funds.budget, funds.budgetAtStart].filter((value): value is number => value !== null && value > 0);
  if (denominators.length === 0) return [];
  if (denominators.some((budget) => rateAgrees(printed, funds.spent!, budget))) return [];
  const expected = new Decimal(funds.spent).div(denominators[0]).times(100).toDecimalPlaces(2).toNumber();
  return [
    {
      code: 'EXECUTION_RATE_MISMATCH',
      severity: 'error',
      path: `${path}/selfEvaluation/funds/executionRate`,
      message: `${target.name}: 执行率 printed ${funds.executionRate}% (table ${funds.source.table}, row ${funds.source.row}), but 全年执行数 ÷ 全年预算数 is ${expected}%`,
      expected,
      actual: funds.executionRate,
      against: [`${path}/selfEvaluation/funds/spent`, `${path}/selfEvaluation/funds/${funds.budget !== null && funds.budget > 0 ? 'budget' : 'budgetAtStart'}`],
    },
  ];
}

/**
 * Whether a printed rate fits `spent ÷ budget`: each amount may be off by half
 * its printed step (inferred from the value, as for narrative figures), and the
 * rate by one step of its last printed digit (templates truncate as often as they
 * round). A rate printed as a fraction (0.93) reads the same as its percent;
 * a rate capped at 100% where more than the budget was spent is the genre's convention.
 */
function rateAgrees(printed: Decimal, spent: number, budget: number): boolean {
  const spentStep = printedStep(spent).div(2);
  const budgetStep = printedStep(budget).div(2);
  const low = Decimal.max(0, new Decimal(spent).minus(spentStep)).div(new Decimal(budget).plus(budgetStep)).times(100);
  const highBudget = new Decimal(budget).minus(budgetStep);
  const high = highBudget.lte(0) ? new Decimal(Infinity) : new Decimal(spent).plus(spentStep).div(highBudget).times(100);
  const slack = new Decimal(10).pow(-printed.decimalPlaces());
  const fits = (rate: Decimal): boolean => rate.plus(slack).gte(low) && rate.minus(slack).lte(high);
  return fits(printed) || fits(printed.times(100)) || (printed.eq(100) && low.gt(100));
}

/** One scored line: what it is, its 得分 and 分值, and where each sits in the JSON. */
interface ScoredLine {
  what: string;
  score: number | null | undefined;
  weight: number | null | undefined;
  scorePath: string;
  weightPath: string;
}

function scores(target: PerformanceTarget, path: string): Finding[] {
  const evaluation = target.selfEvaluation!;
  const funds = evaluation.funds;
  const lines: ScoredLine[] = [
    ...target.indicators.map((indicator, at) => ({
      what: `indicator "${indicator.name}" (table ${indicator.source.table}, row ${indicator.source.row})`,
      score: indicator.score,
      weight: indicator.weight,
      scorePath: `${path}/indicators/${at}/score`,
      weightPath: `${path}/indicators/${at}/weight`,
    })),
    ...(funds
      ? [{ what: `the funds line (table ${funds.source.table}, row ${funds.source.row})`, score: funds.score, weight: funds.weight, scorePath: `${path}/selfEvaluation/funds/score`, weightPath: `${path}/selfEvaluation/funds/weight` }]
      : []),
    { what: '总分', score: evaluation.totalScore, weight: evaluation.totalWeight, scorePath: `${path}/selfEvaluation/totalScore`, weightPath: `${path}/selfEvaluation/totalWeight` },
  ];
  return lines.flatMap(({ what, score, weight, scorePath, weightPath }): Finding[] =>
    score === null || score === undefined || weight === null || weight === undefined || score <= weight
      ? []
      : [{ code: 'SCORE_ABOVE_WEIGHT', severity: 'error', path: scorePath, message: `${target.name}: ${what} scores ${score} of ${weight} points`, expected: weight, actual: score, against: [weightPath] }],
  );
}
