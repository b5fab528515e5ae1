import { describe, expect, it } from 'vitest';
import { isRowNumberColumn, priorYearColumns, yearOfColumn } from './column-words.js';

// Header paths as src/tables/header.ts joins them, copied from real notices.
describe('isRowNumberColumn', () => {
  it.each([
    ['序号', true], // Xi'an 2022 部门综合预算 tables
    ['收入/行次', true], // Foshan 2019 收入支出决算总表
    ['栏次', true],
    ['项目编号', false],
    ['科目编码', false],
    ['合计', false],
  ])('%s → %s', (path, expected) => {
    expect(isRowNumberColumn(path)).toBe(expected);
  });
});

describe('priorYearColumns', () => {
  it("takes the earlier year's block of a 三公 table as the prior year's (Xi'an 2022 表13: 2021年 | 2022年 | 增减变化情况)", () => {
    const paths = [
      '序号',
      '单位编码',
      '单位名称',
      '2021年/合计',
      '2021年/一般公共预算拨款安排的“三公”经费预算/小计',
      '2022年/合计',
      '2022年/一般公共预算拨款安排的“三公”经费预算/小计',
      '增减变化情况/合计',
    ];
    expect([...priorYearColumns(paths)]).toEqual([3, 4]);
  });

  it('takes 2025年预算数 beside 2026年预算数 as the prior year (Chongqing 2026 表五)', () => {
    expect([...priorYearColumns(['科目编码', '科目名称', '2025年预算数', '2026年预算数/合计', '2026年预算数/基本支出', '2026年预算数/项目支出'])]).toEqual([2]);
  });

  it('finds no prior year where the header names one year, or only compares two', () => {
    expect(priorYearColumns(['科目编码', '科目名称', '2026年预算数/合计', '2026年预算数/基本支出']).size).toBe(0);
    expect(yearOfColumn('2026年预算数比2025年执行数/增减额')).toBeNull();
    expect(priorYearColumns(['科目名称', '2026年预算数', '2026年预算数比2025年执行数/增减额']).size).toBe(0);
  });
});
