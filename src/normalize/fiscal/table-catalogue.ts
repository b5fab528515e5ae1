// The alias catalogue of the standard disclosure tables: which printed title
// (or title fragment) names which kind. Kept as data so a new region's wording
// is one line here. Entries are tried in order and the first whose alias occurs
// in the folded title wins, so the narrower names come first ("财政拨款收支"
// before "收支总表", "基本支出" before "一般公共预算支出").
import type { FiscalTableKind } from '../../schema/canonical.js';

export interface TableAlias {
  kind: FiscalTableKind;
  /** Title fragments (after folding: no spaces, no quotes, 预（决）算 kept as printed). */
  aliases: readonly string[];
}

export const tableCatalogue: readonly TableAlias[] = [
  { kind: 'three_public', aliases: ['三公'] },
  // After 三公: a “三公”经费及机关运行经费表 is the “三公” table.
  { kind: 'operating_expenses', aliases: ['机关运行经费'] },
  // Before the spending tables: 财政拨款结转资金支出表 spends what earlier years' appropriations left.
  { kind: 'carryover_expenditure', aliases: ['结转资金支出', '结转结余资金支出'] },
  { kind: 'government_fund_expenditure', aliases: ['政府性基金'] },
  { kind: 'state_capital_expenditure', aliases: ['国有资本经营'] },
  { kind: 'purchased_services', aliases: ['政府购买服务', '购买服务预算表', '购买服务明细表'] },
  { kind: 'appropriation_summary', aliases: ['财政拨款收支', '财政拨款收入支出'] },
  {
    kind: 'income_expenditure_summary',
    aliases: ['收支总表', '收支预算总表', '收支决算总表', '财务收支', '收支总体情况表', '收入支出总表', '收入支出预算总表', '收入支出决算总表'],
  },
  // Narrower spending tables before the wider names they contain (基本支出总表 is not the 支出总表,
  // 一般公共预算财政拨款支出决算表 not the 支出决算表).
  { kind: 'basic_expenditure', aliases: ['基本支出'] },
  {
    kind: 'general_public_expenditure',
    aliases: ['一般公共预算支出', '一般公共预算拨款支出', '一般公共预算财政拨款支出', '财政拨款支出'],
  },
  { kind: 'project_expenditure', aliases: ['项目支出及其他支出', '项目支出总表', '项目支出表', '项目支出预算表', '项目支出决算表', '项目支出情况表', '专项业务经费支出表', '项目支出明细表'] },
  { kind: 'income', aliases: ['收入总表', '收入预算总表', '收入决算总表', '收入总体情况表', '收入预算表', '收入决算表'] },
  { kind: 'expenditure', aliases: ['支出总表', '支出预算总表', '支出决算总表', '支出总体情况表', '支出决算表'] },
];
