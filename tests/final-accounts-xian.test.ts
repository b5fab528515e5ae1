// 西安市卫生健康委员会（汇总）2022年度部门决算 (171 pp., 万元; published under a 2026 budget name,
// classified by content): 公开01–09表 on pp. 146–161 after a list of the tables (p. 145), a “三公”
// 决算表 printing 预算数 and 决算数 as rows, and a narrative stating budget and actual in one clause.
// Figures read from the PDF (pdftotext -layout).
import { describe, expect, it } from 'vitest';
import { fiscalTable, fiscalTables, lineCoded, lineNamed } from './support/fiscal.js';
import { convertSample } from './support/samples.js';

const file = 'xian-weijian-2022-dept-final-account.pdf';
const notice = () => convertSample(`real/${file}`);

describe('Xi\'an 卫健委 2022 决算: document and tables', () => {
  it('is the final accounts for 2022, whatever the file is called', async () => {
    expect((await notice()).document).toMatchObject({ stage: 'final_accounts', fiscalYear: 2022, unit: '西安市卫生健康委员会', currencyUnit: '万元' });
  });

  it('reads 公开01–09表 with their kinds, not the list of tables on p. 145', async () => {
    expect((await fiscalTables(file)).map((table) => [table.label, table.kind, table.empty])).toEqual([
      ['公开01表', 'income_expenditure_summary', false],
      ['公开02表', 'income', false],
      ['公开03表', 'expenditure', false],
      ['公开04表', 'appropriation_summary', false],
      ['公开05表', 'general_public_expenditure', false],
      ['公开06表', 'basic_expenditure', false],
      ['公开07表', 'government_fund_expenditure', false],
      ['公开08表', 'state_capital_expenditure', true],
      ['公开09表', 'three_public', false],
    ]);
  });

  it('公开01表 (p. 146): 行次 never money; 结余分配 and 年末结转和结余 on the expenditure side', async () => {
    const table = await fiscalTable(file, '公开01表');
    expect(table.measures.map((measure) => measure.key)).toEqual(['actual.total']);
    expect(lineNamed(table, '政府性基金预算财政拨款收入', 'revenue')?.values).toEqual({ 'actual.total': 5092206600 });
    expect(lineNamed(table, '事业收入', 'revenue')?.values).toEqual({ 'actual.total': 11109721100 });
    expect(lineNamed(table, '卫生健康支出', 'expenditure')?.values).toEqual({ 'actual.total': 14748332300 });
    expect(lineNamed(table, '结余分配', 'expenditure')?.values).toEqual({ 'actual.total': 63748800 });
    expect(lineNamed(table, '年末结转和结余', 'expenditure')?.values).toEqual({ 'actual.total': 3990358000 });
    expect(table.totals.map((total) => [total.side, total.name, total.values['actual.total']])).toEqual([
      ['revenue', '本年收入合计', 20150942200],
      ['expenditure', '本年支出合计', 20749620100],
      ['revenue', '总计', 24803727000],
      ['expenditure', '总计', 24803727000],
    ]);
  });

  it('公开02表 and 公开03表 (pp. 147–152): lines by code', async () => {
    expect(lineCoded(await fiscalTable(file, '公开02表'), '20503')?.values).toMatchObject({ currentYear: 39419800, fiscalAppropriation: 33010300, business: 6399400, other: 10000 });
    const spending = await fiscalTable(file, '公开03表');
    expect(lineCoded(spending, '20508')?.values).toMatchObject({ total: 1510300, basic: 224300, project: 1286000 });
    expect(spending.totals[0].values).toMatchObject({ total: 20749620100, basic: 11680392900, project: 9069227200 });
  });

  it('公开04表 (p. 153): 年初结转和结余 by fund on the revenue side, four columns on the expenditure side', async () => {
    const table = await fiscalTable(file, '公开04表');
    expect(table.lines.filter((line) => line.side === 'revenue').map((line) => [line.name, line.values.total])).toEqual([
      ['一般公共预算财政拨款', 2960309100],
      ['政府性基金预算财政拨款', 5092206600],
      ['国有资本经营财政拨款', null],
      ['年初结转和结余', 589263700],
      ['一般公共预算财政拨款', 953900],
      ['政府性基金预算财政拨款', 588309800],
      ['国有资本经营预算财政拨款', null],
    ]);
    expect(table.totals.find((total) => total.side === 'expenditure' && total.name === '本年支出合计')?.values).toEqual({
      total: 8640993800,
      generalPublicBudget: 2960477500,
      governmentFund: 5680516300,
      stateCapital: null,
    });
  });

  it('公开05–07表 (pp. 154–159)', async () => {
    expect(lineCoded(await fiscalTable(file, '公开05表'), '2050201')?.values).toEqual({ total: 11825900, basic: 11094200, project: 731700 });
    const basic = await fiscalTable(file, '公开06表');
    expect(lineCoded(basic, '30107')?.values).toEqual({ 'actual.total': 241987200 });
    expect(lineCoded(basic, '310')?.values).toEqual({ 'actual.total': 71700 });
    expect(basic.totals.map((total) => [total.name, total.values['actual.total']])).toEqual([
      ['人员经费合计', 965132100],
      ['公用经费合计', 20930800],
    ]);
    const fund = await fiscalTable(file, '公开07表');
    expect(lineCoded(fund, '2290402')?.values).toEqual({ carryover: 588309800, currentYear: 5092206600, total: 5680516300, basic: null, project: 5680516300, carryForward: null });
  });

  it('公开09表 (p. 161): 预算数 and 决算数 rows, 会议费 and 培训费 beside the “三公”', async () => {
    const table = await fiscalTable(file, '公开09表');
    expect(table.lines.map((line) => [line.name, line.values])).toEqual([
      ['预算数', { total: 5934600, overseasTravel: null, vehicles: 5916000, vehiclePurchase: 1364800, vehicleOperation: 4551200, reception: 18600, meeting: 868100, training: 27957800 }],
      ['决算数', { total: 5875500, overseasTravel: null, vehicles: 5874400, vehiclePurchase: 1364800, vehicleOperation: 4509600, reception: 1100, meeting: 868100, training: 27957800 }],
    ]);
  });
});

describe('Xi\'an 卫健委 2022 决算: budgetSummary holds the actuals', () => {
  it('revenue and expenditure from 公开01表 and 公开03表', async () => {
    const { budgetSummary } = await notice();
    expect(budgetSummary.revenue).toMatchObject({
      total: 24803727000,
      currentYear: 20150942200,
      generalPublicBudget: 2960309100,
      governmentFund: 5092206600,
      business: 11109721100,
      other: 988705500,
      carryover: 4652784800,
    });
    expect(budgetSummary.expenditure).toMatchObject({ total: 24803727000, currentYear: 20749620100, basic: 11680392900, project: 9069227200 });
    // 公开06表's 人员经费合计 96,513.21 covers the general public budget only (基本支出 98,606.29 of 1,168,039.29).
    expect(budgetSummary.expenditure).toMatchObject({ personnel: null, publicOperation: null });
    // p. 9: 与上年相比收入总计、支出总计均增加789,183.4万元
    expect(budgetSummary.changeFromPriorYear.total).toBe(7891834000);
  });

  it('“三公” from the 决算数 row, its 预算数 row kept in budgeted (p. 161; p. 21 states 预算593.46万元，支出决算587.55万元)', async () => {
    const { budgetSummary } = await notice();
    expect(budgetSummary.threePublic).toEqual({ total: 5875500, overseasTravel: null, vehicles: 5874400, vehiclePurchase: 1364800, vehicleOperation: 4509600, reception: 1100 });
    expect(Object.fromEntries(Object.entries(budgetSummary.budgeted).map(([path, budget]) => [path, budget.value]))).toEqual({
      operatingExpenses: 6276200,
      'threePublic.total': 5934600,
      'threePublic.vehicles': 5916000,
      'threePublic.vehiclePurchase': 1364800,
      'threePublic.vehicleOperation': 4551200,
      'threePublic.reception': 18600,
    });
  });

  it('机关运行经费预算627.62万元，支出决算627.62万元 and 政府采购支出总额共272,067.69万元 (p. 22)', async () => {
    const { budgetSummary } = await notice();
    expect(budgetSummary.operatingExpenses).toBe(6276200);
    expect(budgetSummary.budgeted.operatingExpenses).toMatchObject({ value: 6276200, source: null });
    expect(budgetSummary.procurementTotal).toBe(2720676900);
  });

  it('leaves no error finding: every fiscal sum that misses does so within the rounding its notes announce', async () => {
    const { validation } = await notice();
    expect(validation.filter((finding) => finding.severity === 'error')).toEqual([]);
    const sums = validation.filter((finding) => finding.code === 'SUM_MISMATCH');
    expect(sums.length).toBeGreaterThan(0);
    expect(sums.every((finding) => finding.severity === 'warning' && Math.abs((finding.expected as number) - (finding.actual as number)) <= 200)).toBe(true);
  });
});
