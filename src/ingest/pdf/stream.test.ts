import { describe, expect, it } from 'vitest';
import type { Glyph } from './geometry.js';
import { groupLines } from './lines.js';
import { findStreamTables } from './stream.js';

/** Text set at (x, y) in 10-point type, one em per CJK character and half an em otherwise. */
function text(value: string, x: number, y: number): Glyph[] {
  let at = x;
  return Array.from(value).map((c) => {
    const width = /[\u4E00-\u9FFF]/u.test(c) ? 10 : 5;
    const glyph = { text: c, x0: at, y0: y, x1: at + width, y1: y + 10, size: 10 };
    at += width;
    return glyph;
  });
}

describe('findStreamTables', () => {
  it('reads columns separated by white channels as a table, and leaves the prose around it', () => {
    const lines = groupLines([
      ...text('下表列示本年支出。', 50, 50),
      ...text('科目', 50, 80), ...text('名称', 150, 80), ...text('金额', 300, 80),
      ...text('201', 50, 95), ...text('一般公共服务支出', 150, 95), ...text('1,234.50', 290, 95),
      ...text('20101', 50, 110), ...text('人大事务', 150, 110), ...text('34.50', 305, 110),
      ...text('以上为本年预算。', 50, 140),
    ]);
    const { tables, rest } = findStreamTables(lines);
    expect(rest.map((l) => l.text)).toEqual(['下表列示本年支出。', '以上为本年预算。']);
    expect(tables).toHaveLength(1);
    const grid = tables[0].cells.map((c) => `${c.row},${c.column}:${c.text}`);
    expect(grid).toEqual(['0,0:科目', '0,1:名称', '0,2:金额', '1,0:201', '1,1:一般公共服务支出', '1,2:1,234.50', '2,0:20101', '2,1:人大事务', '2,2:34.50']);
  });

  it('does not take two form lines for a table', () => {
    const lines = groupLines([...text('联系人：张三', 50, 50), ...text('电话：12345', 250, 50), ...text('地址：某路', 50, 65), ...text('邮编：100000', 250, 65)]);
    expect(findStreamTables(lines).tables).toHaveLength(0);
  });

  it('refuses a run whose pieces straddle the would-be columns', () => {
    const lines = groupLines([
      ...text('甲', 50, 50), ...text('乙', 200, 50),
      ...text('一段很长的文字跨过了栏间的空白', 50, 65), ...text('丙', 300, 65),
      ...text('丁', 50, 80), ...text('戊', 200, 80),
    ]);
    expect(findStreamTables(lines).tables).toHaveLength(0);
  });
});
