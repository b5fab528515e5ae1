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
