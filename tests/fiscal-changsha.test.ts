// 长沙市信访局 2026 部门预算 (Hunan template, 万元, 类|款|项 columns with `40` under `201`).
// Figures read from the PDF (pdftotext -layout, pp. 12–21).
import { describe, expect, it } from 'vitest';
import { fiscalTable, fiscalTables, lineCoded } from './support/fiscal.js';

const file = 'changsha-xinfang-2026-dept-budget.pdf';

describe('Changsha 信访局 2026: fiscal tables', () => {
  it('types the eight tables, each one table even where it runs over two pages', async () => {
    const tables = await fiscalTables(file);
    expect(tables.map((table) => [table.kind, table.lines.length])).toEqual([
      ['income_expenditure_summary', 14],
      ['income', 4],
      ['expenditure', 4],
      // pp. 15–16: 5 revenue rows (一、本年收入, its three sources, 二、上年结转) and 24 expenditure rows
      // (一、本年支出, 1–22 — 22、其他支出 printed alone at the top of p. 16 — and 二、结转下年).
      ['appropriation_summary', 29],
      ['general_public_expenditure', 4],
      ['basic_expenditure', 29],
      ['three_public', 1],
      ['government_fund_expenditure', 0],
    ]);
    expect(tables.every((table) => table.unitOfMeasure === '万元' && table.label === null)).toBe(true);
  });

  it('joins 类|款|项 parts (201 | 40 | 01 → 2014001) in 收入总体情况表 (p. 13)', async () => {
    const table = await fiscalTable(file, '2026年部门收入总体情况表');
    expect(lineCoded(table, '20140')).toMatchObject({ level: 2, name: '信访事务', values: { total: 19353600, fiscalAppropriation: 19353600 } });
    expect(lineCoded(table, '2014001')).toMatchObject({ level: 3, name: '行政运行', values: { total: 15179500 } });
  });

  it('reads the basic table over its two pages (pp. 18–19)', async () => {
    const table = await fiscalTable(file, '2026年一般公共预算基本支出情况表');
    expect(lineCoded(table, '301')).toMatchObject({ level: 1, name: '工资福利支出', values: { total: 12120100, personnel: 12120100, publicOperation: null } });
    expect(lineCoded(table, '30299')?.values).toEqual({ total: 599400, personnel: 51200, publicOperation: 548200 });
    expect(table.totals[0].values).toEqual({ total: 15179500, personnel: 13949700, publicOperation: 1229800 });
  });

  it('keeps the 财政拨款收支 sides and the 一般公共预算 column (pp. 15–16)', async () => {
    const table = await fiscalTable(file, '2026年财政拨款收支总体情况表');
    expect(table.lines.find((line) => line.side === 'revenue' && line.name === '一般公共预算拨款收入')).toMatchObject({ level: 2, values: { total: 19353600 } });
    expect(table.totals.find((total) => total.side === 'expenditure')?.values).toMatchObject({ total: 19353600, generalPublicBudget: 19353600 });
  });

  it('reads the 三公 table by unit and notes the empty 政府性基金 table (pp. 20–21)', async () => {
    const threePublic = await fiscalTable(file, '2026年一般公共预算“三公”经费支出情况表');
    expect(threePublic.lines[0]).toMatchObject({ name: '长沙市信访局', unit: '长沙市信访局', values: { total: 80000, reception: 30000, vehicles: 50000, vehicleOperation: 50000 } });
    const fund = await fiscalTable(file, '2026年政府性基金预算支出情况表');
    expect(fund).toMatchObject({ empty: true, lines: [] });
    expect(fund.note).toBe('注：本表反映部门本年度政府性基金预算收入支出情况，此表如无数字则表示单位无该项支出。');
  });
});
