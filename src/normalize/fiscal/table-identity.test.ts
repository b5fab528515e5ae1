import { describe, expect, it } from 'vitest';
import { kindFromTitle, phaseOf } from './table-identity.js';

// Titles and labels copied from the real notices in samples/real/.
describe('kindFromTitle', () => {
  it.each([
    ['部门收支总表', 'income_expenditure_summary'],
    ['2023年部门财务收支预算总表', 'income_expenditure_summary'],
    ['2026年部门收支总体情况表', 'income_expenditure_summary'],
    ['部门综合预算收支总表', 'income_expenditure_summary'],
    ['2026 年度收支预算总表', 'income_expenditure_summary'],
    ['部门收入总表', 'income'],
    ['2023年部门收入预算总表', 'income'],
    ['2026年部门收入总体情况表', 'income'],
    ['部门支出总表', 'expenditure'],
    ['2026年部门支出总体情况表', 'expenditure'],
    ['财政拨款收支总表', 'appropriation_summary'],
    ['2023年部门财政拨款收支预算总表', 'appropriation_summary'],
    ['一般公共预算支出表', 'general_public_expenditure'],
    ['2023年部门一般公共预算支出功能分类预算表', 'general_public_expenditure'],
    ['部门综合预算一般公共预算支出明细表（按支出经济分类科目）', 'general_public_expenditure'],
    ['2026 年度一般公共预算拨款支出预算表', 'general_public_expenditure'],
    ['一般公共预算基本支出表', 'basic_expenditure'],
    ['2023年部门一般公共预算基本支出部门预算经济分类预算表', 'basic_expenditure'],
    ['财政拨款预算“三公”经费支出表', 'three_public'],
    ['2026 年财政拨款 “三公 ” 经费支出情况表', 'three_public'],
    ['部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表', 'three_public'],
    ['2023年部门“三公”经费和机关运行经费预算表', 'three_public'],
    ['政府性基金预算支出表', 'government_fund_expenditure'],
    ['部门综合预算政府性基金收支表', 'government_fund_expenditure'],
    ['国有资本经营预算支出表', 'state_capital_expenditure'],
    ['部门综合预算专项业务经费支出表', 'project_expenditure'],
    ['财政拨款政府购买服务明细表', 'purchased_services'],
    // Shenzhen 2026 (表4), and the 决算 set (Foshan 2019, Shanghai Putuo 2024, Xi'an 2022)
    ['基本支出总表', 'basic_expenditure'],
    ['收入支出决算总表', 'income_expenditure_summary'],
    ['财政拨款收入支出决算总表', 'appropriation_summary'],
    ['收入决算表', 'income'],
    ['支出决算表', 'expenditure'],
    ['一般公共预算财政拨款支出决算表', 'general_public_expenditure'],
    ['一般公共预算财政拨款基本支出决算表', 'basic_expenditure'],
    ['政府性基金预算财政拨款收入支出决算表', 'government_fund_expenditure'],
  ])('%s → %s', (title, kind) => {
    expect(kindFromTitle(title)).toBe(kind);
  });
  it('gives null for a title the catalogue does not know', () => {
    expect(kindFromTitle('部门综合预算政府采购目录表')).toBeNull();
  });

  it('knows the carried-over appropriation and 机关运行经费 tables (Xi’an, Jiangsu), a “三公” table naming 机关运行经费 as well', () => {
    expect(kindFromTitle('部门综合预算财政拨款上年结转资金支出表')).toBe('carryover_expenditure');
    expect(kindFromTitle('2022部门综合预算财政拨款结转资金支出表')).toBe('carryover_expenditure');
    expect(kindFromTitle('一般公共预算机关运行经费支出预算表')).toBe('operating_expenses');
    expect(kindFromTitle('一般公共预算“三公”经费、机关运行经费支出预算表')).toBe('three_public');
  });
});

describe('phaseOf', () => {
  it('tells final accounts from budgets', () => {
    expect(phaseOf('2023年部门收支决算总表', [])).toBe('final_accounts');
    expect(phaseOf('一般公共预算财政拨款支出表', ['决算数'])).toBe('final_accounts');
    expect(phaseOf('2026年一般公共预算“三公”经费支出情况表', ['三公经费预（决）算数（财政拨款）'])).toBe('budget');
  });
});
