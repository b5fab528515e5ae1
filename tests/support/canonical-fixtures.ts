// Canonical documents for the export and compare tests, derived from the real DOCX
// conversion. While the section normalizers are still landing, the figures are set
// here from what the notices print (read by hand), so the tests exercise every table
// whatever the normalizers produce. Values are yuan, converted from the printed unit.
import type { Disclosure, FiscalTable, Indicator } from '../../src/schema/canonical.js';
import { budgetSummaryPaths } from '../../src/export/summary-figures.js';
import { convertSample } from './samples.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function setFigure(summary: object, path: string, value: number | null): void {
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, summary as Record<string, unknown>);
  parent[keys[keys.length - 1]] = value;
}

/** The procurement fields beyond the contract's own (additive), not printed by this notice. */
const procurementExtras = {
  category: null,
  specification: null,
  method: null,
  functionalCode: null,
  economicCode: null,
  governmentEconomicCode: null,
};

const nullFunding = {
  generalPublicBudget: null,
  governmentFund: null,
  stateCapital: null,
  specialAccount: null,
  unitFunds: null,
  fiscalCarryover: null,
  nonFiscalCarryover: null,
  other: null,
};

function indicator(row: number, level1: string | null, level2: string, name: string, raw: string, operator: Indicator['target']['operator'], value: number | null, unit: string | null, text: string | null): Indicator {
  return { level1, level2, name, description: null, scoringRule: null, target: { raw, operator, value, unit, text }, basis: null, weight: null, source: { table: 1, row } };
}

/** 中共廊坊市委组织部2023年单位预算 (samples/langfang-org-2023.docx) with the figures the notice prints. */
export async function langfang2023(): Promise<Disclosure> {
  const d = clone(await convertSample('langfang-org-2023.docx'));
  const s = d.budgetSummary;
  // "2023年预算收入4196.63万元，其中：一般公共预算收入4196.63万元，基金预算收入0万元 … 上年结转0万元"
  // Every figure cleared first: the fixture must not depend on what the normalizers extract.
  for (const path of budgetSummaryPaths) setFigure(s, path, null);
  Object.assign(s.revenue, { total: 41966300, currentYear: 41966300, generalPublicBudget: 41966300, governmentFund: 0, specialAccount: 0, other: 0, carryover: 0 });
  // "2023年支出预算4196.63万元，其中基本支出1712.98万元，包括人员类项目经费1516.98万元和运转类公用项目经费196万元；… 项目支出2483.65万元"
  Object.assign(s.expenditure, { total: 41966300, currentYear: 41966300, basic: 17129800, personnel: 15169800, publicOperation: 1960000, project: 24836500 });
  // "较2022年预算减少1423.5万元，其中：基本支出增加96.1万元 … 项目支出减少1519.6万元"
  Object.assign(s.changeFromPriorYear, { total: -14235000, basic: 961000, project: -15196000 });
  s.operatingExpenses = 1960000;
  Object.assign(s.threePublic, { total: 200200, overseasTravel: 0, vehicles: 200200, vehiclePurchase: 0, vehicleOperation: 200200, reception: 0 });
  s.procurementTotal = 3678000;
  Object.assign(s.fixedAssets, { priorYearEnd: 24175100, plannedPurchases: 2895100 });
  d.performance.overall = {
    name: '中共廊坊市委组织部',
    code: null,
    unit: null,
    goals: [],
    budget: null,
    indicators: [
      indicator(2, '部门产出', '数量', '干部考核数量', '=2类', '=', 2, '类', null),
      indicator(3, '部门产出', '数量指标', '干部教育培训次数', '≥15次', '>=', 15, '次', null),
      indicator(8, '部门产出', '数量', '培训合格率', '≥90%', '>=', 90, '%', null),
      indicator(11, '部门产出', '时效', '干部教育培训内容更新及时性', '符合', null, null, null, '符合'),
      indicator(17, '部门效果', '满意度', '查档人员满意度', '≥95%', '>=', 95, '%', null),
    ],
    source: { table: 1 },
  };
  d.procurement.total = { project: null, projectBudget: null, item: null, catalogCode: null, measureUnit: null, quantity: null, unitPrice: null, amount: 3678000, funding: { ...nullFunding, generalPublicBudget: 3678000 }, smeReserved: 3678000, ...procurementExtras, source: { table: 12, row: 2 } };
  d.procurement.lines = [
    { project: '机关工作经费', projectBudget: 5000000, item: '其他印刷服务', catalogCode: 'C23090199', measureUnit: '次', quantity: 1, unitPrice: 2600000, amount: 2600000, funding: { ...nullFunding, generalPublicBudget: 2600000 }, smeReserved: 2600000, ...procurementExtras, source: { table: 12, row: 4 } },
    { project: '人才管理经费', projectBudget: 10957000, item: '旅游服务', catalogCode: 'C23270000', measureUnit: '次', quantity: 1, unitPrice: 528000, amount: 528000, funding: { ...nullFunding, generalPublicBudget: 528000 }, smeReserved: 528000, ...procurementExtras, source: { table: 12, row: 5 } },
  ];
  d.assets = {
    asOf: '2022-12-31',
    total: 22539800,
    items: [
      { item: '房屋（平方米）', quantity: null, value: null, source: { table: 13, row: 4 } },
      { item: '车辆（台、辆）', quantity: 5, value: 1006000, source: { table: 13, row: 6 } },
      { item: '单价在20万元以上的设备', quantity: 15, value: 7015600, source: { table: 13, row: 7 } },
      { item: '其他固定资产', quantity: 2919, value: 15353500, source: { table: 13, row: 8 } },
    ],
  };
  d.validation = [
    { code: 'SUM_MISMATCH', severity: 'warning', path: '/procurement/total/amount', message: 'the procurement lines add up to 312.80万元, the 合计 row says 367.80万元', expected: 3128000, actual: 3678000 },
  ];
  return d;
}

/**
 * 2023年部门一般公共预算支出功能分类预算表 of 上海市普陀区人民政府万里街道办事处
 * (samples/real/shanghai-putuo-wanli-2023-dept-budget.pdf, 单位：元), its first lines.
 */
export function putuoGeneralPublicExpenditure(year: 2023 | 2024): FiscalTable {
  const lines: [string, string, number, number, number][] =
    year === 2023
      ? [
          ['201', '一般公共服务支出', 2976800, 0, 2976800],
          ['20105', '统计信息事务', 627600, 0, 627600],
          ['2010506', '统计管理', 26300, 0, 26300],
          ['2010507', '专项普查活动', 601300, 0, 601300],
          ['20129', '群众团体事务', 454100, 0, 454100],
        ]
      : [
          ['201', '一般公共服务支出', 2932700, 0, 2932700],
          ['20105', '统计信息事务', 257700, 0, 257700],
          ['2010507', '专项普查活动', 257700, 0, 257700],
          ['20129', '群众团体事务', 426000, 0, 426000],
        ];
  return {
    kind: 'general_public_expenditure',
    title: `${year}年部门一般公共预算支出功能分类预算表`,
    label: null,
    phase: 'budget',
    unitOfMeasure: '元',
    measures: [
      { key: 'total', label: '一般公共预算支出/合计' },
      { key: 'basic', label: '一般公共预算支出/基本支出' },
      { key: 'project', label: '一般公共预算支出/项目支出' },
    ],
    totals: [],
    lines: lines.map(([code, name, total, basic, project], row) => ({
      side: 'expenditure',
      code,
      scheme: 'functional',
      level: code.length === 3 ? 1 : code.length === 5 ? 2 : 3,
      name,
      codes: [],
      unit: null,
      values: { total, basic, project },
      source: { table: 0, row: row + 4 },
    })),
    empty: false,
    note: null,
    source: { table: 0 },
  };
}

/** A notice with a fiscal table, percentages and extra classifications: the langfang shell carrying Putuo's 2023 功能分类 lines. */
export async function withFiscalLines(): Promise<Disclosure> {
  const d = clone(await convertSample('langfang-org-2023.docx'));
  d.source = { ...d.source, file: 'fiscal-fixture.docx', sha256: 'f'.repeat(64) };
  const table = putuoGeneralPublicExpenditure(2023);
  table.measures.push({ key: 'changePct', label: '比上年增减%' });
  table.lines[0].values.changePct = -1.48;
  table.lines[1].codes = [{ scheme: 'economic_government', code: '50502', name: '商品和服务支出' }];
  d.fiscalTables = [table];
  return d;
}
