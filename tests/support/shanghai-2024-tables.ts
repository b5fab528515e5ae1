// Real figures from a real notice's tables, for unit tests of table-sourced summary figures.
import type { FiscalTable } from '../../src/schema/canonical.js';

/**
 * Figures read from shanghai-putuo-wanli-2024-dept-budget.pdf: its 财务收支预算总表 (元: 收入总计
 * 156,211,123; 一般公共预算资金 156,211,123) and its “三公”经费和机关运行经费预算表 (万元: 47.91 | 0 |
 * 1.35 | 46.56 | 25 | 21.56 | 443.18), as the fiscal-table reader states them (yuan).
 */
export function shanghai2024Tables(): FiscalTable[] {
  const base = { label: null, phase: 'budget' as const, empty: false, note: null };
  return [
    {
      ...base,
      kind: 'income_expenditure_summary',
      title: '2024年部门财务收支预算总表',
      unitOfMeasure: '元',
      measures: [{ key: 'total', label: '预算数' }],
      totals: [
        { side: 'revenue', name: '收入总计', values: { total: 156211123 } },
        { side: 'expenditure', name: '支出总计', values: { total: 156211123 } },
      ],
      lines: [
        { side: 'revenue', code: null, scheme: null, level: null, name: '一般公共预算资金', codes: [], unit: null, values: { total: 156211123 }, source: { table: 0, row: 3 } },
        { side: 'revenue', code: null, scheme: null, level: null, name: '事业收入', codes: [], unit: null, values: { total: null }, source: { table: 0, row: 6 } },
      ],
      source: { table: 0 },
    },
    {
      ...base,
      kind: 'three_public',
      title: '部门“三公”经费和机关运行经费预算表',
      unitOfMeasure: '万元',
      measures: [
        { key: 'total', label: '2024年“三公”经费预算数/合计' },
        { key: 'overseasTravel', label: '2024年“三公”经费预算数/因公出国(境)费' },
        { key: 'reception', label: '2024年“三公”经费预算数/公务接待费' },
        { key: 'vehicles', label: '2024年“三公”经费预算数/公务用车购置及运行费/小计' },
        { key: 'vehiclePurchase', label: '2024年“三公”经费预算数/公务用车购置及运行费/购置费' },
        { key: 'vehicleOperation', label: '2024年“三公”经费预算数/公务用车购置及运行费/运行费' },
        { key: 'operatingExpenses', label: '2024年机关运行经费预算数' },
      ],
      totals: [],
      lines: [
        {
          side: null, code: null, scheme: null, level: null, name: '', codes: [], unit: null,
          values: { total: 479100, overseasTravel: 0, reception: 13500, vehicles: 465600, vehiclePurchase: 250000, vehicleOperation: 215600, operatingExpenses: 4431800 },
          source: { table: 8, row: 4 },
        },
      ],
      source: { table: 8 },
    },
  ];
}
