import { describe, expect, it } from 'vitest';
import { convertSample } from '../../tests/support/samples.js';
import { shanghai2024Tables } from '../../tests/support/shanghai-2024-tables.js';
import { textView } from '../../tests/support/text-view.js';
import { readBudgetSummary } from './budget-summary.js';

const REVENUE = '2023年预算收入4196.63万元，其中：一般公共预算收入4196.63万元，基金预算收入0万元，财政专户核拨收入0万元，其他来源收入0万元，上年结转0万元。';
const EXPENDITURE =
  '2023年支出预算4196.63万元，其中基本支出1712.98万元，包括人员类项目经费1516.98万元和运转类公用项目经费196万元；运转类其他及特定目标类项目支出2483.65万元，包括本级支出，主要为人才管理经费、干部教育经费、人事考试经费等。';
const CHANGE =
  '2023年预算收支安排4196.63万元，较2022年预算减少1423.5万元，其中：基本支出增加96.1万元，主要为社会保障和就业支出、机关事业单位基本养老保险缴费支出、住房保障支出；项目支出减少1519.6万元，主要为重点工作大督查经费、干部教育经费、考核奖励经费、党建培训经费干部档案集中管理智能库房建设项目经费支出。';
const OPERATING = '2023年，我部机关运行经费共计安排196万元，主要用于中共廊坊市委组织部办公区的日常维修、办公费、邮电费、公务用车运行维护费、其他交通费等日常运行支出。';
const THREE_PUBLIC = '2023年，我部财政拨款“三公”经费预算安排20.02万元。';
const THREE_PUBLIC_PARTS = '其中，因公出国（境）费0万元；公务用车购置及运维费20.02万元（其中：公务用车购置费为0万元，公务用车运维费20.02万元)；公务接待费0万元。';
const PROCUREMENT = '2023年，中共廊坊市委组织部安排政府采购预算367.8万元。';
const ASSETS = '中共廊坊市委组织部（含所属单位）上年末固定资产金额为2417.51万元（详见下表），本年度我单位拟购置固定资产总额为289.51万元，主要为党建板块显示设备等，已列入政府采购预算，详见政府采购预算表。';

describe('budgetSummary of the Langfang 2023 notice (narrative only)', async () => {
  const { budgetSummary: summary } = await convertSample('langfang-org-2023.docx');

  it('reads revenue; with 上年结转0万元 listed, this year\'s revenue is the total', () => {
    expect(summary.revenue).toEqual({
      total: 41966300,
      currentYear: 41966300,
      generalPublicBudget: 41966300,
      governmentFund: 0,
      stateCapital: null,
      specialAccount: 0,
      business: null,
      businessOperation: null,
      superiorSubsidy: null,
      subordinateRemit: null,
      nonFiscalSurplus: null,
      priorYearAccountBalance: null,
      other: 0,
      carryover: 0,
    });
    for (const key of ['total', 'currentYear', 'generalPublicBudget', 'governmentFund', 'specialAccount', 'other', 'carryover']) {
      expect(summary.evidence[`revenue.${key}`]).toBe(REVENUE);
    }
  });

  it('reads expenditure; basic + project spend the whole total, so this year\'s spending is the total', () => {
    expect(summary.expenditure).toEqual({
      total: 41966300,
      currentYear: 41966300,
      basic: 17129800,
      personnel: 15169800,
      publicOperation: 1960000,
      project: 24836500,
      reserve: null,
    });
    for (const key of ['total', 'currentYear', 'basic', 'personnel', 'publicOperation', 'project']) {
      expect(summary.evidence[`expenditure.${key}`]).toBe(EXPENDITURE);
    }
  });

  it('reads the changes from 2022 with their sign', () => {
    expect(summary.changeFromPriorYear).toEqual({ total: -14235000, basic: 961000, project: -15196000 });
    for (const key of ['total', 'basic', 'project']) expect(summary.evidence[`changeFromPriorYear.${key}`]).toBe(CHANGE);
  });

  it('reads 机关运行经费, “三公” expenses, procurement and fixed assets', () => {
    expect(summary.operatingExpenses).toBe(1960000);
    expect(summary.evidence.operatingExpenses).toBe(OPERATING);
    expect(summary.threePublic).toEqual({ total: 200200, overseasTravel: 0, vehicles: 200200, vehiclePurchase: 0, vehicleOperation: 200200, reception: 0 });
    expect(summary.evidence['threePublic.total']).toBe(THREE_PUBLIC);
    for (const key of ['overseasTravel', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception']) {
      expect(summary.evidence[`threePublic.${key}`]).toBe(THREE_PUBLIC_PARTS);
    }
    expect(summary.procurementTotal).toBe(3678000);
    expect(summary.evidence.procurementTotal).toBe(PROCUREMENT);
    expect(summary.fixedAssets).toEqual({ priorYearEnd: 24175100, plannedPurchases: 2895100 });
    expect(summary.evidence['fixedAssets.priorYearEnd']).toBe(ASSETS);
    expect(summary.evidence['fixedAssets.plannedPurchases']).toBe(ASSETS);
  });

  it('has evidence for exactly the figures it filled', () => {
    expect(Object.keys(summary.evidence)).toHaveLength(26);
  });
});

describe('budgetSummary from the fiscal tables (rule 2)', () => {
  const narrative = [
    '2024年，上海市普陀区人民政府万里街道办事处收入预算15621.11万元，其中：财政拨款收入15621.11万元，比2023年预算减少876.75万元；事业收入0.00万元；事业单位经营收入0.00万元；其他收入0.00万元。',
    '2024年“三公”经费预算数为47.91万元，比2023年预算增加25万元。其中：',
  ];
  const summary = readBudgetSummary(textView(narrative), shanghai2024Tables());

  it('takes a figure a table states, exactly, with the table as evidence', () => {
    expect(summary.revenue.total).toBe(156211123);
    expect(summary.evidence['revenue.total']).toBe('table 0: 收入总计');
    expect(summary.revenue.generalPublicBudget).toBe(156211123);
    expect(summary.evidence['revenue.generalPublicBudget']).toBe('table 0: 一般公共预算资金');
    expect(summary.expenditure.total).toBe(156211123);
    expect(summary.threePublic).toEqual({ total: 479100, overseasTravel: 0, vehicles: 465600, vehiclePurchase: 250000, vehicleOperation: 215600, reception: 13500 });
    expect(summary.evidence['threePublic.vehicles']).toBe('table 8: 2024年“三公”经费预算数/公务用车购置及运行费/小计');
    expect(summary.operatingExpenses).toBe(4431800);
  });

  it('points at the exact table figure it took (sources), and at none for a narrative figure', () => {
    expect(summary.sources['revenue.total']).toBe('/fiscalTables/0/totals/0/values/total');
    expect(summary.sources['revenue.generalPublicBudget']).toBe('/fiscalTables/0/lines/0/values/total');
    expect(summary.sources['expenditure.total']).toBe('/fiscalTables/0/totals/1/values/total');
    // The 三公 table prints one row of figures (the fixture gives it as a line without a name).
    expect(summary.sources['threePublic.vehicles']).toBe('/fiscalTables/1/lines/0/values/vehicles');
    expect(summary.sources['revenue.business']).toBeUndefined();
  });

  it('keeps narrative figures no table states', () => {
    expect(summary.revenue.business).toBe(0);
    expect(summary.evidence['revenue.business']).toBe(narrative[0]);
    expect(summary.changeFromPriorYear.total).toBe(null);
  });
});
