// 福州市医疗保障局 2026 部门预算 (Aspose export, 万元, 7-digit code column, a 三公 table printed as
// numbered rows). Figures read from the PDF (pdftotext -layout, pp. 10–21).
import { describe, expect, it } from 'vitest';
import { fiscalTable, fiscalTables, lineCoded, lineNamed } from './support/fiscal.js';

const file = 'fuzhou-yibao-2026-dept-budget.pdf';

describe('Fuzhou 医保局 2026: fiscal tables', () => {
  it('types the ten tables', async () => {
    expect((await fiscalTables(file)).map((table) => [table.kind, table.lines.length, table.empty])).toEqual([
      ['income_expenditure_summary', 37, false],
      ['income', 4, false],
      ['expenditure', 23, false],
      ['appropriation_summary', 29, false],
      ['general_public_expenditure', 23, false],
      ['government_fund_expenditure', 0, true],
      ['state_capital_expenditure', 0, true],
      ['general_public_expenditure', 10, false],
      ['basic_expenditure', 108, false],
      ['three_public', 5, false],
    ]);
  });

  it('reads the 收入预算总表 by unit (p. 11)', async () => {
    const table = await fiscalTable(file, '2026年度收入预算总表');
    expect(table.lines[0]).toMatchObject({ code: null, name: '福州市医疗保障基金中心', unit: '福州市医疗保障基金中心', values: { total: 3452058400, generalPublicBudget: 3452058400 } });
    expect(table.totals[0].values).toMatchObject({ total: 3519049000, generalPublicBudget: 3519049000, governmentFund: 0 });
  });

  it('reads the 支出预算总表 by functional code (p. 12)', async () => {
    const table = await fiscalTable(file, '2026年度支出预算总表');
    expect(lineCoded(table, '208')).toMatchObject({ level: 1, name: '社会保障和就业支出', values: { total: 10732100, basic: 10732100, project: null } });
    expect(lineCoded(table, '2080501')).toMatchObject({ level: 3, values: { total: 1785100 } });
    expect(table.totals[0].values).toMatchObject({ total: 3519049000, basic: 78412600, project: 3440636400 });
  });

  it('notes the empty 政府性基金 and 国有资本经营 tables (pp. 15–16)', async () => {
    const fund = await fiscalTable(file, '2026年度政府性基金预算拨款支出预算表');
    expect(fund).toMatchObject({ empty: true, note: '备注：本部门2026年没有使用政府性基金预算拨款安排的支出。' });
    const capital = await fiscalTable(file, '2026年度国有资本经营预算拨款支出预算表');
    expect(capital).toMatchObject({ empty: true, note: '备注：本部门2026年没有使用国有资本经营预算拨款安排的支出。' });
  });

  it('reads the 三公 rows with levels from their numbering (p. 21)', async () => {
    const table = await fiscalTable(file, '2026年度一般公共预算“三公”经费支出预算表');
    expect(lineNamed(table, '公务接待费')).toMatchObject({ level: 1, values: { total: 50000 } });
    expect(lineNamed(table, '其中：（1）公务用车购置费')).toMatchObject({ level: 2, values: { total: 0 } });
    expect(lineNamed(table, '公务用车运行费')).toMatchObject({ level: 2, values: { total: 0 } });
    expect(table.totals).toMatchObject([{ side: null, panel: 0, name: '合计', values: { total: 50000 } }]);
  });
});
