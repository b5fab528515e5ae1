// 西安市卫生健康委员会 2022 部门决算 (171 pp.): the 部门整体支出绩效自评表 (pp. 30–31)
// and 87 项目支出绩效自评表 (pp. 32–171). Figures read from the PDF (pdftotext -layout).
import { describe, expect, it } from 'vitest';
import { exportTables } from '../src/export/tables.js';
import type { Disclosure, PerformanceTarget } from '../src/schema/canonical.js';
import { convertSample } from './support/samples.js';

const file = 'real/xian-weijian-2022-dept-final-account.pdf';

async function project(name: string): Promise<PerformanceTarget> {
  const found = (await convertSample(file)).performance.projects.filter((target) => target.name === name);
  expect(found).toHaveLength(1);
  return found[0];
}

function errors(disclosure: Disclosure) {
  return disclosure.validation.filter((finding) => finding.severity === 'error');
}

describe('Xi\'an 卫健委 2022 决算: self-evaluation tables', () => {
  it('reads every project\'s self-evaluation with its funds line', async () => {
    const { projects } = (await convertSample(file)).performance;
    expect(projects.length).toBe(88);
    expect(projects.filter((target) => target.selfEvaluation?.funds && target.selfEvaluation.totalScore !== null)).toHaveLength(88);
  });

  it('reads 无偿献血者宣传项目 (p. 65): funds, execution rate, scores, targets against actuals', async () => {
    const target = await project('无偿献血者宣传项目');
    expect(target.selfEvaluation).toMatchObject({
      funds: { budgetAtStart: 12727700, budget: 12727700, spent: 11845600, executionRate: 93.07, weight: 10, score: 9.31 },
      totalWeight: 100,
      totalScore: 98.44,
    });
    const byName = new Map(target.indicators.map((indicator) => [indicator.name, indicator]));
    expect(byName.get('目标采集血液人次')).toMatchObject({
      target: { value: 23, unit: '万人次' },
      actual: { value: 23.66, unit: '万人次' },
      weight: 12.5,
      score: 12.5,
      deviation: '无',
    });
    expect(byName.get('项目完成成本')).toMatchObject({ target: { value: 1272.77 }, actual: { value: 1184.56 }, score: 11.63, deviation: '进一步细化预算' });
  });

  it('reads the whole body\'s self-evaluation (pp. 30–31): 金额合计 and 总分, indicators named by 指标内容', async () => {
    const { overall } = (await convertSample(file)).performance;
    expect(overall?.selfEvaluation).toMatchObject({
      funds: { budget: 24951425500, spent: 20749620100, executionRate: 83.16, weight: 10, score: 10 },
      totalWeight: 100,
      totalScore: 99.5,
    });
    expect(overall?.indicators.find((indicator) => indicator.name === '指标7：全市居民健康素养水平')).toMatchObject({
      target: { operator: '>=', value: 20, unit: '%' },
      actual: { value: 35, unit: '%' },
      weight: 2,
      score: 2,
    });
  });

  it('reports only what the pages print wrong: 1000% for a full execution (pp. 98–103, 138–141), 总分 93 of 90 (p. 72)', async () => {
    const disclosure = await convertSample(file);
    const pageOf = (path: string): number[] | null => {
      const at = Number(/^\/performance\/projects\/(\d+)\//u.exec(path)?.[1]);
      return disclosure.tables[disclosure.performance.projects[at].source.table].pages;
    };
    const found = errors(disclosure).map((finding) => [finding.code, pageOf(finding.path), finding.expected, finding.actual]);
    expect(found).toEqual([
      ['SCORE_ABOVE_WEIGHT', [72], 90, 93],
      ...[98, 99, 100, 101, 102, 103, 138, 139, 140, 141].map((page) => ['EXECUTION_RATE_MISMATCH', [page], 100, 1000]),
    ]);
  });

  it('exports each indicator\'s actual, score and deviation, and its project\'s spending, in performance_indicators', async () => {
    const table = exportTables.find((candidate) => candidate.name === 'performance_indicators')!;
    const records = table.rows(await convertSample(file)).map((cells) => Object.fromEntries(table.fields.map((field, at) => [field.name, cells[at]])));
    expect(records.find((record) => record.project === '无偿献血者宣传项目' && record.name === '项目完成成本')).toMatchObject({
      target_raw: '1272.77',
      actual_raw: '1184.56',
      actual_value: 1184.56,
      weight: 12.5,
      score: 11.63,
      deviation: '进一步细化预算',
      project_spent: 11845600,
      project_execution_rate: 93.07,
    });
    // A range target (p. 63): 年采供血量增幅 上涨5%-10%, achieved 上涨6.23%.
    expect(records.find((record) => record.project === '采供血专用材料费项目' && record.name === '年采供血量增幅')).toMatchObject({
      target_raw: '上涨5%-10%',
      target_operator: '>=',
      target_value: 5,
      target_up_to: 10,
      target_unit: '%',
      actual_raw: '上涨6.23%',
      actual_value: 6.23,
    });
  });
});
