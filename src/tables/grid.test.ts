import { describe, expect, it } from 'vitest';
import { rowTexts, toGrid } from './grid.js';

const cell = (text: string, rowSpan = 1, colSpan = 1) => ({ text, rowSpan, colSpan });

describe('toGrid', () => {
  it('places cells after row- and column-spanning cells from earlier rows', () => {
    const grid = toGrid([
      [cell('来源', 1, 2), cell('名称', 2), cell('金额', 1, 2)],
      [cell('项目'), cell('预算'), cell('合计'), cell('一般')],
      [cell('A'), cell('1'), cell('x'), cell('2'), cell('2')],
    ]);
    expect(rowTexts(grid, 0)).toEqual(['来源', '来源', '名称', '金额', '金额']);
    expect(rowTexts(grid, 1)).toEqual(['项目', '预算', '名称', '合计', '一般']);
    expect(grid[1][2].origin).toBe(false);
    expect(rowTexts(grid, 2)).toEqual(['A', '1', 'x', '2', '2']);
  });
  it('pads short rows with blank cells', () => {
    const grid = toGrid([[cell('a'), cell('b')], [cell('c')]]);
    expect(rowTexts(grid, 1)).toEqual(['c', '']);
  });
});
