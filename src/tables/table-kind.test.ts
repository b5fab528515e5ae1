import { describe, expect, it } from 'vitest';
import { tableKind } from './table-kind.js';

// Titles and header cells copied from real notices.
describe('tableKind', () => {
  it('lets the title decide: a 支出总表 with a 政府采购 column is fiscal (Shenzhen 2026 表3)', () => {
    const header = ['预算单位', '科目编码', '科目名称', '支出总计', '基本支出', '项目支出', '2026年政府采购项目', '小计'];
    expect(tableKind('支出总表', header, [])).toBe('fiscal');
    expect(tableKind(null, header, [])).toBe('procurement');
  });

  it('reads an untitled list of budget units (序号 | 单位名称 | 拟变动情况; 序号 | 单位, both Xi’an) as organization', () => {
    expect(tableKind(null, ['序号', '单位名称', '拟变动情况', '1', '西安市信访局本级（机关）'], ['序号', '单位名称', '拟变动情况'])).toBe('organization');
    expect(tableKind(null, ['序号', '单位', '1', '西安市发展和改革委员会（本级）（行政）'], ['序号', '单位'])).toBe('organization');
    // A column of figures makes it another table.
    expect(tableKind(null, ['序号', '单位名称', '金额'], ['序号', '单位名称', '金额'])).toBe('other');
  });

  it('reads performance tables from the title or, untitled, from the indicator header', () => {
    expect(tableKind('部门整体支出绩效目标表', ['单位名称', '年度目标'], [])).toBe('performance_overall');
    expect(tableKind(null, ['一级指标', '二级指标', '三级指标', '指标值'], [])).toBe('performance_project');
  });

  it('names procurement, asset and fiscal tables by their title words', () => {
    expect(tableKind('政府采购预算表', ['项目名称', '采购品目'], [])).toBe('procurement');
    expect(tableKind('国有资产占用情况表', ['项目', '合计'], [])).toBe('assets');
    expect(tableKind('收入支出决算总表', ['收入', '支出', '项目', '行次', '决算数'], [])).toBe('fiscal');
    expect(tableKind('目录', ['序号', '表名', '页码'], [])).toBe('other');
    // 西安市卫生健康委员会 2022 部门决算 p. 145: a list of the tables under a part heading.
    expect(tableKind('第三部分2022年度部门决算表', ['序号', '内容', '是否空表', '表格为空的理由', '表1', '收入支出决算总表', '否'], [])).toBe('other');
  });
});
