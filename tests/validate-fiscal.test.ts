import { describe, expect, it } from 'vitest';
import { emptyBudgetSummary } from '../src/normalize/budget-summary.js';
import { readFiscalTable } from '../src/normalize/fiscal/read-table.js';
import type { Disclosure, FiscalTable, RawCell } from '../src/schema/canonical.js';
import { validateFiscal } from '../src/validate/fiscal.js';

// Rows from the central template (国家信访局 2026, 部门公开表3 and 表9), in 万元.
const row = (...texts: string[]): RawCell[] => texts.map((text) => ({ text, rowSpan: 1, colSpan: 1 }));
const none = { before: [], after: [] };

function table(title: string, rows: RawCell[][]): FiscalTable {
  return readFiscalTable({ index: 0, title, pages: null, kind: 'fiscal', unitOfMeasure: '万元', rows }, none, '万元');
}

function disclosure(fiscalTables: FiscalTable[], threePublicTotal: number | null = null): Disclosure {
  const budgetSummary = emptyBudgetSummary();
  budgetSummary.threePublic.total = threePublicTotal;
  return { fiscalTables, budgetSummary, document: { stage: 'budget' } } as unknown as Disclosure;
}

const header = row('科目编码', '科目名称', '合计', '基本支出', '项目支出');
const expenditure = (total205: string) =>
  table('部门支出总表', [
    header,
    row('205', '教育支出', total205, '', '118.01'),
    row('20508', '进修及培训', '118.01', '', '118.01'),
    row('2050803', '培训支出', '118.01', '', '118.01'),
    row('221', '住房保障支出', '1,111.44', '1,111.44', ''),
    row('22102', '住房改革支出', '1,111.44', '1,111.44', ''),
    row('2210201', '住房公积金', '701.74', '701.74', ''),
    row('2210202', '提租补贴', '68.70', '68.70', ''),
    row('2210203', '购房补贴', '341.00', '341.00', ''),
    row('合计', '', '1,229.45', '1,111.44', '118.01'),
  ]);

describe('validateFiscal', () => {
  it('finds nothing in a table whose 类, 款, 项, columns and 合计 agree', () => {
    expect(validateFiscal(disclosure([expenditure('118.01')]))).toEqual([]);
  });

  it('reports a 类 that is not the sum of its 款, and the columns and 合计 it breaks', () => {
    const findings = validateFiscal(disclosure([expenditure('118.02')]));
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'SUM_MISMATCH',
        path: '/fiscalTables/0/lines/0/values/total',
        expected: 1180100,
        actual: 1180200,
        // the 款 under the 类: the other side of the sum
        against: ['/fiscalTables/0/lines/1/values/total'],
      }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'SUM_MISMATCH',
        path: '/fiscalTables/0/totals/0/values/total',
        expected: 12294600,
        actual: 12294500,
        against: ['/fiscalTables/0/lines/0/values/total', '/fiscalTables/0/lines/3/values/total'],
      }),
    );
    expect(findings.every((finding) => finding.code === 'SUM_MISMATCH')).toBe(true);
  });

  it('compares the 三公 table with the narrative, within the narrative rounding', () => {
    const threePublic = table('财政拨款预算“三公”经费支出表', [
      row('合计', '因公出国（境）费', '公务用车购置及运行费', '公务接待费'),
      row('112.61', '68.50', '38.60', '5.51'),
    ]);
    expect(validateFiscal(disclosure([threePublic], 1126100))).toEqual([]);
    expect(validateFiscal(disclosure([threePublic], 1162100))).toEqual([
      expect.objectContaining({ code: 'CROSS_TABLE_MISMATCH', path: '/budgetSummary/threePublic/total', expected: 1126100, actual: 1162100 }),
    ]);
  });

  it('reports the two sides of a 收支总表 that do not balance', () => {
    const summary = table('部门收支总表', [
      [{ text: '收入', rowSpan: 1, colSpan: 2 }, { text: '支出', rowSpan: 1, colSpan: 2 }],
      row('项目', '预算数', '项目', '预算数'),
      row('一、一般公共预算拨款收入', '16,474.82', '一、一般公共服务支出', '16,474.83'),
      row('收入总计', '16,474.82', '支出总计', '16,474.83'),
    ]);
    expect(validateFiscal(disclosure([summary]))).toEqual([
      expect.objectContaining({ code: 'UNBALANCED', path: '/fiscalTables/0/totals/1/values/total', expected: 164748200, actual: 164748300 }),
    ]);
  });
});

describe('group rows the table prints without codes, numbering or indentation', () => {
  // Xi'an 2022 表10 (专项业务经费支出表): 合计, then 全额, then each unit, then its projects, all at one level.
  const projects = (unit: string) =>
    table('部门综合预算专项业务经费支出表', [
      row('序号', '单位（项目）名称', '项目金额'),
      row('1', '合计', '55,425.00'),
      row('2', '全额', '55,425.00'),
      row('3', '西安市交通运输局', '43,200.50'),
      row('4', '其他履职尽责专项业务费', unit),
      row('5', '西安市出租汽车管理处', '12,224.50'),
      row('6', '出租汽车管理经费', '12,224.50'),
    ]);

  it('are not summed with their members: a 合计 its lines add up to a whole multiple of (to the rounding) gives no finding', () => {
    expect(validateFiscal(disclosure([projects('43,200.50')]))).toEqual([]);
    expect(validateFiscal(disclosure([projects('43,200.51')]))).toEqual([]);
  });

  it('leave a real mismatch reported', () => {
    expect(validateFiscal(disclosure([projects('43,900.50')]))).toEqual([expect.objectContaining({ code: 'SUM_MISMATCH', severity: 'error' })]);
  });
});
