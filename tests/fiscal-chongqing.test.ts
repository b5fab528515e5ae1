// 重庆市商务委员会 2026 部门预算 (表一–表八, 万元, figures split across lines in narrow cells:
// `174,900` / `.64`). Figures read from the PDF (pdftotext -layout and the rendered pages 8–23).
import { describe, expect, it } from 'vitest';
import { fiscalTable, fiscalTables, lineCoded } from './support/fiscal.js';

const file = 'chongqing-shangwu-2026-dept-budget.pdf';

describe('Chongqing 商务委 2026: fiscal tables', () => {
  it('finds 表一–表八', async () => {
    expect((await fiscalTables(file)).map((table) => [table.label, table.kind, table.lines.length])).toEqual([
      ['表一', 'income_expenditure_summary', 16],
      ['表二', 'income', 37],
      ['表三', 'expenditure', 37],
      ['表四', 'appropriation_summary', 17],
      ['表五', 'general_public_expenditure', 35],
      ['表六', 'basic_expenditure', 50],
      ['表七', 'government_fund_expenditure', 3],
      ['表八', 'three_public', 0],
    ]);
  });

  it('rejoins split figures in 收入总体情况表 (表二 p. 9)', async () => {
    const table = await fiscalTable(file, '表二');
    expect(table.totals[0].values).toMatchObject({ total: 1749006400, generalPublicBudget: 1018338400, governmentFund: 415347300, specialAccount: 220708200, business: 24612500, businessOperation: 62829800, other: 7170100 });
    expect(lineCoded(table, '20113')).toMatchObject({ level: 2, name: '商贸事务', values: { total: 231037600, generalPublicBudget: 166042300 } });
    expect(lineCoded(table, '2011308')?.values).toMatchObject({ total: 15461400, generalPublicBudget: 15461400 });
  });

  it('reads the 政府性基金 table and the 三公 table (表七, 表八 pp. 22–23)', async () => {
    const fund = await fiscalTable(file, '表七');
    expect(lineCoded(fund, '2159802')).toMatchObject({ level: 3, name: '制造业', values: { total: 415347300, project: 415347300 } });
    const threePublic = await fiscalTable(file, '表八');
    expect(threePublic.totals[0].values).toEqual({ total: 8909700, overseasTravel: 5520000, vehicles: 2179000, vehiclePurchase: null, vehicleOperation: 2179000, reception: 1210700 });
  });

  it('compares 财政拨款收支总表 with 一般公共预算支出表 through its 一般公共预算 column (表四, 表五)', async () => {
    const appropriation = await fiscalTable(file, '表四');
    expect(appropriation.totals.find((total) => total.side === 'expenditure')?.values).toMatchObject({ total: 1433685700, generalPublicBudget: 1018338400 });
    expect((await fiscalTable(file, '表五')).totals[0].values.total).toBe(1018338400);
  });
});
