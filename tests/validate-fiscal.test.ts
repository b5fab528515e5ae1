import { describe, expect, it } from 'vitest';
import { emptyBudgetSummary } from '../src/normalize/budget-summary.js';
import type { Cell } from '../src/model/document.js';
import { readFiscalTable } from '../src/normalize/fiscal/read-table.js';
import type { Disclosure, FiscalTable } from '../src/schema/canonical.js';
import { buildTables } from '../src/tables/build-tables.js';
import { validateFiscal } from '../src/validate/fiscal.js';

// Rows from the central template (国家信访局 2026, 部门公开表3 and 表9), in 万元.
const row = (...texts: string[]): Cell[] => texts.map((text) => ({ text, rowSpan: 1, colSpan: 1 }));

/** The fiscal table read from a title line, a `单位：万元` caption and the rows under them. */
function table(title: string, rows: Cell[][]): FiscalTable {
  const [understood] = buildTables([
    { type: 'paragraph', text: title },
    { type: 'paragraph', text: '单位：万元' },
    { type: 'table', rows },
  ]).tables;
  return readFiscalTable(understood, '万元');
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

describe('final accounts (决算)', () => {
  // Xi'an 卫健委 2022 决算, 公开01表 and 公开07表 (p. 146, 159), in 万元; the figures changed to break a sum are marked.
  const finalAccounts = (fiscalTables: FiscalTable[]) => ({ ...disclosure(fiscalTables), document: { stage: 'final_accounts' } }) as unknown as Disclosure;
  const summary = (carryover: string) =>
    table('收入支出决算总表', [
      [{ text: '收入', rowSpan: 1, colSpan: 3 }, { text: '支出', rowSpan: 1, colSpan: 3 }],
      row('项目', '行次', '决算数', '项目', '行次', '决算数'),
      row('一、一般公共预算财政拨款收入', '1', '296,030.91', '一、一般公共服务支出', '31', '1,549,926.38'),
      row('二、政府性基金预算财政拨款收入', '2', '509,220.66', '二、其他支出', '53', '525,035.63'),
      row('本年收入合计', '27', '805,251.57', '本年支出合计', '57', '2,074,962.01'),
      row('年初结转和结余', '29', carryover, '年末结转和结余', '59', '399,035.80'),
      row('', '', '', '结余分配', '58', '6,374.88'),
      row('总计', '30', '2,480,372.69', '总计', '60', '2,480,372.69'),
    ]);

  it('checks each side of a 收支决算总表: 本年合计 against the lines above it, 总计 against it and the 结转 lines, never the 行次', () => {
    expect(validateFiscal(finalAccounts([summary('1,675,121.12')]))).toEqual([]);
    // 年初结转和结余 1,675,121.02: 总计 is no longer 本年收入合计 + 年初结转和结余
    expect(validateFiscal(finalAccounts([summary('1,675,121.02')]))).toEqual([
      expect.objectContaining({ code: 'SUM_MISMATCH', severity: 'error', path: '/fiscalTables/0/totals/2/values/actual.total', expected: 24803725900, actual: 24803726900 }),
    ]);
  });

  it('compares the 收支决算总表 本年收入合计 with the 收入决算表 本年收入合计 column (公开02表, p. 147)', () => {
    const income = (printed: string) =>
      table('收入决算表', [
        row('科目代码', '科目名称', '本年收入合计', '财政拨款收入', '其他收入'),
        row('合计', '', printed, '805,251.56', ''),
        row('201', '一般公共服务支出', printed, '805,251.56', ''),
      ]);
    const balanced = summary('1,675,121.12');
    expect(validateFiscal(finalAccounts([balanced, income('805,251.57')])).filter((finding) => finding.code === 'CROSS_TABLE_MISMATCH')).toEqual([]);
    expect(validateFiscal(finalAccounts([balanced, income('805,251.56')])).filter((finding) => finding.code === 'CROSS_TABLE_MISMATCH')).toEqual([
      expect.objectContaining({ path: '/fiscalTables/1/totals/0/values/currentYear', expected: 8052515700, actual: 8052515600 }),
    ]);
  });

  const fundTable = (spent: string) =>
    table('政府性基金预算财政拨款收入支出决算表', [
      [
        { text: '科目代码', rowSpan: 2, colSpan: 1 },
        { text: '科目名称', rowSpan: 2, colSpan: 1 },
        { text: '年初结转和结余', rowSpan: 2, colSpan: 1 },
        { text: '本年收入', rowSpan: 2, colSpan: 1 },
        { text: '本年支出', rowSpan: 1, colSpan: 3 },
        { text: '年末结转和结余', rowSpan: 2, colSpan: 1 },
      ],
      row('小计', '基本支出', '项目支出'),
      row('229', '其他支出', '58,830.98', '509,220.66', spent, '', spent, '100.00'),
      row('合计', '', '58,830.98', '509,220.66', spent, '', spent, '100.00'),
    ]);

  it('reads 年末结转和结余 as carryForward: spent = carried over + received − carried forward', () => {
    expect(fundTable('567,951.64').measures.map((measure) => measure.key)).toEqual(['carryover', 'currentYear', 'total', 'basic', 'project', 'carryForward']);
    expect(validateFiscal(finalAccounts([fundTable('567,951.64')]))).toEqual([]);
    expect(validateFiscal(finalAccounts([fundTable('568,051.64')]))).toContainEqual(
      expect.objectContaining({ code: 'SUM_MISMATCH', severity: 'error', path: '/fiscalTables/0/lines/0/values/total', expected: 5679516400, actual: 5680516400 }),
    );
  });
});

// The central template's 部门支出总表 (国家信访局 2026, 部门公开表3) with its codes left out: the 类 and 款 names
// stand over their 项 with nothing to mark them, as in a PDF indenting them only.
describe('validateFiscal on lines that nest without codes, numbering or indentation', () => {
  const uncoded = (total: string) =>
    table('部门支出总表', [
      row('科目名称', '合计', '基本支出', '项目支出'),
      row('住房保障支出', '1,111.44', '1,111.44', ''),
      row('住房改革支出', '1,111.44', '1,111.44', ''),
      row('住房公积金', '701.74', '701.74', ''),
      row('提租补贴', '68.70', '68.70', ''),
      row('购房补贴', '341.00', '341.00', ''),
      row('教育支出', '118.01', '', '118.01'),
      row('合计', total, '1,111.44', '118.01'),
    ]);

  it('checks no flat sum where a line is the sum of the lines after it', () => {
    const read = uncoded('1,229.45');
    expect(read.lines.every((line) => line.code === null && line.level === null)).toBe(true);
    expect(validateFiscal(disclosure([read])).filter((finding) => finding.path.startsWith('/fiscalTables/0/totals'))).toEqual([]);
  });

  it('still checks a flat list whose lines nest nowhere (教育支出 and 住房公积金 alone)', () => {
    const flat = table('部门支出总表', [row('科目名称', '合计'), row('住房公积金', '701.74'), row('教育支出', '118.01'), row('合计', '819.76')]);
    expect(validateFiscal(disclosure([flat]))).toContainEqual(expect.objectContaining({ code: 'SUM_MISMATCH', path: '/fiscalTables/0/totals/0/values/total', actual: 8197600, expected: 8197500 }));
  });
});
