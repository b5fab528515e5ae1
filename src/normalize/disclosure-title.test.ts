import { describe, expect, it } from 'vitest';
import { parseTitle } from './disclosure-title.js';

describe('notice titles across the genre', () => {
  it.each([
    ['中共廊坊市委组织部2023年单位预算信息公开情况说明', 2023, 'budget', 'unit', '中共廊坊市委组织部'],
    ['XX县农业农村局2024年部门决算', 2024, 'final_accounts', 'department', 'XX县农业农村局'],
    ['2025年XX市财政局部门预算公开', 2025, 'budget', 'department', 'XX市财政局'],
    ['关于XX区教育局2023年度部门决算的说明', 2023, 'final_accounts', 'department', 'XX区教育局'],
    ['XX市图书馆二〇二六年度单位预算', 2026, 'budget', 'unit', 'XX市图书馆'],
    ['上海市普陀区2024年区级部门预算', 2024, 'budget', 'department', '上海市普陀区'],
    ['西安市人民政府办公厅（汇总）2026年部门预算公开说明', 2026, 'budget', 'department', '西安市人民政府办公厅'],
    ['广州市生态环境局2026年项目支出绩效目标表（含转移支付项目）', 2026, 'budget', null, '广州市生态环境局'],
    ['2026年度部门预算信息公开', 2026, 'budget', 'department', ''],
    // A year printed without 年 (a cover line `2026 部门预算`).
    ['北京市审计局2026部门预算', 2026, 'budget', 'department', '北京市审计局'],
  ])('%s', (title, fiscalYear, stage, scope, body) => {
    expect(parseTitle(title)).toEqual({ fiscalYear, stage, scope, body });
  });

  it.each([
    '关于召开2024年部门预算编制工作会议的通知',
    '我市2024年部门预算公开工作圆满完成',
    '关于批复2023年部门预算的通知',
    'XX市2025年国民经济和社会发展计划',
    '2024年度财政预算执行情况审计工作报告会召开',
  ])('%s is no notice title', (text) => {
    expect(parseTitle(text)).toBeNull();
  });
});
