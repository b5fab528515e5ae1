// 西安市人民政府办公厅 2026 部门预算 (表1–15, 元; a 收支总表 with three expenditure panels;
// unit-code rows; 上年 | 当年 | 增减 blocks in the 三公 table). Figures read from the PDF
// (pdftotext -layout, pp. 19–33).
import { describe, expect, it } from 'vitest';
import { fiscalTable, fiscalTables, lineCoded, lineNamed } from './support/fiscal.js';

const file = 'xian-bangongting-2026-dept-budget.pdf';

describe('Xi\'an 市政府办公厅 2026: fiscal tables', () => {
  it('finds 表1–表11 and 表13 in 元, not the list of tables on p. 19', async () => {
    expect((await fiscalTables(file)).map((table) => [table.label, table.kind, table.unitOfMeasure])).toEqual([
      ['表1', 'income_expenditure_summary', '元'],
      ['表2', 'income', '元'],
      ['表3', 'expenditure', '元'],
      ['表4', 'appropriation_summary', '元'],
      ['表5', 'general_public_expenditure', '元'],
      ['表6', 'general_public_expenditure', '元'],
      ['表7', 'basic_expenditure', '元'],
      ['表8', 'basic_expenditure', '元'],
      ['表9', 'government_fund_expenditure', '元'],
      ['表10', 'project_expenditure', '元'],
      ['表11', 'carryover_expenditure', '元'],
      ['表13', 'three_public', '元'],
    ]);
  });

  it('reads the four panels of 表1 with levels from 一、/1、/(1) numbering (p. 20)', async () => {
    const table = await fiscalTable(file, '表1');
    expect(table.lines).toHaveLength(80);
    expect(lineNamed(table, '部门预算', 'revenue')).toMatchObject({ level: 1, values: { total: 92165133.99 } });
    expect(lineNamed(table, '财政拨款', 'revenue')).toMatchObject({ level: 2, values: { total: 92165133.99 } });
    expect(lineNamed(table, '一般公共预算拨款', 'revenue')).toMatchObject({ level: 3, values: { total: 92165133.99 } });
    expect(lineNamed(table, '其中：专项资金列入部门预算的项目', 'revenue')).toMatchObject({ level: null, values: { total: 7100000 } });
    expect(lineNamed(table, '一般公共服务支出', 'expenditure')).toMatchObject({ level: 2, values: { total: 72302752.62 } });
    expect(lineNamed(table, '机关商品和服务支出', 'expenditure')?.values.total).toBe(19908081.3);
    expect(table.totals.filter((total) => total.name === '支出总计').map((total) => total.values.total)).toEqual([92165133.99, 92165133.99, 92165133.99]);
  });

  it('reads unit-code rows (表2, 表10)', async () => {
    const income = await fiscalTable(file, '表2');
    expect(income.lines.map((line) => [line.code, line.scheme, line.level, line.unit])).toEqual([
      ['114', null, null, '西安市人民政府办公厅'],
      ['114001', null, null, '西安市人民政府办公厅'],
    ]);
    expect(income.totals[0].values).toMatchObject({ total: 92165133.99, generalPublicBudget: 92165133.99, specialFunds: 7100000 });
    const projects = await fiscalTable(file, '表10');
    expect(projects.measures).toEqual([{ key: 'total', label: '项目金额' }]);
    expect(projects.lines).toHaveLength(22);
    expect(lineNamed(projects, '援藏资金项目')).toMatchObject({ code: null, unit: null, values: { total: 7100000 } });
    expect(projects.totals[0].values.total).toBe(27502600);
  });

  it('reads the functional and economic 明细表 (表5 p. 24, 表8 p. 28)', async () => {
    const general = await fiscalTable(file, '表5');
    expect(lineCoded(general, '2010301')?.values).toEqual({ total: 44141471.74, personnel: 39886274.44, publicOperation: 4255197.3, project: null });
    expect(general.totals[0].values).toEqual({ total: 92165133.99, personnel: 60272768.69, publicOperation: 4389765.3, project: 27502600 });
    const basic = await fiscalTable(file, '表8');
    expect(lineCoded(basic, '30102')).toMatchObject({ scheme: 'economic_department', level: 2, codes: [{ scheme: 'economic_government', code: '50101', name: '工资奖金津补贴' }], values: { total: 13998980.24 } });
    expect(basic.totals[0].values).toEqual({ total: 64662533.99, personnel: 60272768.69, publicOperation: 4389765.3 });
  });

  it('reads the 三公 table by year block: 三公 小计 is total, 合计 adds 会议费 and 培训费 (表13 p. 33)', async () => {
    const table = await fiscalTable(file, '表13');
    expect(table.totals[0].values).toMatchObject({
      'priorYear.totalWithMeetingTraining': 442400,
      'priorYear.total': 40000,
      'priorYear.reception': 40000,
      'priorYear.training': 402400,
      totalWithMeetingTraining: 260000,
      total: 30000,
      reception: 30000,
      training: 230000,
      'change.totalWithMeetingTraining': -182400,
      change: -10000,
      'change.training': -172400,
    });
  });

  it('marks 表9 and 表11 empty; 表9 prints its line names under a blank 预算数 column (p. 29)', async () => {
    const fund = await fiscalTable(file, '表9');
    // Its measure is the 预算数 column, not the line names listed under 项目 (the header is the first two rows).
    expect(fund).toMatchObject({ empty: true, note: null, measures: [{ key: 'total', label: '收入/预算数' }] });
    expect(lineNamed(fund, '政府性基金拨款')).toMatchObject({ panel: 0, values: { total: null } });
    expect(lineNamed(fund, '科学技术支出')).toMatchObject({ panel: 1, values: { total: null } });
    expect(lineNamed(fund, '对附属单位补助支出')).toMatchObject({ panel: 2, values: { total: null } });
    expect(fund.lines.every((line) => line.values.total === null)).toBe(true);
    expect(fund.totals.map((total) => [total.panel, total.name, total.values.total])).toEqual([
      [0, '本年收入合计', null],
      [1, '本年支出合计', null],
      [2, '本年支出合计', null],
      [3, '本年支出合计', null],
    ]);
    expect(await fiscalTable(file, '表11')).toMatchObject({ empty: true, lines: [] });
  });
});
