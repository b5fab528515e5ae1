import { describe, expect, it } from 'vitest';
import { continuesTable, joinTableParts, type FlowItem } from './continuation.js';
import type { PageTable, TableCell } from './geometry.js';
import type { Line } from './lines.js';
import { withUnruledColumnsRead } from './unruled-columns.js';

// 北京市卫生健康委员会 2026 预算12表 (项目支出绩效目标表), pp. 70–72, column edges in points:
// 项目名称 | 项目总额 | 绩效目标 | 一级指标 | 二级指标 | 三级指标 | 指标值. P. 70 rules every column; a
// ruling across the whole table opens 传染病防治项目's merged cells over its last rows, which print
// nothing. Pp. 71 and 72 rule only the indicator columns; the project's code, name, budget and
// goals stand unruled to their left where the middle of its merged cells falls (p. 71's foot),
// the goal text running on at p. 72's head.
const xs = [38, 110, 243, 452, 509, 566, 623, 700];
const indicatorXs = xs.slice(3);

const cell = (row: number, column: number, text: string, ys: number[], rowSpan = 1): TableCell => ({
  row,
  column,
  rowSpan,
  colSpan: 1,
  text,
  bbox: [xs[column], ys[row], xs[column + 1], ys[row + rowSpan]],
});

function indicatorPart(rows: string[][], ys: number[]): PageTable {
  const cells = rows.flatMap((texts, row) =>
    texts.map((text, column) => ({ row, column, rowSpan: 1, colSpan: 1, text, bbox: [indicatorXs[column], ys[row], indicatorXs[column + 1], ys[row + 1]] as TableCell['bbox'] })),
  );
  return { bbox: [indicatorXs[0], ys[0], indicatorXs.at(-1)!, ys.at(-1)!], xs: indicatorXs, ys, cells, textLeft: indicatorXs[0] + 2 };
}

/** A page ruling every column: each project's three cells (code and name, budget, goals) over its rows, indicator rows beside them. */
function ruledPart(ys: number[], projects: { row: number; rows: number; texts: string[] }[], indicators: string[][]): PageTable {
  const cells = [
    ...projects.flatMap(({ row, rows, texts }) => texts.map((text, column) => cell(row, column, text, ys, rows))),
    ...indicators.flatMap((texts, row) => texts.map((text, i) => cell(row, 3 + i, text, ys))),
  ].sort((a, b) => a.row - b.row || a.column - b.column);
  return { bbox: [xs[0], ys[0], xs.at(-1)!, ys.at(-1)!], xs, ys, cells, textLeft: 40 };
}

/** A line of 8-point glyphs from `x0` on the baseline band at `y0`. */
function line(text: string, x0: number, y0: number): Line {
  const glyphs = [...text].map((ch, i) => ({ text: ch, x0: x0 + 4 * i, x1: x0 + 4 * (i + 1), y0, y1: y0 + 8, size: 8 }));
  return { glyphs, text, x0, y0, x1: x0 + 4 * text.length, y1: y0 + 8, size: 8 };
}

const p70 = ruledPart(
  [45, 153, 174, 237, 279, 300],
  [
    { row: 0, rows: 3, texts: ['11000026T000003879487-人才培养培训项目', '48.6', '提升院前急救水平。'] },
    { row: 3, rows: 2, texts: ['', '', ''] },
  ],
  [
    ['效益指标', '社会效益指标', '呼叫满意率', '95'],
    ['产出指标', '数量指标', '全年培训学习人数', '50'],
    ['产出指标', '时效指标', '项目完成时间', '12'],
    ['产出指标', '数量指标', '猩红热相关疾病监测人次', '1500'],
    ['产出指标', '数量指标', '手足口病病原学监测数', '1560'],
  ],
);
const p71 = indicatorPart(
  [
    ['产出指标', '数量指标', '人群健康期望寿命现场调查数量', '5000'],
    ['产出指标', '质量指标', '全人群死因监测覆盖率', '80'],
  ],
  [45, 66, 474],
);
const p71Beside = [
  line('按照全市疾控体系建设的总体目标，', 312, 403),
  line('11000023T00000205', 40, 440),
  line('预防控制本市发生重大传染病的流行。', 312, 440),
  line('8891-传染病防治项', 40, 449),
  line('691.786392', 120, 449),
  line('目', 40, 458),
  line('利用开源数据进行监测，通过整合全球', 312, 467),
];
const p72 = indicatorPart([['产出指标', '时效指标', '开源数据收集服务可使用时限', '1']], [45, 537]);
const p72Beside = [line('和本市传染病监测数据，开展风险评估。', 312, 49)];

const table = (page: number, table: PageTable, pageLines: Line[] = []): FlowItem => ({ kind: 'table', page, table, pageLines });
const lines = (page: number, all: Line[]): FlowItem[] => all.map((l) => ({ kind: 'line', page, line: l }));

describe('a page ruling only the right-hand columns of a table, the text of its left-hand columns printed beside them', () => {
  const flow = withUnruledColumnsRead(
    [table(70, p70), table(71, p71, p71Beside), ...lines(71, p71Beside), table(72, p72, p72Beside), ...lines(72, p72Beside)],
    2,
  );
  const parts = flow.flatMap((item) => (item.kind === 'table' ? [item] : []));

  it('reads that text into the columns, leaving no line of it in the flow', () => {
    expect(flow.map((item) => item.kind)).toEqual(['table', 'table', 'table']);
    expect(parts[1].table.xs).toEqual(xs);
    expect(continuesTable(parts[0], parts[1], 4) && continuesTable(parts[1], parts[2], 4)).toBe(true);
  });

  it('gives the text to the merged cells the page before opened, which run on through the parts', () => {
    const rows = joinTableParts(parts, 2);
    expect(rows.map((row) => row.map((c) => [c.text, c.rowSpan]))).toEqual([
      [['11000026T000003879487-人才培养培训项目', 3], ['48.6', 3], ['提升院前急救水平。', 3], ['效益指标', 1], ['社会效益指标', 1], ['呼叫满意率', 1], ['95', 1]],
      [['产出指标', 1], ['数量指标', 1], ['全年培训学习人数', 1], ['50', 1]],
      [['产出指标', 1], ['时效指标', 1], ['项目完成时间', 1], ['12', 1]],
      [
        ['11000023T000002058891-传染病防治项目', 5],
        ['691.786392', 5],
        ['按照全市疾控体系建设的总体目标，预防控制本市发生重大传染病的流行。利用开源数据进行监测，通过整合全球和本市传染病监测数据，开展风险评估。', 5],
        ['产出指标', 1], ['数量指标', 1], ['猩红热相关疾病监测人次', 1], ['1500', 1],
      ],
      [['产出指标', 1], ['数量指标', 1], ['手足口病病原学监测数', 1], ['1560', 1]],
      [['产出指标', 1], ['数量指标', 1], ['人群健康期望寿命现场调查数量', 1], ['5000', 1]],
      [['产出指标', 1], ['质量指标', 1], ['全人群死因监测覆盖率', 1], ['80', 1]],
      [['产出指标', 1], ['时效指标', 1], ['开源数据收集服务可使用时限', 1], ['1', 1]],
    ]);
  });

  it('leaves a part with text beside it outside the table’s width as it is', () => {
    const outside = [line('附注：单位为万元', 10, 440)];
    expect(withUnruledColumnsRead([table(70, p70), table(71, p71, outside), ...lines(71, outside)], 2).map((item) => item.kind)).toEqual(['table', 'table', 'line']);
  });
});

// The same table, pp. 117–118: p. 117 opens 眼研所改革与发展's merged cells with a ruling across the table
// over its last rows and prints nothing in them but the goals' first words; p. 118 rules every column but
// leaves the top of those cells open, and prints the project and the rest of its goals there.
describe('a merged cell opened empty at the foot of a page, its text on the next ruled page', () => {
  const p117 = ruledPart(
    [45, 66, 87, 100],
    [
      { row: 0, rows: 1, texts: ['11000026T000003813625-代谢性疾病新药研发', '490', '完成代谢性疾病药物机制探索。'] },
      { row: 1, rows: 2, texts: ['', '', '开发优化iPSC建系'] },
    ],
    [
      ['满意度指标', '服务对象满意度指标', '服务对象满意度', '90'],
      ['产出指标', '数量指标', '申请专利', '1'],
      ['产出指标', '数量指标', '动物模型建立', '1'],
    ],
  );
  const ruled = ruledPart(
    [45, 90, 120],
    [{ row: 0, rows: 2, texts: ['11000023T000002048076-眼研所改革与发展', '400', '和RPE分化工艺。'] }],
    [
      ['产出指标', '数量指标', '细胞实验', '1'],
      ['产出指标', '时效指标', '政府采购工作完成时间', '11'],
    ],
  );
  const p118 = { ...ruled, cells: ruled.cells.map((c) => (c.column < 3 ? { ...c, openTop: true } : c)) };

  it('gives the text to that cell, which runs on', () => {
    const rows = joinTableParts([{ page: 117, table: p117, pageLines: [] }, { page: 118, table: p118, pageLines: [] }], 2);
    expect(rows.slice(1).map((row) => row.map((c) => [c.text, c.rowSpan]))).toEqual([
      [['11000023T000002048076-眼研所改革与发展', 4], ['400', 4], ['开发优化iPSC建系和RPE分化工艺。', 4], ['产出指标', 1], ['数量指标', 1], ['申请专利', 1], ['1', 1]],
      [['产出指标', 1], ['数量指标', 1], ['动物模型建立', 1], ['1', 1]],
      [['产出指标', 1], ['数量指标', 1], ['细胞实验', 1], ['1', 1]],
      [['产出指标', 1], ['时效指标', 1], ['政府采购工作完成时间', 1], ['11', 1]],
    ]);
  });

  it('keeps a cell whose top the page rules a cell of its own', () => {
    const rows = joinTableParts([{ page: 117, table: p117, pageLines: [] }, { page: 118, table: ruled, pageLines: [] }], 2);
    expect(rows.slice(1, 4).map((row) => row[0].text)).toEqual(['', '产出指标', '11000023T000002048076-眼研所改革与发展']);
  });
});
