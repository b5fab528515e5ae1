// Figures of 西安市卫生健康委员会 2022 部门决算's self-evaluation tables (pp. 63–72, 98).
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../text/target.js';
import type { Disclosure, Indicator, PerformanceTarget, SelfEvaluationFunds } from '../schema/canonical.js';
import { validateSelfEvaluations } from './self-evaluation.js';

function indicator(name: string, weight: number, score: number): Indicator {
  return {
    level1: '产出指标（50分）',
    level2: '数量指标',
    name,
    description: null,
    scoringRule: null,
    target: parseTarget('100%'),
    basis: null,
    weight,
    actual: parseTarget('100%'),
    score,
    deviation: '无',
    source: { table: 9, row: 11 },
  };
}

function funds(budget: number, spent: number, executionRate: number): SelfEvaluationFunds {
  return { budgetAtStart: budget, budget, spent, executionRate, weight: 10, score: 10, source: { table: 9, row: 3 } };
}

function project(fundsLine: SelfEvaluationFunds | null, indicators: Indicator[] = [], total: [number, number] = [100, 100]): PerformanceTarget {
  return {
    name: '采供血业务经费',
    code: null,
    unit: null,
    goals: [],
    budget: null,
    indicators,
    selfEvaluation: { funds: fundsLine, totalWeight: total[0], totalScore: total[1] },
    source: { table: 9 },
  };
}

function findings(...projects: PerformanceTarget[]) {
  return validateSelfEvaluations({ performance: { overall: null, projects } } as unknown as Disclosure);
}

describe('validateSelfEvaluations: 执行率', () => {
  it('accepts rates within the printed figures\' rounding, rounded or truncated', () => {
    expect(findings(
      project(funds(7853100, 7032700, 89.55)), // 703.27 / 785.31 = 89.554…%
      project(funds(88590000, 88589500, 99.99)), // 8858.95 / 8859 = 99.9994…%, truncated
      project(funds(8400000, 7011700, 83.5)), // 701.17 / 840 = 83.47%, printed to 0.1
      project(funds(3900000, 3340000, 86)), // 334 / 390 = 85.64%, printed whole
    )).toEqual([]);
  });

  it('reports a rate the two figures do not give (p. 98: 1000% printed for 400 of 400)', () => {
    expect(findings(project({ ...funds(4000000, 4000000, 1000), budgetAtStart: 0 }))).toEqual([
      expect.objectContaining({
        code: 'EXECUTION_RATE_MISMATCH',
        severity: 'error',
        path: '/performance/projects/0/selfEvaluation/funds/executionRate',
        expected: 100,
        actual: 1000,
        against: ['/performance/projects/0/selfEvaluation/funds/spent', '/performance/projects/0/selfEvaluation/funds/budget'],
      }),
    ]);
  });

  it('accepts a rate capped at 100% where more than the budget was spent', () => {
    expect(findings(project(funds(1000000, 1200000, 100)))).toEqual([]);
  });
});

describe('validateSelfEvaluations: 得分 within 分值', () => {
  it('accepts scores up to their points', () => {
    expect(findings(project(null, [indicator('目标采集血液人次', 12.5, 12.5), indicator('项目完成成本', 12.5, 11.63)]))).toEqual([]);
  });

  it('reports an indicator or a 总分 scoring above its points (p. 72: 总分 93 of 90)', () => {
    expect(findings(project(null, [indicator('患者满意度', 5, 6)], [90, 93])).map((finding) => [finding.code, finding.path, finding.expected, finding.actual])).toEqual([
      ['SCORE_ABOVE_WEIGHT', '/performance/projects/0/indicators/0/score', 5, 6],
      ['SCORE_ABOVE_WEIGHT', '/performance/projects/0/selfEvaluation/totalScore', 90, 93],
    ]);
  });

  it('ignores targets that are no self-evaluation', () => {
    const { selfEvaluation: _, ...plain } = project(null, [indicator('患者满意度', 5, 6)]);
    expect(findings(plain)).toEqual([]);
  });
});
