// 国家信访局 2026 部门预算 (central template, 部门公开表1–9, 万元, 7-digit codes).
// Every figure below was read from the PDF (pdftotext -layout, pages 4–15).
import { describe, expect, it } from 'vitest';
import type { FiscalTable } from '../src/schema/canonical.js';
import { convertSample } from './support/samples.js';

const load = () => convertSample('real/central-guojia-xinfangju-2026-dept-budget.pdf');
const byKind = async (kind: FiscalTable['kind']) => {
  const tables = (await load()).fiscalTables.filter((table) => table.kind === kind);
  expect(tables).toHaveLength(1);
  return tables[0];
};
const line = (table: FiscalTable, code: string) => table.lines.find((entry) => entry.code === code);

describe('central 国家信访局 2026: fiscal tables', () => {
  it('finds the nine tables with their labels, in 万元', async () => {
    const tables = (await load()).fiscalTables;
    expect(tables.map((table) => [table.label, table.kind, table.unitOfMeasure, table.phase])).toEqual([
      ['部门公开表1', 'income_expenditure_summary', '万元', 'budget'],
      ['部门公开表2', 'income', '万元', 'budget'],
      ['部门公开表3', 'expenditure', '万元', 'budget'],
      ['部门公开表4', 'appropriation_summary', '万元', 'budget'],
      ['部门公开表5', 'general_public_expenditure', '万元', 'budget'],
      ['部门公开表6', 'basic_expenditure', '万元', 'budget'],
      ['部门公开表7', 'government_fund_expenditure', '万元', 'budget'],
      ['部门公开表8', 'state_capital_expenditure', '万元', 'budget'],
      ['部门公开表9', 'three_public', '万元', 'budget'],
    ]);
  });

  it('keeps both sides of 部门收支总表', async () => {
    const table = await byKind('income_expenditure_summary');
    const revenue = table.lines.filter((entry) => entry.side === 'revenue');
    expect(revenue.find((entry) => entry.name === '一般公共预算拨款收入')?.values.total).toBe(164748200);
    expect(revenue.find((entry) => entry.name === '其他收入')?.values.total).toBe(318880000);
    expect(table.lines.find((entry) => entry.side === 'expenditure' && entry.name === '住房保障支出')?.values.total).toBe(11114400);
    expect(table.totals.find((total) => total.side === 'revenue' && total.name === '收入总计')?.values.total).toBe(506169400);
    expect(table.totals.find((total) => total.side === 'expenditure' && total.name === '支出总计')?.values.total).toBe(506169400);
  });

  // p. 5 draws `16,474.82` and `一、一般公共服务支出`, `48,362.82` and `本年支出合计` as one pdf.js
  // item each, under two cells' clips: the labels are read with the next cell's clip.
  it('names the expenditure rows printed beside a revenue figure', async () => {
    const table = await byKind('income_expenditure_summary');
    expect(table.lines.find((entry) => entry.side === 'expenditure' && entry.name === '一般公共服务支出')?.values.total).toBe(471793000);
    expect(table.totals.find((total) => total.side === 'expenditure' && total.name === '本年支出合计')?.values.total).toBe(506169400);
  });

  it('reads 部门支出总表 by 类/款/项 codes', async () => {
    const table = await byKind('expenditure');
    expect(table.lines).toHaveLength(22);
    expect(line(table, '201')).toMatchObject({ level: 1, scheme: 'functional', name: '一般公共服务支出', values: { total: 471793000, basic: 77364400, project: 394428600 } });
    expect(line(table, '2014001')).toMatchObject({ level: 3, name: '行政运行', values: { total: 62862100, basic: 62862100, project: null } });
    expect(line(table, '2080505')).toMatchObject({ name: '机关事业单位基本养老保险缴费支出', values: { total: 6575100 } });
    expect(table.totals).toEqual([expect.objectContaining({ name: '合计', values: expect.objectContaining({ total: 506169400, basic: 110560700, project: 395608700 }) })]);
  });

  it('reads 一般公共预算支出表 with the prior year and the change', async () => {
    const table = await byKind('general_public_expenditure');
    expect(table.lines).toHaveLength(25);
    expect(line(table, '2014002')?.values).toMatchObject({ 'priorYear.total': 664400, total: 7372900, project: 7372900, change: 6708500, changePct: 1009.71 });
    expect(line(table, '2101101')?.values).toMatchObject({ 'priorYear.total': 2189100, total: null, change: -2189100, changePct: -100 });
    expect(table.totals[0].values).toMatchObject({ total: 164748200, basic: 98808800, project: 65939400 });
  });

  it('reads 一般公共预算基本支出表 by department economic codes', async () => {
    const table = await byKind('basic_expenditure');
    expect(table.lines).toHaveLength(39);
    expect(line(table, '30101')).toMatchObject({ scheme: 'economic_department', level: 2, name: '基本工资', values: { total: 11560500, personnel: 11560500 } });
    expect(line(table, '302')).toMatchObject({ level: 1, values: { total: 23362600, publicOperation: 23362600 } });
    expect(table.totals[0].values).toMatchObject({ total: 98808800, personnel: 75046200, publicOperation: 23762600 });
  });

  it('marks the 政府性基金 and 国有资本经营 tables empty with their notes', async () => {
    const fund = await byKind('government_fund_expenditure');
    expect(fund).toMatchObject({ empty: true, lines: [] });
    expect(fund.note).toContain('没有使用政府性基金预算拨款安排的支出');
    const capital = await byKind('state_capital_expenditure');
    expect(capital).toMatchObject({ empty: true, lines: [] });
    expect(capital.note).toContain('没有使用国有资本经营预算拨款安排的支出');
  });

  it('reads the 三公 table', async () => {
    const table = await byKind('three_public');
    const row = table.totals[0]?.values ?? table.lines[0]?.values;
    expect(row).toMatchObject({ total: 1126100, overseasTravel: 685000, vehicles: 386000, vehicleOperation: 386000, reception: 55100 });
  });

  it('reports only the rounding differences the document really prints (部门公开表5, pages 9–10)', async () => {
    // Checked on the page: 20140 信访事务's 2025 执行数 is 33,586.67 while its six 项 add to 33,586.68;
    // 20805's four 项 add to 2,275.77 against 2,275.76 printed. Every other table balances to the fen.
    const findings = (await load()).validation.filter((finding) => finding.path.startsWith('/fiscalTables/'));
    expect(findings).toHaveLength(12);
    expect(findings.every((finding) => finding.code === 'SUM_MISMATCH' && finding.severity === 'warning' && finding.path.startsWith('/fiscalTables/4/'))).toBe(true);
    expect(findings).toContainEqual(
      expect.objectContaining({ path: '/fiscalTables/4/lines/1/values/priorYear.total', expected: 335866800, actual: 335866700 }),
    );
  });
});
