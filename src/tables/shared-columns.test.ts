import { describe, expect, it } from 'vitest';
import { sharedColumns } from './shared-columns.js';

describe('sharedColumns', () => {
  // Guangzhou 卫健委 2026 表12, pp. 69–70 joined: 总计 spans two grid columns; p. 69 prints its
  // figures in the first, p. 70 (column edges one step right) in the second.
  const paths = ['支出项目类别', '总计', '总计', '财政拨款/合计', '财政拨款/合计', '绩效目标'];
  it('groups columns under one header path when each row prints in one of them', () => {
    const rows = [
      ['职业病与化学中毒', '749.97', '', '749.97', '', '高质量完成'],
      ['机构运行辅助经费', '', '5,376.80', '', '0.00', '通过落实编制'],
    ];
    expect([...sharedColumns(paths, rows)]).toEqual([
      [1, [1, 2]],
      [3, [3, 4]],
    ]);
  });
  it("looks at figures only: a page's words may stray into the columns beside", () => {
    const rows = [['机构运行辅助经费', '', '5,376.80', '0.00', '通过落实编制', '']];
    expect([...sharedColumns(paths, rows)]).toEqual([
      [1, [1, 2]],
      [3, [3, 4]],
    ]);
  });
  it('keeps columns apart where a row prints a figure in both', () => {
    const rows = [['职业病与化学中毒', '749.97', '1.00', '749.97', '', '高质量完成']];
    expect([...sharedColumns(paths, rows)]).toEqual([[3, [3, 4]]]);
  });
  it('never groups columns without a header path', () => {
    expect(sharedColumns(['', '', '合计'], [['', 'a', '1']]).size).toBe(0);
  });
});
