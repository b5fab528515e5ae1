// Budget execution on a pair derived from a real notice (the corpus has no body with both its
// budget and its final accounts for one year): 西安市卫生健康委员会 2022 部门决算 as the final
// accounts, and as the budget the figures that notice itself prints as budgeted — 公开09表's
// 预算数 row (p. 49: “三公”经费 593.46万元, 公务接待费 1.86万元 …) and each self-evaluation's
// 年度指标值 (the targets), without its actuals.
import { describe, expect, it } from 'vitest';
import { compareExecution } from '../src/compare/execution.js';
import { executionModel } from '../src/compare/execution-report.js';
import type { Disclosure, PerformanceTarget } from '../src/schema/canonical.js';
import { convertSample } from './support/samples.js';

const file = 'real/xian-weijian-2022-dept-final-account.pdf';

/** A target as a budget notice prints it: no self-evaluation, no actuals. */
function planned({ selfEvaluation: _, ...target }: PerformanceTarget): PerformanceTarget {
  return { ...target, indicators: target.indicators.map(({ actual: _a, score: _s, deviation: _d, ...indicator }) => indicator) };
}

async function derivedBudget(final: Disclosure): Promise<Disclosure> {
  const budget: Disclosure = structuredClone(final);
  budget.document = { ...final.document, title: '西安市卫生健康委员会2022年度部门预算', stage: 'budget' };
  budget.fiscalTables = [];
  budget.budgetSummary.threePublic = { total: 5934600, overseasTravel: null, vehicles: 5916000, vehiclePurchase: 1364800, vehicleOperation: 4551200, reception: 18600 };
  budget.performance = { overall: final.performance.overall && planned(final.performance.overall), projects: final.performance.projects.map(planned) };
  return budget;
}

describe('budget execution on Xi\'an 卫健委 2022', () => {
  it('sets the printed 预算数 against the 决算数 of the “三公” figures', async () => {
    const final = await convertSample(file);
    const execution = compareExecution(await derivedBudget(final), final);
    const figure = (name: string) => execution.figures.find((f) => f.figure === name);
    expect(figure('threePublic.total')).toMatchObject({ budget: 5934600, actual: 5875500, difference: -59100, rate: 99, verdict: 'within' });
    expect(figure('threePublic.reception')).toMatchObject({ budget: 18600, actual: 1100, difference: -17500, rate: 5.91, verdict: 'under' });
  });

  it('sets each indicator\'s target against its 实际完成值 and names the missed ones (p. 30: 引进高层次人次 ≥800人, 744人)', async () => {
    const final = await convertSample(file);
    const execution = compareExecution(await derivedBudget(final), final);
    expect(execution.indicators.find((i) => i.name === '指标8：引进高层次人次')).toEqual({
      project: '西安市卫生健康委员会',
      name: '指标8：引进高层次人次',
      target: '≥800人',
      finalTarget: '≥800人',
      differs: false,
      actual: '744人',
      score: 1.5,
      weight: 2,
      met: false,
    });
    expect(execution.indicators.find((i) => i.name === '指标7：全市居民健康素养水平')).toMatchObject({ target: '≥20%', actual: '35%', met: true });
    expect(executionModel(execution).headline).toContain('绩效指标「指标8：引进高层次人次」（西安市卫生健康委员会）：目标 ≥800人，实际完成 744人，未达目标。');
  });
});
