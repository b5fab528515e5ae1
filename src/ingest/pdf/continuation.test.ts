import { describe, expect, it } from 'vitest';
import type { PageTable, TableCell } from './geometry.js';
import { joinTableParts } from './continuation.js';

// Xi'an 住建局 2022 表10 (专项业务经费支出表), pp. 53–54: the page ends on a unit's row and the
// next page opens with a project row (no code) under it. Column edges in points.
const xs = [55, 163, 374, 541, 800];

function part(rows: string[][], top: number): PageTable {
  const ys = rows.map((_, i) => top + 16 * i).concat(top + 16 * rows.length);
  const cells: TableCell[] = rows.flatMap((texts, row) =>
    texts.map((text, column) => ({ row, column, rowSpan: 1, colSpan: 1, text, bbox: [xs[column], ys[row], xs[column + 1], ys[row + 1]] as [number, number, number, number] })),
  );
  return { bbox: [xs[0], ys[0], xs[4], ys.at(-1)!], xs, ys, cells, textLeft: xs[0] + 2 };
}

describe('joinTableParts', () => {
  it('takes a page opening with a figure under a whole figure for a new row, not the rest of the cut one', () => {
    const rows = joinTableParts(
      [
        { page: 53, table: part([['单位编码', '单位（项目）名称', '项目金额', '项目简介'], ['253013', '西安市保障性住房管理中心', '2049636600.00', '']], 500) },
        { page: 54, table: part([['', '专用项目', '2049636600.00', '']], 60) },
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
        { page: 53, table: part([['单位编码', '单位（项目）名称', '项目金额', '项目简介'], ['', '住房和城乡建设法律顾问及案件', '265000.00', '']], 500) },
        { page: 54, table: part([['', '代理费', '', '']], 60) },
      ],
      2,
    );
    expect(rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['单位编码', '单位（项目）名称', '项目金额', '项目简介'],
      ['', '住房和城乡建设法律顾问及案件代理费', '265000.00', ''],
    ]);
  });
});
