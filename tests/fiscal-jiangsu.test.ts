// 江苏省人民检察院 2017 部门预算 (older provincial template, portrait, 万元; titles numbered
// 一、…十一、 after a part heading). Figures read from the PDF (pdftotext -layout, pp. 10–16).
import { describe, expect, it } from 'vitest';
import { fiscalTable, fiscalTables, lineCoded, lineNamed } from './support/fiscal.js';

const file = 'jiangsu-jcy-2017-dept-budget.pdf';

describe('Jiangsu 检察院 2017: fiscal tables', () => {
  it('types the eleven tables; titles lose their list number and the part heading run into the first', async () => {
    expect((await fiscalTables(file)).map((table) => [table.title, table.kind, table.lines.length])).toEqual([
      ['收支预算总表', 'income_expenditure_summary', 31],
      ['收入预算总表', 'income', 9],
      ['支出预算总表', 'expenditure', 0],
      ['财政拨款收支预算总表', 'appropriation_summary', 5],
      ['财政拨款支出预算表', 'general_public_expenditure', 15],
      ['财政拨款基本支出预算表', 'basic_expenditure', 27],
      ['政府性基金支出预算表', 'government_fund_expenditure', 0],
      ['一般公共预算支出预算表', 'general_public_expenditure', 15],
      ['一般公共预算基本支出预算表', 'basic_expenditure', 27],
      ['一般公共预算机关运行经费支出预算表', 'operating_expenses', 15],
      ['一般公共预算“三公”经费、会议费、培训费支出预算表', 'three_public', 0],
    ]);
  });

  it('reads the 收支预算总表 panels: revenue levels from numbering, two expenditure panels (p. 10)', async () => {
    const table = await fiscalTable(file, '收支预算总表');
    expect(table.measures.map((measure) => measure.key)).toEqual(['total']);
    expect(lineNamed(table, '财政拨款', 'revenue')).toMatchObject({ level: 1, values: { total: 179816800 } });
    expect(lineNamed(table, '一般公共预算', 'revenue')).toMatchObject({ level: 2, values: { total: 179816800 } });
    expect(lineNamed(table, '其他资金', 'revenue')?.values.total).toBe(150000);
    expect(lineNamed(table, '公共安全支出', 'expenditure')?.values.total).toBe(136563400);
    expect(lineNamed(table, '单位预留机动经费', 'expenditure')?.values.total).toBe(1402000);
    expect(table.totals.map((total) => [total.side, total.name, total.values.total])).toEqual([
      ['revenue', '当年收入小计', 179966800],
      ['expenditure', '当年支出小计', null],
      ['expenditure', '当年支出小计', 179966800],
      ['revenue', '收入合计', 179966800],
      ['expenditure', '支出合计', null],
      ['expenditure', '支出合计', 179966800],
    ]);
  });

  it('reads the 收入预算总表 items beside their group cells, 小计 rows named by group (p. 11)', async () => {
    const table = await fiscalTable(file, '收入预算总表');
    expect(lineNamed(table, '公共财政拨款(补助)资金')?.values.total).toBe(179816800);
    expect(lineNamed(table, '其他收入')?.values.total).toBe(150000);
    expect(table.totals.map((total) => [total.name, total.values.total])).toEqual([
      ['收入总计', 179966800],
      ['一般公共预算资金小计', 179816800],
      ['政府性基金小计', null],
      ['财政专户管理资金小计', null],
      ['其他资金小计', 150000],
      ['上年结转和结余资金小计', null],
    ]);
  });

  it('reads the one row of the 支出预算总表 with its 单位预留机动经费 (p. 11)', async () => {
    const table = await fiscalTable(file, '支出预算总表');
    expect(table.totals).toMatchObject([{ side: null, panel: 0, name: '', values: { total: 179966800, basic: 123234800, project: 55330000, reserve: 1402000, carryForward: null } }]);
  });

  it('skips the caption row inside the 财政拨款收支预算总表 (pp. 11–12)', async () => {
    const table = await fiscalTable(file, '财政拨款收支预算总表');
    expect(table.measures.map((measure) => measure.key)).toEqual(['total']);
    expect(lineNamed(table, '项目支出', 'expenditure')?.values.total).toBe(55330000);
    expect(table.totals.map((total) => total.values.total)).toEqual([179816800, 179816800]);
  });

  // p. 11 draws `17,981.68` and `一、基本支出` as one pdf.js item under two cells' clips.
  it('names the 基本支出 row printed beside the revenue figure (p. 11)', async () => {
    const table = await fiscalTable(file, '财政拨款收支预算总表');
    expect(lineNamed(table, '基本支出', 'expenditure')?.values.total).toBe(123084800);
  });

  it('reads coded tables and the empty 政府性基金 table (pp. 12–13)', async () => {
    const general = await fiscalTable(file, '财政拨款支出预算表');
    expect(lineCoded(general, '2040401')).toMatchObject({ level: 3, name: '行政运行', values: { total: 79681400 } });
    const basic = await fiscalTable(file, '财政拨款基本支出预算表');
    expect(lineCoded(basic, '30102')?.values.total).toBe(30908200);
    expect(basic.totals[0].values.total).toBe(123084800);
    expect(await fiscalTable(file, '政府性基金支出预算表')).toMatchObject({ empty: true, lines: [], note: null });
  });

  it('keeps the 三公 subtotal apart from the 合计 that adds 会议费 and 培训费 (p. 16)', async () => {
    const table = await fiscalTable(file, '一般公共预算“三公”经费、会议费、培训费支出预算表');
    expect(table.totals[0].values).toEqual({
      totalWithMeetingTraining: 14523500,
      total: 5843500,
      overseasTravel: 1100000,
      vehicles: 3178000,
      vehiclePurchase: 500000,
      vehicleOperation: 2678000,
      reception: 1565500,
      meeting: 1680000,
      training: 7000000,
    });
  });
});
