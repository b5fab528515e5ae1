// Self-evaluation tables (绩效自评表) of the final accounts: rows copied from
// 西安市卫生健康委员会 2022 部门决算 (p. 65, 无偿献血者宣传项目; pp. 30–31, 部门整体).
import { describe, expect, it } from 'vitest';
import { cell, inlineTable, type InlineRow } from '../../tables/inline-table.test-support.js';
import type { Table } from '../../tables/table.js';
import { readTargetTable } from './read-table.js';

function table(rows: InlineRow[]): Table {
  return inlineTable(rows, ['西安市级无偿献血者宣传项目绩效自评表'], 12);
}

const projectTable = table([
  [cell('项目名称', 1, 2), cell('无偿献血者宣传项目', 1, 9)],
  [cell('项目资金（万元）', 5, 2), cell('', 1, 2), '年初预算数', '全年预算数（A）', '全年执行数（B）', '分值', cell('执行率（B/A）', 1, 2), '得分'],
  [cell('年度资金总额', 1, 2), '1272.77', '1272.77', '1184.56', '10', cell('93.07%', 1, 2), '9.31'],
  [cell('其中：当年财政拨款', 1, 2), '1272.77', '1272.77', '1184.56', '—', cell('93.07%', 1, 2), '—'],
  [cell('上年结转资金', 1, 2), '', '', '', '—', cell('', 1, 2), '—'],
  [cell('其他资金', 1, 2), '', '', '', '—', cell('', 1, 2), '—'],
  [cell('绩效指标', 4), '一级指标', '二级指标', cell('三级指标', 1, 2), '年度指标值', '实际完成值', '分值', '得分', cell('偏差原因分析及改进措施', 1, 2)],
  [cell('产出指标（50分）', 2), '数量指标', cell('目标采集血液人次', 1, 2), '23万人次', '23.66万人次', '12.5', '12.5', cell('无', 1, 2)],
  ['成本指标', cell('项目完成成本', 1, 2), '1272.77', '1184.56', '12.5', '11.63', cell('进一步细化预算', 1, 2)],
  ['满意度指标（10分）', '服务对象满意度指标', cell('献血者满意度', 1, 2), '大于95%', '大于95%', '10', '10', cell('无', 1, 2)],
  [cell('总分', 1, 7), '100', '98.44', cell('', 1, 2)],
]);

describe('readTargetTable: a project self-evaluation table', () => {
  const [project] = readTargetTable(projectTable, null);

  it('reads the funds line: 年初预算数, 全年预算数, 全年执行数, 执行率, 分值, 得分', () => {
    expect(project.budget).toBe(12727700);
    expect(project.selfEvaluation?.funds).toEqual({
      budgetAtStart: 12727700,
      budget: 12727700,
      spent: 11845600,
      executionRate: 93.07,
      weight: 10,
      score: 9.31,
      source: { table: 12, row: 2 },
    });
  });

  it('reads each indicator target and actual the same way, with its score and deviation note', () => {
    expect(project.indicators.map(({ name, target, actual, weight, score, deviation }) => [name, target.value, target.unit, actual?.value, actual?.unit, weight, score, deviation])).toEqual([
      ['目标采集血液人次', 23, '万人次', 23.66, '万人次', 12.5, 12.5, '无'],
      ['项目完成成本', 1272.77, null, 1184.56, null, 12.5, 11.63, '进一步细化预算'],
      ['献血者满意度', 95, '%', 95, '%', 10, 10, '无'],
    ]);
    expect(project.indicators[2].actual?.operator).toBe('>');
  });

  it('reads the 总分 line, not as an indicator', () => {
    expect(project.selfEvaluation).toMatchObject({ totalWeight: 100, totalScore: 98.44 });
    expect(project.indicators.map((indicator) => indicator.name)).not.toContain('总分');
  });
});

describe('readTargetTable: a target table is no self-evaluation', () => {
  it('carries no self-evaluation fields', () => {
    const [target] = readTargetTable(table([
      ['项目名称', '三级指标', '指标值'],
      ['其他运行经费', '人员数量', '4人'],
    ]), null);
    expect(target.selfEvaluation).toBeUndefined();
    expect(Object.keys(target.indicators[0])).not.toContain('actual');
  });
});

describe('readTargetTable: the whole body\'s self-evaluation (部门整体支出绩效自评表)', () => {
  const overall = table([
    [cell('部门（单位）名称', 1, 3), cell('西安市卫生健康委员会', 1, 11)],
    [cell('年度主要任务完成情况', 6), cell('任务名称', 2), cell('主要内容', 2), cell('完成情况', 2), cell('全年预算数（万元）', 1, 3), cell('全年执行数（万元）', 1, 3), cell('分值', 2), cell('执行率', 2, 2), cell('得分', 2)],
    ['总额', '财政拨款', '其他资金', '总额', '财政拨款', '其他资金'],
    ['一般公共服务支出', '保证日常经济运行调节方面支出。', '任务完成', '56', '56', '0', '56', '56', '0', '0.58', cell('100.00%', 1, 2), '0.58'],
    ['其他教育支出', '保证委直属医疗单位日常教育方面支出。', '部分任务完成', '3669', '268', '3401', '268', '268', '0', '0.58', cell('7.30%', 1, 2), '0.58'],
    [cell('金额合计', 1, 3), '2,495,142.55', '869,407.93', '1625734.62', '2074962.01', '869329.38', '1205632.63', '10', cell('83.16%', 1, 2), '10'],
    [cell('年度绩效指标完成情况', 3), '一级指标', '二级指标', cell('指标内容', 1, 3), cell('年度指标值', 1, 2), cell('实际完成值', 1, 2), cell('分值', 1, 2), cell('得分', 1, 2)],
    ['产出指标（50分）', '数量指标', cell('指标8：引进高层次人次', 1, 3), cell('≥800人', 1, 2), cell('744人', 1, 2), cell('2', 1, 2), cell('1.5', 1, 2)],
    [cell('总分', 1, 10), cell('100', 1, 2), cell('99.5', 1, 2)],
  ]);
  const [target] = readTargetTable(overall, '西安市卫生健康委员会');

  it('reads the 金额合计 line from the 总额 sub-columns', () => {
    expect(target.selfEvaluation).toEqual({
      funds: { budgetAtStart: null, budget: 24951425500, spent: 20749620100, executionRate: 83.16, weight: 10, score: 10, source: { table: 12, row: 5 } },
      totalWeight: 100,
      totalScore: 99.5,
    });
  });

  it('names an indicator by its 指标内容 where the header prints no 三级指标', () => {
    expect(target.indicators.map(({ name, description, target: planned, actual, score }) => [name, description, planned.raw, actual?.value, score])).toEqual([
      ['指标8：引进高层次人次', null, '≥800人', 744, 1.5],
    ]);
  });
});
