import { describe, expect, it } from 'vitest';
import type { PageTable, TableCell } from './geometry.js';
import { continuesTable, joinTableParts } from './continuation.js';
import type { Line } from './lines.js';

// Xi'an 住建局 2022 表10 (专项业务经费支出表), pp. 53–54: the page ends on a unit's row and the
// next page opens with a project row (no code) under it. Column edges in points.
const xs = [55, 163, 374, 541, 800];

function part(rows: string[][], top: number, edges: readonly number[] = xs): PageTable {
  const ys = rows.map((_, i) => top + 16 * i).concat(top + 16 * rows.length);
  const cells: TableCell[] = rows.flatMap((texts, row) =>
    texts.map((text, column) => ({ row, column, rowSpan: 1, colSpan: 1, text, bbox: [edges[column], ys[row], edges[column + 1], ys[row + 1]] as [number, number, number, number] })),
  );
  return { bbox: [edges[0], ys[0], edges.at(-1)!, ys.at(-1)!], xs: [...edges], ys, cells, textLeft: edges[0] + 2 };
}

describe('joinTableParts', () => {
  it('takes a page opening with a figure under a whole figure for a new row, not the rest of the cut one', () => {
    const rows = joinTableParts(
      [
        { page: 53, pageLines: [], table: part([['单位编码', '单位（项目）名称', '项目金额', '项目简介'], ['253013', '西安市保障性住房管理中心', '2049636600.00', '']], 500) },
        { page: 54, pageLines: [], table: part([['', '专用项目', '2049636600.00', '']], 60) },
      ],
      2,
    );
    expect(rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['单位编码', '单位（项目）名称', '项目金额', '项目简介'],
      ['253013', '西安市保障性住房管理中心', '2049636600.00', ''],
      ['', '专用项目', '2049636600.00', ''],
    ]);
  });

  it('still joins the rest of a row the page break cut (text running on, no figure)', () => {
    const rows = joinTableParts(
      [
        { page: 53, pageLines: [], table: part([['单位编码', '单位（项目）名称', '项目金额', '项目简介'], ['', '住房和城乡建设法律顾问及案件', '265000.00', '']], 500) },
        { page: 54, pageLines: [], table: part([['', '代理费', '', '']], 60) },
      ],
      2,
    );
    expect(rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['单位编码', '单位（项目）名称', '项目金额', '项目简介'],
      ['', '住房和城乡建设法律顾问及案件代理费', '265000.00', ''],
    ]);
  });
});

// Xi'an 统计局 2026 部门整体支出绩效目标表, pp. 50–51: p. 51 prints only the columns right of 一级指标,
// whose merged 产出指标 cell runs on from p. 50 with no ruling of its own. Column edges in points.
describe('a page printing only the right-hand columns of a table', () => {
  const wide = [56, 83, 123, 361, 486, 539];
  const narrow = wide.slice(1);
  const p50 = part([['产出指标', '质量指标', '调查数据准确率（%）', '100', '3']], 700, wide);
  const p51 = part([['质量指标', '社情民意调查访问覆盖率（%）', '100', '3'], ['时效指标', '数据上报及时率（%）', '100', '3']], 72, narrow);
  const line = (text: string, x0: number, y0: number): Line => ({ glyphs: [], text, x0, y0, x1: x0 + 20, y1: y0 + 10, size: 10 });

  it('continues the table, the blank column under the merged cell above', () => {
    expect(continuesTable({ page: 50, table: p50, pageLines: [] }, { page: 51, table: p51, pageLines: [] }, 2)).toBe(true);
    const rows = joinTableParts([{ page: 50, table: p50, pageLines: [] }, { page: 51, table: p51, pageLines: [] }], 2);
    expect(rows.map((row) => row.map((cell) => [cell.text, cell.rowSpan]))).toEqual([
      [['产出指标', 3], ['质量指标', 1], ['调查数据准确率（%）', 1], ['100', 1], ['3', 1]],
      [['质量指标', 1], ['社情民意调查访问覆盖率（%）', 1], ['100', 1], ['3', 1]],
      [['时效指标', 1], ['数据上报及时率（%）', 1], ['100', 1], ['3', 1]],
    ]);
  });

  it('is a table of its own where the page prints text beside it (what the blank columns hold there)', () => {
    expect(continuesTable({ page: 50, table: p50, pageLines: [] }, { page: 51, table: p51, pageLines: [line('传染病防治项目', 58, 90)] }, 2)).toBe(false);
  });
});

// Guangzhou 卫健委 2026 表12 (部门预算项目支出及其他支出预算表), pp. 69–70: each page sizes its columns to its own
// text, so the same five columns stand at different edges on the two pages. Column edges in points.
describe('pages of one table drawing their columns at different edges', () => {
  const p69 = part([['支出项目类别（资金使用单位）', '总计', '财政拨款', '其他资金', '绩效目标'], ['职业病与化学中毒救援项目', '749.97', '749.97', '0.00', '高质量完成职业病…']], 100, [40, 150, 200, 250, 300, 560]);
  const p70 = part([['机构运行辅助经费', '5,376.80', '0.00', '5,376.80', '通过落实编制…']], 60, [40, 130, 180, 245, 310, 560]);

  it('joins their k-th columns into one column, not the union of their edges', () => {
    const rows = joinTableParts([{ page: 69, table: p69, pageLines: [] }, { page: 70, table: p70, pageLines: [] }], 2);
    expect(rows.map((row) => row.map((cell) => [cell.text, cell.colSpan]))).toEqual([
      [['支出项目类别（资金使用单位）', 1], ['总计', 1], ['财政拨款', 1], ['其他资金', 1], ['绩效目标', 1]],
      [['职业病与化学中毒救援项目', 1], ['749.97', 1], ['749.97', 1], ['0.00', 1], ['高质量完成职业病…', 1]],
      [['机构运行辅助经费', 1], ['5,376.80', 1], ['0.00', 1], ['5,376.80', 1], ['通过落实编制…', 1]],
    ]);
  });
});
