// 广州市城市管理和综合执法局 2026 部门预算 (wide corpus w140, samples/wide): 表5–表8 print
// their title and caption on one line (`表6一般公共预算基本支出情况表（按经济分类科目）单位名称：…
// 单位：万元`) and name their rows in a `部门预算支出经济科目` column. Figures read from the PDF
// (pdftotext -layout, pp. 14–18).
import { describe, expect, it } from 'vitest';
import type { FiscalTable } from '../src/schema/canonical.js';
import { lineCoded } from './support/fiscal.js';
import { convertSample } from './support/samples.js';

const file = 'wide/w140-guangzhou.pdf';

async function table(label: string): Promise<FiscalTable> {
  const found = (await convertSample(file)).fiscalTables.filter((candidate) => candidate.label === label);
  expect(found, label).toHaveLength(1);
  return found[0];
}

describe('Guangzhou 城管局 2026: tables titled on their caption line', () => {
  it('reads 表5–表8 with their titles and kinds', async () => {
    const tables = (await convertSample(file)).fiscalTables.filter((candidate) => ['表5', '表6', '表7', '表8'].includes(candidate.label ?? ''));
    expect(tables.map((candidate) => [candidate.label, candidate.kind, candidate.title.replace(/[“”"]/gu, '')])).toEqual([
      ['表5', 'general_public_expenditure', '一般公共预算支出情况表（按功能分类科目）'],
      ['表6', 'basic_expenditure', '一般公共预算基本支出情况表(按经济分类科目)'],
      ['表7', 'project_expenditure', '一般公共预算项目支出情况表(按经济分类科目)'],
      ['表8', 'three_public', '财政拨款安排的行政经费及三公经费预算表'],
    ]);
  });

  it('reads 表6 and 表7 lines by their bracketed economic codes (pp. 15, 17)', async () => {
    const basic = await table('表6');
    expect(basic.totals.map((total) => [total.name, total.values.total])).toEqual([['合计', 367191100]]);
    expect(lineCoded(basic, '301')).toMatchObject({ name: '工资福利支出', level: 1, values: { total: 270852300 } });
    expect(lineCoded(basic, '30102')).toMatchObject({ name: '津贴补贴', level: 2, values: { total: 86598100 } });
    const project = await table('表7');
    expect(lineCoded(project, '30206')).toMatchObject({ name: '电费', values: { total: 250000 } });
  });

  it('takes the “三公” total from its own row of 表8, not the 行政经费 above it (p. 18)', async () => {
    const { budgetSummary, validation } = await convertSample(file);
    expect(budgetSummary.threePublic).toEqual({ total: 3998800, overseasTravel: 251600, vehicles: 3641700, vehiclePurchase: 180000, vehicleOperation: 3461700, reception: 105500 });
    expect(validation.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

// 表11 and 表12 (pp. 19–27) name their rows in one column, 支出项目类别（资金使用单位）: each
// spending unit's row, then the rows of what it spends on (economic categories in 表11, projects
// in 表12), told apart by nothing but their figures: a unit's row is the sum of the rows under it.
describe('Guangzhou 城管局 2026: units over their items in 支出项目类别（资金使用单位）', () => {
  const lineOf = (fiscal: FiscalTable, name: string, unit: string) => {
    const found = fiscal.lines.filter((line) => line.name === name && line.unit === unit);
    expect(found, `${name} of ${unit}`).toHaveLength(1);
    return found[0];
  };

  it('nests 表11 (部门预算基本支出预算表) under its units (p. 19)', async () => {
    const basic = await table('表11');
    expect(basic.kind).toBe('basic_expenditure');
    expect(basic.totals.map((total) => [total.name, total.values.total])).toEqual([['合计', 367191100]]);
    expect(lineOf(basic, '广州市余泥渣土管理处', '广州市余泥渣土管理处')).toMatchObject({ level: 1, code: null, values: { total: 14724500 } });
    expect(lineOf(basic, '资本性支出', '广州市余泥渣土管理处')).toMatchObject({ level: 2, values: { total: 16000, generalPublicBudget: 16000 } });
  });

  it('reads 表12 (部门预算项目支出及其他支出预算表) over its pages as project spending, its 绩效目标 no measure (pp. 21–22)', async () => {
    const project = await table('表12');
    expect(project.kind).toBe('project_expenditure');
    expect(project.measures.map((measure) => measure.key)).toEqual(['total', 'fiscalAppropriation', 'generalPublicBudget', 'governmentFund', 'stateCapital', 'specialAccount', 'other']);
    expect(project.totals.map((total) => [total.name, total.values.total, total.values.governmentFund])).toEqual([['合计', 1551038000, 1438789000]]);
    const body = '广州市城市管理和综合执法局';
    expect(lineOf(project, body, body)).toMatchObject({ level: 1, values: { total: 554715000, generalPublicBudget: 94462800, governmentFund: 460252200 } });
    expect(lineOf(project, '燃气行业监管经费', body)).toMatchObject({ level: 2, values: { total: 7808800, generalPublicBudget: 0, governmentFund: 7808800 } });
  });

  it('gives 表12’s projects with their 绩效目标 as performance targets, each under its unit (p. 22)', async () => {
    const { performance } = await convertSample(file);
    const gas = performance.projects.filter((target) => target.name === '燃气行业监管经费');
    expect(gas).toHaveLength(1);
    expect(gas[0]).toMatchObject({ budget: 7808800, unit: '广州市城市管理和综合执法局' });
    expect(gas[0].goals.join('')).toMatch(/^通过加强城镇燃气行业监管/u);
  });
});
