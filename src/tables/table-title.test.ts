import { describe, expect, it } from 'vitest';
import { printedTitle } from './table-title.js';

// Lines printed above real tables (nearest first).
describe('printedTitle', () => {
  it('takes a title run together with its caption on one line up to the caption (Guangzhou 2026 表6)', () => {
    expect(printedTitle([], ['表6一般公共预算基本支出情况表（按经济分类科目）单位名称：广州市城市管理和综合执法局 单位：万元'])).toBe(
      '表6一般公共预算基本支出情况表（按经济分类科目）',
    );
  });

  it('steps over a caption line to the title above it (Foshan 2019 决算 表1)', () => {
    expect(printedTitle([], ['部门： 佛山市轨道交通局 单位：万元', '收入支出决算总表', '表 1'])).toBe('收入支出决算总表');
    expect(printedTitle([], ['单位名称：某局', '单位：万元', '收支总表'])).toBe('收支总表');
  });
});
