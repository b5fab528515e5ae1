// Budget execution on a derived pair. The corpus has no budget and final accounts of one
// body and year, so the budget is built from what the real Wanli 2024 budget prints
// (samples/real/shanghai-putuo-wanli-2024-dept-budget.pdf, 单位：元) and its final accounts
// are derived from it in the contract's 决算 shape (预算数/决算数 blocks: budget.*, actual.*),
// with actuals chosen to fall on each side of the threshold.
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../text/target.js';
import { langfang2023 } from '../../tests/support/canonical-fixtures.js';
import type { Disclosure, FiscalTable } from '../schema/canonical.js';
import { compareDisclosures } from './compare.js';
import { compareExecution, verdictOf } from './execution.js';
import { executionModel } from './execution-report.js';

function expenditureTable(phase: FiscalTable['phase'], measures: string[], rows: [string, string, Record<string, number>][]): FiscalTable {
  return {
    kind: 'general_public_expenditure',
    title: phase === 'budget' ? '2024年部门一般公共预算支出功能分类预算表' : '2024年一般公共预算财政拨款支出决算表',
    label: null,
    phase,
    unitOfMeasure: '元',
    measures: measures.map((key) => ({ key, label: key })),
    totals: [],
    lines: rows.map(([code, name, values], row) => ({ side: 'expenditure', code, scheme: 'functional', level: null, name, codes: [], unit: null, values, source: { table: 0, row } })),
    empty: false,
    note: null,
    source: { table: 0 },
  };
}

const indicator = (raw: string) => ({ level1: '产出指标', level2: '数量指标', name: '整治点位', description: null, scoringRule: null, target: parseTarget(raw), basis: null, weight: 10, source: { table: 0, row: 0 } });
/** The final accounts' self-evaluation restates the target and prints what was achieved and scored. */
const evaluated = (raw: string, actual: string, score: number) => ({ ...indicator(raw), actual: parseTarget(actual), score, deviation: '部分点位延期' });

async function notice(stage: 'budget' | 'final_accounts'): Promise<Disclosure> {
  const d = await langfang2023();
  const budget = stage === 'budget';
  d.document = { ...d.document, title: `上海市普陀区人民政府万里街道办事处2024年部门${budget ? '预算' : '决算'}`, unit: '上海市普陀区人民政府万里街道办事处', fiscalYear: 2024, stage };
  d.procurement = { total: null, subtotals: [], lines: [] };
  Object.assign(d.budgetSummary.expenditure, { total: budget ? 156211123 : 150000000, currentYear: null, basic: null, personnel: null, publicOperation: null, project: null });
  Object.assign(d.budgetSummary.revenue, { total: budget ? 156211123 : 150000000, currentYear: null, generalPublicBudget: null });
  Object.assign(d.budgetSummary.threePublic, budget
    ? { total: 479100, overseasTravel: 0, vehicles: 465600, vehiclePurchase: 250000, vehicleOperation: 215600, reception: 13500 }
    : { total: 430000, overseasTravel: 0, vehicles: 420000, vehiclePurchase: 248000, vehicleOperation: 172000, reception: 10000 });
  d.budgetSummary.operatingExpenses = budget ? 4431800 : 5000000;
  d.budgetSummary.procurementTotal = budget ? 16624400 : null;
  d.fiscalTables = budget
    ? [
        expenditureTable('budget', ['total'], [
          ['2010507', '专项普查活动', { total: 257700 }],
          ['205', '教育支出', { total: 250000 }],
          ['20599', '其他教育支出', { total: 250000 }],
          ['2059999', '其他教育支出', { total: 250000 }],
          ['2129999', '其他城乡社区支出', { total: 9220200 }],
        ]),
      ]
    : [
        expenditureTable('final_accounts', ['budget.total', 'actual.total'], [
          ['2010507', '专项普查活动', { 'budget.total': 257700, 'actual.total': 250000 }],
          ['2129999', '其他城乡社区支出', { 'budget.total': 9220200, 'actual.total': 10500000 }],
          ['2080705', '公益性岗位补贴', { 'budget.total': 0, 'actual.total': 120000 }],
        ]),
      ];
  d.sections = budget ? [] : [{ number: '六', title: '其他重要事项的情况说明', part: null, text: '2024年机关运行经费支出500.00万元，比年初预算增加56.82万元，主要原因是办公用房维修。' }];
  d.performance = { overall: null, projects: [{ name: '社区环境整治和建设经费', code: null, unit: null, goals: [], budget: null, indicators: [budget ? indicator('≥10个') : evaluated('≥12个', '9个', 7)], source: { table: 0 } }] };
  return d;
}

describe('budget execution', () => {
  it('sets budget against actual per figure and line, with the rate and what ran over or under by more than 10%', async () => {
    const e = compareExecution(await notice('budget'), await notice('final_accounts'));
    expect(e.warnings).toEqual([]);
    const figure = (path: string) => e.figures.find((f) => f.figure === path);
    expect(figure('expenditure.total')).toMatchObject({ budget: 156211123, actual: 150000000, difference: -6211123, rate: 96.02, verdict: 'within' });
    expect(figure('operatingExpenses')).toMatchObject({ budget: 4431800, actual: 5000000, difference: 568200, rate: 112.82, verdict: 'over', reason: '办公用房维修' });
    expect(figure('threePublic.total')).toMatchObject({ rate: 89.75, verdict: 'under' });
    expect(figure('threePublic.vehiclePurchase')).toMatchObject({ rate: 99.2, verdict: 'within' });
    // The final accounts print no procurement figure: nothing is said about it.
    expect(figure('procurementTotal')).toMatchObject({ budget: 16624400, actual: null, rate: null, verdict: 'not_stated' });
    // 收入总计 and 支出总计 are the same figure on both sides: once.
    expect(e.figures.filter((f) => f.difference === -6211123)).toHaveLength(1);

    const line = (code: string) => e.lines.filter((l) => l.code === code);
    expect(line('2010507')).toEqual([expect.objectContaining({ budget: 257700, actual: 250000, difference: -7700, rate: 97.01, verdict: 'within' })]);
    expect(line('2129999')).toEqual([expect.objectContaining({ budget: 9220200, actual: 10500000, rate: 113.88, verdict: 'over' })]);
    // Not printed in the final accounts' table: no actual to set against it. 205, 20599 and 2059999 are one line of money.
    expect(line('2059999')).toEqual([expect.objectContaining({ budget: 250000, actual: null, rate: null, verdict: 'not_stated' })]);
    expect(line('205')).toEqual([]);
    // Spent on a line the budget does not have: nothing was budgeted, all of it is over.
    expect(line('2080705')).toEqual([expect.objectContaining({ budget: 0, actual: 120000, difference: 120000, rate: null, verdict: 'over' })]);

    expect(e.indicators).toEqual([
      { project: '社区环境整治和建设经费', name: '整治点位', target: '≥10个', finalTarget: '≥12个', differs: true, actual: '9个', score: 7, weight: 10, met: false },
    ]);
    const headline = executionModel(e).headline;
    expect(headline).toContain('绩效指标「整治点位」（社区环境整治和建设经费）：目标 ≥10个，实际完成 9个，未达目标。');
    expect(headline).toContain('机关运行经费：预算 4,431,800 元，决算 5,000,000 元，超预算 568,200 元（执行率 112.82%）（公告所述原因：办公用房维修）。');
    expect(headline).toContain('2129999 其他城乡社区支出：预算 9,220,200 元，决算 10,500,000 元，超预算 1,279,800 元（执行率 113.88%）。');
  });

  it('takes its threshold from the settings', async () => {
    const e = compareExecution(await notice('budget'), await notice('final_accounts'), { executionThreshold: 0.15, headlineLines: 3, chartBars: 12 });
    expect(e.figures.find((f) => f.figure === 'operatingExpenses')?.verdict).toBe('within');
    expect(e.lines.find((l) => l.code === '2129999')?.verdict).toBe('within');
  });

  it('sets a year’s actuals against the next year’s budget when a final accounts is compared with a budget', async () => {
    const next = await notice('budget');
    next.document = { ...next.document, fiscalYear: 2025 };
    const c = compareDisclosures(await notice('final_accounts'), next);
    expect(c.warnings.map((w) => w.code)).toEqual(['DIFFERENT_STAGE']);
    expect(c.fiscalLines.filter((l) => l.code === '2129999').map((l) => [l.measure, l.base, l.target, l.delta])).toEqual([['total', 10500000, 9220200, -1279800]]);
  });

  it('calls a figure over or under only beyond the threshold, exactly', () => {
    expect(verdictOf(1000, 1100, 0.1)).toEqual({ rate: 110, verdict: 'within' });
    expect(verdictOf(1000, 1100.01, 0.1)).toEqual({ rate: 110, verdict: 'over' });
    expect(verdictOf(1000, 899.99, 0.1)).toEqual({ rate: 90, verdict: 'under' });
    expect(verdictOf(0, 500, 0.1)).toEqual({ rate: null, verdict: 'over' });
    expect(verdictOf(1000, null, 0.1)).toEqual({ rate: null, verdict: 'not_stated' });
  });
});
