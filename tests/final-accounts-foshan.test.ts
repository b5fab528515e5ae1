// 佛山市轨道交通局 2019年部门决算 (31 pp., 万元): the nine-table 决算 template with 行次 and 栏次,
// a 三公 决算表 printing 预算数 and 决算数 blocks in one row, and a narrative stating actuals.
// Figures read from the PDF (pdftotext -layout, pp. 5–27).
import { describe, expect, it } from 'vitest';
import { fiscalTable, fiscalTables, lineCoded, lineNamed } from './support/fiscal.js';
import { convertSample } from './support/samples.js';

const file = 'foshan-guidao-2019-dept-final-account.pdf';
const notice = () => convertSample(`real/${file}`);

describe('Foshan 轨道交通局 2019 决算: document and tables', () => {
  it('is the final accounts for 2019', async () => {
    expect((await notice()).document).toMatchObject({ stage: 'final_accounts', fiscalYear: 2019, unit: '佛山市轨道交通局', currencyUnit: '万元' });
  });

  it('reads 表1–表8 with their 决算 kinds', async () => {
    expect((await fiscalTables(file)).map((table) => [table.label, table.kind, table.phase])).toEqual([
      ['表1', 'income_expenditure_summary', 'final_accounts'],
      ['表2', 'income', 'final_accounts'],
      ['表3', 'expenditure', 'final_accounts'],
      ['表4', 'appropriation_summary', 'final_accounts'],
      ['表5', 'general_public_expenditure', 'final_accounts'],
      ['表6', 'basic_expenditure', 'final_accounts'],
      ['表7', 'three_public', 'final_accounts'],
      ['表8', 'government_fund_expenditure', 'final_accounts'],
    ]);
  });

  it('表1 收入支出决算总表 (pp. 5–7): one 决算数 per side, 行次 never money', async () => {
    const table = await fiscalTable(file, '表1');
    expect(table.measures.map((measure) => measure.key)).toEqual(['actual.total']);
    expect(lineNamed(table, '一般公共预算财政拨款收入', 'revenue')?.values).toEqual({ 'actual.total': 16681400 });
    expect(lineNamed(table, '其他收入', 'revenue')?.values).toEqual({ 'actual.total': 100 });
    expect(lineNamed(table, '交通运输支出', 'expenditure')?.values).toEqual({ 'actual.total': 15310400 });
    expect(lineNamed(table, '住房保障支出', 'expenditure')?.values).toEqual({ 'actual.total': 608700 });
    expect(lineNamed(table, '年末结转和结余', 'expenditure')?.values).toEqual({ 'actual.total': 100 });
    expect(table.totals.map((total) => [total.side, total.name, total.values['actual.total']])).toEqual([
      ['revenue', '本年收入合计', 16681400],
      ['expenditure', '本年支出合计', 16681400],
      ['revenue', '总计', 16681400],
      ['expenditure', '总计', 16681400],
    ]);
  });

  it('表2 收入决算表 and 表3 支出决算表 (pp. 8–11): 经营收入/经营支出 are businessOperation, 本年支出合计 total', async () => {
    const income = await fiscalTable(file, '表2');
    expect(income.measures.map((measure) => measure.key)).toEqual(['currentYear', 'fiscalAppropriation', 'superiorSubsidy', 'business', 'businessOperation', 'subordinateRemit', 'other']);
    expect(lineCoded(income, '2140101')?.values).toMatchObject({ currentYear: 6093000, fiscalAppropriation: 6092900, other: 100 });
    expect(income.totals[0].values).toMatchObject({ currentYear: 16681400, fiscalAppropriation: 16681400, other: 100 });
    const spending = await fiscalTable(file, '表3');
    expect(spending.measures.map((measure) => measure.key)).toEqual(['total', 'basic', 'project', 'superiorRemit', 'businessOperation', 'subordinateSubsidy']);
    expect(lineCoded(spending, '2140102')?.values).toMatchObject({ total: 9056000, basic: 0, project: 9056000 });
    expect(spending.totals[0].values).toMatchObject({ total: 16681400, basic: 7463900, project: 9217500 });
  });

  it('表4 财政拨款收入支出决算总表 (pp. 12–14) keeps each panel on its side', async () => {
    const table = await fiscalTable(file, '表4');
    expect(lineNamed(table, '一般公共预算财政拨款', 'revenue')?.values).toEqual({ total: 16681400 });
    expect(lineNamed(table, '社会保障和就业支出', 'expenditure')?.values).toEqual({ total: 762300, generalPublicBudget: 762300, governmentFund: 0 });
    expect(table.totals.find((total) => total.side === 'expenditure' && total.name === '总计')?.values).toEqual({ total: 16681400, generalPublicBudget: 16681400, governmentFund: 0 });
  });

  it('表5 and 表6 (pp. 15–20): 功能分类 lines, and 人员经费 | 公用经费 panels with their 合计', async () => {
    expect(lineCoded(await fiscalTable(file, '表5'), '2080505')?.values).toEqual({ total: 534500, basic: 534500, project: 0 });
    const basic = await fiscalTable(file, '表6');
    expect(lineCoded(basic, '30101')?.values).toEqual({ personnel: 3017900 });
    expect(lineCoded(basic, '30239')?.values).toEqual({ publicOperation: 161900 });
    expect(lineCoded(basic, '31002')?.values).toEqual({ publicOperation: 25400 });
    expect(basic.totals.map((total) => [total.name, total.values])).toEqual([
      ['人员经费合计', { personnel: 6492000 }],
      ['公用经费合计', { publicOperation: 971900 }],
    ]);
  });

  it('表7 “三公” 决算表 (p. 21): its one row holds 预算数 and 决算数 side by side, so it has no lines', async () => {
    const table = await fiscalTable(file, '表7');
    expect(table.lines).toEqual([]);
    expect(table.totals).toHaveLength(1);
    expect(table.totals[0].values).toMatchObject({ 'budget.total': 0, 'budget.reception': 0, 'actual.total': 1600, 'actual.overseasTravel': 0, 'actual.vehicles': 0, 'actual.reception': 1600 });
  });

  it('表8 政府性基金 决算表 (pp. 22–23): all 0.00, so empty, its 年末结转和结余 carryForward', async () => {
    const table = await fiscalTable(file, '表8');
    expect(table.empty).toBe(true);
    expect(table.measures.map((measure) => measure.key)).toEqual(['carryover', 'currentYear', 'total', 'basic', 'project', 'carryForward']);
    expect(lineCoded(table, '2120801')?.values).toMatchObject({ carryover: 0, total: 0, carryForward: 0 });
  });
});

describe('Foshan 轨道交通局 2019 决算: budgetSummary holds the actuals', () => {
  it('revenue and expenditure from 表1 and 表3 (0.01万元 其他收入, p. 5 and p. 24)', async () => {
    const { budgetSummary } = await notice();
    expect(budgetSummary.revenue).toMatchObject({ total: 16681400, currentYear: 16681400, generalPublicBudget: 16681400, other: 100, carryover: 0 });
    expect(budgetSummary.expenditure).toMatchObject({ total: 16681400, currentYear: 16681400, basic: 7463900, project: 9217500 });
  });

  it('人员经费 and 公用经费 from the 人员经费合计 | 公用经费合计 of 表6 (p. 20): the general public budget is all the funds', async () => {
    const { budgetSummary } = await notice();
    expect(budgetSummary.expenditure).toMatchObject({ personnel: 6492000, publicOperation: 971900 });
    expect(budgetSummary.evidence['expenditure.personnel']).toBe('table 5: 人员经费合计');
  });

  it('“三公” 决算数 with the 预算数 of 表7 kept in budgeted; 机关运行经费 and 政府采购支出总额 from the narrative (p. 27)', async () => {
    const { budgetSummary } = await notice();
    expect(budgetSummary.threePublic).toEqual({ total: 1600, overseasTravel: 0, vehicles: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 1600 });
    expect(budgetSummary.budgeted['threePublic.total']).toMatchObject({ value: 0, evidence: 'table 6: 预算数/合计' });
    expect(budgetSummary.budgeted['threePublic.reception']?.value).toBe(0);
    expect(budgetSummary.operatingExpenses).toBe(971900);
    expect(budgetSummary.procurementTotal).toBe(0);
    expect(budgetSummary.evidence.procurementTotal).toMatch(/^2019年本部门政府采购支出总额0万元/u);
  });

  it('leaves no error finding: the sums that miss are the rounding the notes announce (因四舍五入可能存在尾差)', async () => {
    const { validation } = await notice();
    expect(validation.filter((finding) => finding.severity === 'error')).toEqual([]);
    // 表1 p. 6: 1668.14 + 0.01 其他收入 is printed as 本年收入合计 1668.14.
    expect(validation).toContainEqual(
      expect.objectContaining({ code: 'SUM_MISMATCH', severity: 'warning', message: expect.stringContaining('(表1 收入支出决算总表): 本年收入合计'), expected: 16681500, actual: 16681400 }),
    );
  });
});
