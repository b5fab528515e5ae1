// 上海市普陀区万里街道办事处 2024 部门预算: the 2023 template a year later. Its basic table prints
// 款 codes without their leading zero (`301 | 2` 津贴补贴, `301 | 7` 绩效工资, p. 29).
// Figures read from the PDF (pdftotext -layout and the rendered page 29).
import { describe, expect, it } from 'vitest';
import { fiscalTable, fiscalTables, lineCoded } from './support/fiscal.js';

const file = 'shanghai-putuo-wanli-2024-dept-budget.pdf';

describe('Shanghai 万里街道 2024: fiscal tables', () => {
  it('types the nine tables with their line counts', async () => {
    expect((await fiscalTables(file)).map((table) => [table.kind, table.unitOfMeasure, table.lines.length])).toEqual([
      ['income_expenditure_summary', '元', 16],
      ['income', '元', 66],
      ['expenditure', '元', 66],
      ['appropriation_summary', '元', 12],
      ['general_public_expenditure', '元', 66],
      ['government_fund_expenditure', '元', 0],
      ['state_capital_expenditure', '元', 0],
      ['basic_expenditure', '元', 31],
      ['three_public', '万元', 0],
    ]);
  });

  it('reads a one-digit 款 as its two-digit code (pp. 29–30)', async () => {
    const table = await fiscalTable(file, '2024年部门一般公共预算基本支出部门预算经济分类预算表');
    expect(lineCoded(table, '30102')).toMatchObject({ level: 2, name: '津贴补贴', values: { total: 16623810, personnel: 16623810, publicOperation: 0 } });
    expect(lineCoded(table, '30107')).toMatchObject({ level: 2, name: '绩效工资', values: { total: 11447100 } });
    expect(lineCoded(table, '301')?.values.total).toBe(88282511);
    expect(lineCoded(table, '30302')?.values.total).toBe(254940);
    expect(table.totals[0].values).toEqual({ total: 99706020, personnel: 88537451, publicOperation: 11168569 });
  });

  it('notes the empty 政府性基金 table (p. 27)', async () => {
    const table = await fiscalTable(file, '2024年部门政府性基金预算支出功能分类预算表');
    expect(table).toMatchObject({ empty: true, note: '注:本部门2024年无政府性基金预算财政拨款安排的预算，故本表为空表。' });
  });
});
