// 上海市普陀区财政局 2024年度部门决算 (25 pp., 万元): the 决算 template without number labels,
// codes printed as 类 | 款 | 项, a “三公” 决算表 with 预算数 | 决算数 under each category, two empty
// tables said so in a note, and a narrative stating budget and actual in one clause.
// Figures read from the PDF (pdftotext -layout, pp. 6–22).
import { describe, expect, it } from 'vitest';
import { fiscalTable, fiscalTables, lineCoded, lineNamed } from './support/fiscal.js';
import { convertSample } from './support/samples.js';

const file = 'shanghai-putuo-czj-2024-dept-final-account.pdf';
const notice = () => convertSample(`real/${file}`);

describe('Shanghai 普陀区财政局 2024 决算: document and tables', () => {
  it('is the final accounts for 2024', async () => {
    expect((await notice()).document).toMatchObject({ stage: 'final_accounts', fiscalYear: 2024, unit: '上海市普陀区财政局' });
  });

  it('reads the nine 决算 tables by title with their kinds', async () => {
    expect((await fiscalTables(file)).map((table) => [table.title, table.kind, table.empty])).toEqual([
      ['收入支出决算总表', 'income_expenditure_summary', false],
      ['收入决算表', 'income', false],
      ['支出决算表', 'expenditure', false],
      ['财政拨款收入支出决算总表', 'appropriation_summary', false],
      ['一般公共预算财政拨款支出决算表', 'general_public_expenditure', false],
      ['一般公共预算财政拨款基本支出决算表', 'basic_expenditure', false],
      ['财政拨款“三公”经费支出决算表', 'three_public', false],
      ['政府性基金预算财政拨款收入支出决算表', 'government_fund_expenditure', true],
      ['国有资本经营预算财政拨款收入支出决算表', 'state_capital_expenditure', true],
    ]);
    expect((await fiscalTable(file, '政府性基金预算财政拨款收入支出决算表')).note).toBe('注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。');
  });

  it('收入支出决算总表 (p. 6): both sides, with 年初结转和结余 and 年末结转和结余', async () => {
    const table = await fiscalTable(file, '收入支出决算总表');
    expect(lineNamed(table, '一般公共预算财政拨款收入', 'revenue')?.values).toEqual({ 'actual.total': 29400500 });
    expect(lineNamed(table, '其他收入', 'revenue')?.values).toEqual({ 'actual.total': 62000 });
    expect(lineNamed(table, '年初结转和结余', 'revenue')?.values).toEqual({ 'actual.total': 491400 });
    // 326.71 here, 326.72 in the 支出决算表: printed so.
    expect(lineNamed(table, '社会保障和就业支出', 'expenditure')?.values).toEqual({ 'actual.total': 3267100 });
    expect(lineNamed(table, '年末结转和结余', 'expenditure')?.values).toEqual({ 'actual.total': 553400 });
    expect(table.totals.map((total) => [total.side, total.name, total.values['actual.total']])).toEqual([
      ['revenue', '本年收入合计', 29462500],
      ['expenditure', '本年支出合计', 29400500],
      ['revenue', '总计', 29953900],
      ['expenditure', '总计', 29953900],
    ]);
  });

  it('收入决算表 and 支出决算表 (pp. 8–11): 类 | 款 | 项 codes joined, 合计 printed above its label', async () => {
    const income = await fiscalTable(file, '收入决算表');
    expect(lineCoded(income, '2010602')?.values).toMatchObject({ currentYear: 161900, fiscalAppropriation: 100000, other: 61900 });
    expect(income.totals[0].values).toMatchObject({ currentYear: 29462500, fiscalAppropriation: 29400500, other: 62000 });
    const spending = await fiscalTable(file, '支出决算表');
    expect(lineCoded(spending, '2010601')?.values).toMatchObject({ total: 15118900, basic: 15035200, project: 83700 });
    expect(spending.totals[0].values).toMatchObject({ total: 29400500, basic: 23369100, project: 6031400 });
  });

  it('财政拨款收入支出决算总表 (pp. 12–13): the 结转 by fund beneath 年初财政拨款结转和结余, each panel on its side', async () => {
    const table = await fiscalTable(file, '财政拨款收入支出决算总表');
    expect(lineNamed(table, '年初财政拨款结转和结余', 'revenue')?.values).toEqual({ 'actual.total': 216300 });
    expect(lineNamed(table, '一般公共服务支出', 'expenditure')?.values).toEqual({ total: 21066600, generalPublicBudget: 21066600, governmentFund: null, stateCapital: null });
    expect(table.totals.find((total) => total.side === 'revenue' && total.name === '总计')?.values).toEqual({ 'actual.total': 29616800 });
  });

  it('一般公共预算财政拨款支出决算表 and 基本支出决算表 (pp. 15–17)', async () => {
    expect(lineCoded(await fiscalTable(file, '一般公共预算财政拨款支出决算表'), '2080505')?.values).toEqual({ total: 1607500, basic: 1607500, project: null });
    const basic = await fiscalTable(file, '一般公共预算财政拨款基本支出决算表');
    expect(lineCoded(basic, '30101')?.values).toEqual({ 'actual.total': 2623300 });
    expect(lineCoded(basic, '30201')?.values).toEqual({ 'actual.total': 212100 });
    expect(basic.totals.map((total) => [total.name, total.values['actual.total']])).toEqual([
      ['人员经费合计', 21522600],
      ['公用经费合计', 1846500],
    ]);
  });

  it('“三公” 决算表 (p. 18): 预算数 0.95 under 合计 and 公务接待费, 决算数 blank', async () => {
    const table = await fiscalTable(file, '财政拨款“三公”经费支出决算表');
    expect(table.lines).toEqual([]);
    expect(table.totals[0].values).toMatchObject({ 'budget.total': 9500, 'actual.total': null, 'budget.reception': 9500, 'actual.reception': null, 'budget.overseasTravel': null });
  });
});

describe('Shanghai 普陀区财政局 2024 决算: budgetSummary holds the actuals', () => {
  it('revenue and expenditure from the tables', async () => {
    const { budgetSummary } = await notice();
    expect(budgetSummary.revenue).toMatchObject({ total: 29953900, currentYear: 29462500, generalPublicBudget: 29400500, other: 62000, carryover: 491400 });
    expect(budgetSummary.expenditure).toMatchObject({ total: 29953900, currentYear: 29400500, basic: 23369100, project: 6031400 });
  });

  it('“三公”: the actual 0.00 of 年初预算为0.95万元，支出决算为0.00万元 (p. 21), the budget kept from the table', async () => {
    const { budgetSummary } = await notice();
    expect(budgetSummary.threePublic).toMatchObject({ total: 0, overseasTravel: 0, vehicles: 0, reception: 0 });
    expect(budgetSummary.budgeted['threePublic.total']).toMatchObject({ value: 9500, evidence: 'table 7: 合计/预算数' });
    expect(budgetSummary.budgeted['threePublic.reception']?.value).toBe(9500);
    expect(budgetSummary.budgeted['threePublic.overseasTravel']).toBeUndefined();
  });

  it('机关运行经费 184.65 and 政府采购金额（以合同签订为准）251.25 from the narrative', async () => {
    const { budgetSummary } = await notice();
    expect(budgetSummary.operatingExpenses).toBe(1846500);
    expect(budgetSummary.procurementTotal).toBe(2512500);
  });

  it('leaves no error finding', async () => {
    expect((await notice()).validation.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
