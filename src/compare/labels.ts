// Chinese names for what the comparison reports show: measure keys, table kinds,
// statuses. Data tables, so a report never prints a raw key.
import type { FiscalTable } from '../schema/canonical.js';

/** Measure keys of the fiscal tables (src/normalize/fiscal/measure-words.ts) → the column as a reader names it. */
export const measureLabels: Record<string, string> = {
  total: '合计',
  currentYear: '本年收入',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  publicOperation: '公用经费',
  reserve: '单位预留机动经费',
  carryForward: '结转下年',
  fiscalAppropriation: '财政拨款',
  generalPublicBudget: '一般公共预算',
  governmentFund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
  specialAccount: '财政专户管理资金',
  specialFunds: '专项资金',
  business: '事业收入',
  educationFees: '教育收费',
  businessOperation: '事业单位经营收入',
  superiorSubsidy: '上级补助收入',
  subordinateRemit: '附属单位上缴收入',
  subordinateSubsidy: '对附属单位补助支出',
  superiorRemit: '上缴上级支出',
  other: '其他收入',
  unitFunds: '单位资金',
  carryover: '上年结转',
  nonFiscalSurplus: '使用非财政拨款结余',
  priorYearAccountBalance: '上年实户资金余额',
  operatingExpenses: '机关运行经费',
  overseasTravel: '因公出国（境）费',
  vehicles: '公务用车购置及运行费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行费',
  reception: '公务接待费',
  meeting: '会议费',
  training: '培训费',
  totalWithMeetingTraining: '合计（含会议费、培训费）',
  change: '增减',
  changePct: '增减率',
  excludingCapitalConstruction: '扣除基建',
  priorYear: '上年',
  budget: '预算数',
  actual: '决算数',
};

/** A measure key, dotted keys part by part (`priorYear.total` → 上年·合计); a key the table does not name falls back to the printed header. */
export function measureLabel(key: string, printed: string | null = null): string {
  const parts = key.split('.');
  if (parts.every((part) => part in measureLabels)) return parts.map((part) => measureLabels[part]).join('·');
  return printed ?? key;
}

export const tableKindLabels: Record<FiscalTable['kind'], string> = {
  income_expenditure_summary: '收支总表',
  income: '收入总表',
  expenditure: '支出总表',
  appropriation_summary: '财政拨款收支总表',
  general_public_expenditure: '一般公共预算支出表',
  basic_expenditure: '一般公共预算基本支出表',
  three_public: '“三公”经费表',
  government_fund_expenditure: '政府性基金预算支出表',
  state_capital_expenditure: '国有资本经营预算支出表',
  project_expenditure: '项目支出表',
  purchased_services: '政府购买服务预算表',
  operating_expenses: '机关运行经费支出表',
  carryover_expenditure: '财政拨款结转资金支出表',
  other: '其他表',
};

export const sideLabels: Record<'revenue' | 'expenditure', string> = { revenue: '收入', expenditure: '支出' };

export const statusLabels = {
  added: '新增',
  removed: '取消',
  changed: '变化',
  unchanged: '持平',
} as const;

export const stageLabels = { budget: '预算', final_accounts: '决算' } as const;

/** The comparison's warnings as the report states them. */
export const warningLabels: Record<string, string> = {
  DIFFERENT_UNIT: '两份公告不是同一单位',
  YEARS_NOT_CONSECUTIVE: '两份公告的年度不是相邻的两年',
  DIFFERENT_STAGE: '一份是预算、一份是决算',
  DIFFERENT_YEAR: '预算与决算不是同一年度',
  NOT_BUDGET_AND_FINAL: '执行情况比较需要先预算、后决算',
};

/** Procurement line fields compared between two notices. */
export const procurementFieldLabels: Record<string, string> = {
  projectBudget: '项目预算',
  quantity: '数量',
  unitPrice: '单价',
  amount: '采购金额',
  'funding.generalPublicBudget': '资金来源·一般公共预算',
  'funding.governmentFund': '资金来源·政府性基金预算',
  'funding.stateCapital': '资金来源·国有资本经营预算',
  'funding.specialAccount': '资金来源·财政专户管理资金',
  'funding.unitFunds': '资金来源·单位资金',
  'funding.fiscalCarryover': '资金来源·财政拨款结转',
  'funding.nonFiscalCarryover': '资金来源·非财政拨款结转',
  smeReserved: '预留中小企业份额',
};
