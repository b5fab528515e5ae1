import { describe, expect, it } from 'vitest';
import { toGrid } from './grid.js';
import { columnsByAlias, readHeader } from './header.js';

const cell = (text: string, rowSpan = 1, colSpan = 1) => ({ text, rowSpan, colSpan });

describe('readHeader', () => {
  it('joins a two-row spanning header per column and stops at the first data row', () => {
    const grid = toGrid([
      [cell('政府采购项目来源', 1, 2), cell('采购物品名称', 2), cell('政府采购金额', 1, 2)],
      [cell('项目名称'), cell('预算资金'), cell('合计'), cell('一般公共预算拨款')],
      [cell('合计', 1, 3), cell('367.80'), cell('367.80')],
      [cell('机关工作经费'), cell('500.00'), cell('其他印刷服务'), cell('260.00'), cell('260.00')],
    ]);
    expect(readHeader(grid)).toEqual({
      start: 0,
      bodyStart: 2,
      paths: ['政府采购项目来源/项目名称', '政府采购项目来源/预算资金', '采购物品名称', '政府采购金额/合计', '政府采购金额/一般公共预算拨款'],
    });
  });

  it('skips a title row and caption rows printed inside the table', () => {
    const grid = toGrid([
      [cell('固定资产占用情况表', 1, 3)],
      [cell('编制部门：某部门', 1, 2), cell('截止时间：2022年12月31日')],
      [cell('项目'), cell('数量'), cell('价值（金额单位：万元）')],
      [cell('资产总额'), cell('——'), cell('2253.98')],
    ]);
    expect(readHeader(grid)).toEqual({ start: 2, bodyStart: 3, paths: ['项目', '数量', '价值（金额单位：万元）'] });
  });

  it('skips a caption row whose body name lost its label (`江苏省人民检察院 | 单位：万元`)', () => {
    const grid = toGrid([[cell('江苏省人民检察院', 1, 2), cell('单位：万元')], [cell('项目名称'), cell('金额', 1, 2)], [cell('一般公共预算'), cell('17,981.68', 1, 2)]]);
    expect(readHeader(grid)).toMatchObject({ start: 1, bodyStart: 2 });
  });

  it('opens the body at a blank 合计 under the name column when no header cell spans into it (Beijing 预算07表)', () => {
    const grid = toGrid([[cell('科目编码'), cell('科目名称'), cell('合计')], [cell(''), cell('合计'), cell('')]]);
    expect(readHeader(grid)).toMatchObject({ bodyStart: 1, paths: ['科目编码', '科目名称', '合计'] });
  });

  it('treats a bare total row as the body of an empty table', () => {
    const grid = toGrid([[cell('项目'), cell('金额')], [cell('合计'), cell('')]]);
    expect(readHeader(grid).bodyStart).toBe(1);
  });

  it('reads 合计 as a column name when it is not in the first column', () => {
    const grid = toGrid([
      [cell('项目名称', 2), cell('资金来源', 1, 2)],
      [cell('合计'), cell('一般公共预算拨款')],
      [cell('印刷'), cell('1.00'), cell('1.00')],
    ]);
    expect(readHeader(grid)).toEqual({ start: 0, bodyStart: 2, paths: ['项目名称', '资金来源/合计', '资金来源/一般公共预算拨款'] });
  });

  it('reads a 小计 under a header cell spanning down as a column name (Changsha 三公 table)', () => {
    const grid = toGrid([
      [cell('部门名称', 2), cell('三公经费预（决）算数（财政拨款）', 1, 2)],
      [cell('小计'), cell('公务接待费')],
      [cell('合计'), cell('8.00'), cell('3.00')],
    ]);
    expect(readHeader(grid)).toMatchObject({ bodyStart: 2, paths: ['部门名称', '三公经费预（决）算数（财政拨款）/小计', '三公经费预（决）算数（财政拨款）/公务接待费'] });
  });

  it('reads a 合计 beside other column names as a column name (三公 tables)', () => {
    const grid = toGrid([
      [cell('合计'), cell('因公出国（境）费'), cell('公务接待费')],
      [cell('112.61'), cell('68.50'), cell('5.51')],
    ]);
    expect(readHeader(grid).bodyStart).toBe(1);
  });

  it('reads a table with no data rows as all header', () => {
    const grid = toGrid([[cell('采购品目'), cell('金额')]]);
    expect(readHeader(grid)).toEqual({ start: 0, bodyStart: 1, paths: ['采购品目', '金额'] });
  });
});

describe('columnsByAlias', () => {
  it('gives each column the first alias that matches, in column order', () => {
    const aliases = [
      { key: 'nonFiscal', pattern: /非财政拨款结转/ },
      { key: 'fiscal', pattern: /财政拨款结转/ },
      { key: 'code', pattern: /科目编码/ },
    ] as const;
    const paths = ['科目编码/类', '科目编码/款', '财政拨款结转', '非财政拨款结转结余', '说明', ''];
    expect(columnsByAlias(paths, aliases)).toEqual({ code: [0, 1], fiscal: [2], nonFiscal: [3] });
  });
});
