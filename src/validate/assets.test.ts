import { describe, expect, it } from 'vitest';
import { convertSample } from '../../tests/support/samples.js';
import type { Disclosure } from '../schema/canonical.js';
import { validateAssets } from './assets.js';

const langfang = await convertSample('langfang-org-2023.docx');
/** The document with another narrative 上年末固定资产 figure (it prints "上年末固定资产金额为2417.51万元"). */
const withNarrative = (priorYearEnd: number | null, assets = langfang.assets): Disclosure => ({
  ...langfang,
  assets,
  budgetSummary: { ...langfang.budgetSummary, fixedAssets: { priorYearEnd, plannedPurchases: 2895100 } },
});

describe('validateAssets on langfang-org-2023.docx', () => {
  it('reports its three different figures: rows 2337.51, 资产总额 2253.98, narrative 2417.51 (万元)', () => {
    expect(langfang.budgetSummary.fixedAssets.priorYearEnd).toBe(24175100);
    expect(validateAssets(langfang)).toEqual([
      expect.objectContaining({
        code: 'SUM_MISMATCH',
        severity: 'error',
        path: '/assets/total',
        expected: 23375100,
        actual: 22539800,
        // 车辆, 单价在20万元以上的设备, 其他固定资产: the items with a value (房屋 has none, 其中 rows are parts)
        against: ['/assets/items/2/value', '/assets/items/3/value', '/assets/items/4/value'],
      }),
      expect.objectContaining({
        code: 'CROSS_TABLE_MISMATCH',
        severity: 'error',
        path: '/budgetSummary/fixedAssets/priorYearEnd',
        expected: 22539800,
        actual: 24175100,
        against: ['/assets/total'],
      }),
    ]);
  });
});

describe('the converted langfang-org-2023.docx', () => {
  it('carries exactly the asset and procurement findings in its validation', () => {
    const ours = langfang.validation.filter((f) => /^\/(?:procurement|assets|budgetSummary\/(?:procurementTotal|fixedAssets))(?:\/|$)/.test(f.path));
    expect(ours.map((f) => f.path)).toEqual([
      '/procurement/total/amount',
      '/procurement/total/funding/generalPublicBudget',
      '/procurement/total/smeReserved',
      '/procurement/subtotals/0/amount',
      '/procurement/subtotals/0/funding/generalPublicBudget',
      '/procurement/subtotals/0/smeReserved',
      '/assets/total',
      '/budgetSummary/fixedAssets/priorYearEnd',
    ]);
  });
});

describe('validateAssets rules', () => {
  const item = (name: string, value: number | null, row: number) => ({ item: name, quantity: null, value, source: { table: 0, row } });

  it('does not add 其中 rows to the total', () => {
    const assets = { asOf: null, total: 300, items: [item('房屋', 100, 1), item('其中：办公用房', 80, 2), item('车辆', 200, 3)] };
    expect(validateAssets(withNarrative(null, assets))).toEqual([]);
  });

  it('accepts a narrative figure rounded to the precision it prints (2417.5万元 vs 24175100)', () => {
    const assets = { asOf: null, total: 24175100, items: [] };
    expect(validateAssets(withNarrative(24175000, assets))).toEqual([]);
    expect(validateAssets(withNarrative(24176000, assets))).toHaveLength(1);
  });

  it('compares the narrative with the sum of the items when the table prints no total', () => {
    const assets = { asOf: null, total: null, items: [item('车辆', 100, 1), item('设备', 200, 2)] };
    expect(validateAssets(withNarrative(400, assets))).toEqual([
      expect.objectContaining({ code: 'SUM_MISMATCH', path: '/budgetSummary/fixedAssets/priorYearEnd', expected: 300, actual: 400 }),
    ]);
  });
});
