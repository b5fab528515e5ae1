import { describe, expect, it } from 'vitest';
import { parseTarget } from '../text/target.js';
import type { Disclosure, Indicator, PerformanceTarget } from '../schema/canonical.js';
import { validateTargets } from './targets.js';

function indicator(name: string, raw: string, row: number): Indicator {
  return {
    level1: '产出指标',
    level2: '数量指标',
    name,
    description: null,
    scoringRule: null,
    target: parseTarget(raw),
    basis: null,
    weight: null,
    source: { table: 3, row },
  };
}

function target(name: string, indicators: Indicator[]): PerformanceTarget {
  return { name, code: null, unit: null, goals: [], budget: null, indicators, source: { table: 3 } };
}

/** Only the performance section matters to this validator. */
function disclosureWith(performance: Disclosure['performance']): Disclosure {
  return { performance } as Disclosure;
}

describe('validateTargets', () => {
  it('reports targets with neither a figure nor a recognised qualitative wording', () => {
    const findings = validateTargets(
      disclosureWith({
        overall: target('某单位', [indicator('培训人次', '≥300人次', 2), indicator('覆盖范围', '≥98%；≥95%', 3)]),
        projects: [target('机关运转', [indicator('印刷质量', '合格', 2), indicator('工作计划', '相关文件要求', 3), indicator('培训场次', '', 4)])],
      }),
    );
    expect(findings).toEqual([
      {
        code: 'UNPARSED_TARGET',
        severity: 'warning',
        path: '/performance/overall/indicators/1/target',
        message: '某单位: target "≥98%；≥95%" of indicator "覆盖范围" is neither a figure nor a recognised qualitative target (table 3, row 3)',
      },
      {
        code: 'UNPARSED_TARGET',
        severity: 'warning',
        path: '/performance/projects/0/indicators/1/target',
        message: '机关运转: target "相关文件要求" of indicator "工作计划" is neither a figure nor a recognised qualitative target (table 3, row 3)',
      },
      {
        code: 'UNPARSED_TARGET',
        severity: 'warning',
        path: '/performance/projects/0/indicators/2/target',
        message: '机关运转: indicator "培训场次" has no target value (table 3, row 4)',
      },
    ]);
  });

  it('reports nothing when there are no targets', () => {
    expect(validateTargets(disclosureWith({ overall: null, projects: [] }))).toEqual([]);
  });
});
