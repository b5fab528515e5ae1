// 北京市发展和改革委员会 2026 部门预算, part 2 (预算01–13表, 万元 with 6 decimals, 功能 +
// 政府经济 + 部门经济 codes on one row). Figures read from the PDF (pdftotext -layout, pp. 1–29).
import { describe, expect, it } from 'vitest';
import { fiscalTable, fiscalTables, lineCoded } from './support/fiscal.js';

const file = 'beijing-fgw-2026-dept-budget-part2-tables.pdf';

describe('Beijing 发改委 2026 (part 2): fiscal tables', () => {
  it('finds 预算01–09表 and 预算11表, in 万元', async () => {
    expect((await fiscalTables(file)).map((table) => [table.label, table.kind, table.unitOfMeasure])).toEqual([
      ['预算01表', 'income_expenditure_summary', '万元'],
      ['预算02表', 'income', '万元'],
      ['预算03表', 'expenditure', '万元'],
      ['预算04表', 'appropriation_summary', '万元'],
      ['预算05表', 'general_public_expenditure', '万元'],
      ['预算06表', 'basic_expenditure', '万元'],
      ['预算07表', 'government_fund_expenditure', '万元'],
      ['预算08表', 'state_capital_expenditure', '万元'],
      ['预算09表', 'three_public', '万元'],
      ['预算11表', 'purchased_services', '万元'],
    ]);
  });

  it('converts 6-decimal 万元 exactly (预算01表 p. 1, 预算02表 p. 2)', async () => {
    const summary = await fiscalTable(file, '预算01表');
    expect(summary.lines.find((line) => line.side === 'revenue' && line.name === '一般公共预算拨款收入')).toMatchObject({ level: 1, values: { total: 926002965.97 } });
    expect(summary.lines.find((line) => line.side === 'expenditure' && line.name === '一般公共服务支出')?.values.total).toBe(684861384.57);
    const income = await fiscalTable(file, '预算02表');
    expect(income.lines).toHaveLength(0);
    expect(income.totals[0].values).toMatchObject({ total: 978515065.1, currentYear: 941045963.61, generalPublicBudget: 926002965.97, business: 3910000, other: 11132997.64, carryover: 37469101.49 });
  });

  it('puts the 政府经济 and 部门经济 codes of a 支出总表 row into codes[] (预算03表 pp. 3–8)', async () => {
    const table = await fiscalTable(file, '预算03表');
    expect(table.lines).toHaveLength(171);
    expect(table.lines[0]).toMatchObject({
      code: '2010401',
      scheme: 'functional',
      level: 3,
      name: '行政运行',
      codes: [
        { scheme: 'economic_government', code: '50101', name: '工资奖金津补贴' },
        { scheme: 'economic_department', code: '30101', name: '基本工资' },
      ],
      values: { total: 28835424, basic: 28835424, project: null },
    });
    expect(table.totals[0].values).toMatchObject({ total: 969692933.88, basic: 467145136.49, project: 502547797.39 });
  });

  it('reads 预算05表 and 预算06表', async () => {
    const general = await fiscalTable(file, '预算05表');
    expect(general.lines).toHaveLength(99);
    expect(lineCoded(general, '2010401')?.values).toMatchObject({ total: 137620890.22, basic: 135529626.22, personnel: 119820336, publicOperation: 15709290.22, project: 2091264 });
    const basic = await fiscalTable(file, '预算06表');
    expect(basic.lines).toHaveLength(69);
    expect(basic.lines[0]).toMatchObject({ code: '50101', scheme: 'economic_government', level: 2, codes: [{ scheme: 'economic_department', code: '30101', name: '基本工资' }], values: { total: 28835424 } });
    expect(basic.totals[0].values).toMatchObject({ total: 465063136.49, personnel: 418775542.53, publicOperation: 46287593.96 });
  });

  it('marks 预算07表 and 预算08表 empty: they print a blank 合计 and no note', async () => {
    for (const label of ['预算07表', '预算08表']) {
      const table = await fiscalTable(file, label);
      expect(table).toMatchObject({ empty: true, lines: [], note: null });
      expect(table.measures.map((measure) => measure.key)).toEqual(['total', 'basic', 'project']);
    }
  });

  it('reads the 三公 table (预算09表 p. 20)', async () => {
    const table = await fiscalTable(file, '预算09表');
    expect(table.totals[0].values).toEqual({ total: 2471383.64, overseasTravel: 1422000, reception: 178083.64, vehicles: 871300, vehiclePurchase: 186900, vehicleOperation: 684400 });
  });
});
