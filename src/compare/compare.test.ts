// Fiscal lines matched by classification code on the real Putuo (万里街道) 2023/2024
// 一般公共预算支出功能分类预算表 lines, as the two notices print them (单位：元).
import { describe, expect, it } from 'vitest';
import { langfang2023, putuoGeneralPublicExpenditure } from '../../tests/support/canonical-fixtures.js';
import { convertSample } from '../../tests/support/samples.js';
import type { Disclosure } from '../schema/canonical.js';
import { compareDisclosures } from './compare.js';

async function putuo(year: 2023 | 2024) {
  const d = await langfang2023();
  d.document = { ...d.document, title: `上海市普陀区人民政府万里街道办事处${year}年部门预算`, unit: '上海市普陀区人民政府万里街道办事处', fiscalYear: year };
  d.budgetSummary.revenue.total = year === 2023 ? 164978640 : 156211123;
  d.fiscalTables = [putuoGeneralPublicExpenditure(year)];
  return d;
}

describe('compareDisclosures on fiscal lines', () => {
  it('matches lines by code, with exact deltas; a line gone in 2024 is removed', async () => {
    const c = compareDisclosures(await putuo(2023), await putuo(2024));
    expect(c.warnings).toEqual([]);
    const totals = c.fiscalLines.filter((l) => l.measure === 'total').map((l) => [l.code, l.status, l.base, l.target, l.delta, l.percent]);
    expect(totals).toEqual([
      ['201', 'changed', 2976800, 2932700, -44100, -1.48],
      ['20105', 'changed', 627600, 257700, -369900, -58.94],
      ['2010506', 'removed', 26300, null, null, null],
      ['2010507', 'changed', 601300, 257700, -343600, -57.14],
      ['20129', 'changed', 454100, 426000, -28100, -6.19],
    ]);
    expect(c.fiscalLines.find((l) => l.code === '201' && l.measure === 'basic')).toMatchObject({ status: 'unchanged', delta: 0, percent: null });
    expect(c.budgetSummary.find((f) => f.figure === 'revenue.total')).toEqual({ figure: 'revenue.total', base: 164978640, target: 156211123, delta: -8767517, percent: -5.31 });
  });

  it('reports a line only the later year has as added', async () => {
    const c = compareDisclosures(await putuo(2024), await putuo(2023));
    expect(c.fiscalLines.find((l) => l.code === '2010506' && l.measure === 'total')).toMatchObject({ status: 'added', base: null, target: 26300 });
    expect(c.warnings.map((w) => w.code)).toEqual(['YEARS_NOT_CONSECUTIVE']);
  });

  it('warns when the documents are from different bodies', async () => {
    const c = compareDisclosures(await langfang2023(), await putuo(2024));
    expect(c.warnings.map((w) => w.code)).toEqual(['DIFFERENT_UNIT']);
  });
});

describe('compareDisclosures on indicators', () => {
  it('keeps projects of the same name under different sub-units apart (Guangzhou: 其他运行经费 under many offices)', async () => {
    const base = await convertSample('real/guangzhou-sthj-2026-project-perf-targets.pdf');
    const shared = base.performance.projects.filter((p) => p.name === '其他运行经费');
    expect(new Set(shared.map((p) => p.unit)).size).toBeGreaterThan(1);
    const reordered: Disclosure = { ...base, performance: { ...base.performance, projects: [...base.performance.projects].reverse() } };
    const c = compareDisclosures(base, reordered);
    expect(c.indicators).toEqual({ added: [], removed: [], changed: [], projectsAdded: [], projectsRemoved: [] });
  });
});
