// Which column of an indicator table holds what, located by the header's
// words (never by position): templates differ in order and in which columns
// they print at all.
import { type CurrencyUnit, isCurrencyUnit } from '../../money/amount.js';
import type { Grid } from '../../tables/grid.js';

export type ColumnRole =
  | 'project'
  | 'code'
  | 'body'
  | 'budget'
  | 'goals'
  | 'level1'
  | 'level2'
  | 'name'
  | 'description'
  | 'scoringRule'
  | 'basis'
  | 'weight'
  | 'symbol'
  | 'unit'
  | 'value'
  | 'actual'
  | 'score'
  | 'deviation';

/**
 * Header words per role, tried in this order on each header segment: a
 * specific word (指标值确定依据 → basis, 指标值类型 → symbol) must win over the
 * general one it contains (指标值 → value).
 */
const roleWords: [ColumnRole, RegExp][] = [
  ['project', /^(?:(?:单位)?[（(]?(?:一级|二级)?项目[)）]?名称|项目|支出项目类别)$/u],
  ['code', /^(?:项目)?(?:代码|编码|编号)$/u],
  ['body', /^(?:一级|二级)?(?:资金使用|预算)?单位名称$/u],
  ['level1', /一级/u],
  ['level2', /二级/u],
  ['name', /三级|^(?:绩效)?指标(?:名称)?$/u],
  ['goals', /目标$/u],
  ['basis', /依据/u],
  ['scoringRule', /评.{0,3}分|扣分|计分/u],
  ['weight', /权重|分值/u],
  ['score', /得分$/u],
  ['deviation', /偏差|改进措施|未完成原因|原因分析/u],
  ['description', /描述|解释|说明|内容$/u],
  ['symbol', /符号|性质|类型|运算/u],
  ['unit', /单位$/u],
  ['budget', /总额|总计|资金|金额|预算数|拨款/u],
  ['actual', /实际完成值|实际值|完成值/u],
  ['value', /值|目标值|标准/u],
];

/**
 * Words that mark a row as a performance table's header: indicator words, and the project and goal
 * columns of a grid listing projects with their goals only (`项目 | 预算数 | 绩效目标`,
 * `二级预算单位名称 | 一级项目名称 | 预算数 | 绩效目标`). A header has two of them, so a key/value row
 * (`项目名称 | 机关运行经费`, `绩效目标 | …`) never reads as one.
 */
const headerWords =
  /^(?:一级指标|二级指标|三级指标|(?:绩效)?指标(?:名称)?|(?:本年|年度)?(?:绩效)?指标值|评.{0,3}分标准|(?:一级|二级)?项目(?:名称)?(?:[（(][^）)]*[)）])?|支出项目类别(?:[（(][^）)]*[)）])?|(?:项目|年度)?绩效目标)$/u;

/** Whether a cell's text is one of an indicator table's header words (so never a label's value). */
export function isHeaderWord(text: string): boolean {
  return headerWords.test(text);
}

export type ColumnMap = Partial<Record<ColumnRole, number>>;

export interface Header {
  columns: ColumnMap;
  /** The last row of the header (a header may span two rows: 指标值 over 符号|值|单位). */
  lastRow: number;
  /** The money unit the budget column's header states (`项目资金（万元）`), if any. */
  budgetUnit: CurrencyUnit | null;
  /**
   * Whether the project column also lists the units spending the funds (`项目名称（资金使用单位）`): a
   * unit's own line there (name and funds, no goals) heads the projects below it.
   */
  projectListsBodies: boolean;
  /** The grid's width, to tell whether a later part of a run has the same columns. */
  width: number;
}

/** Header rows never number more than this; a taller cell is a side label. */
const maxDepth = 3;

/** The header starting at `row`, or null when the row is not an indicator header. */
export function readHeader(grid: Grid, row: number): Header | null {
  // A side label (`绩效指标`, `年度绩效指标`) spanning the whole grid is no column header.
  const headerCells = grid[row].filter((slot) => slot.origin && slot.cell.rowSpan <= maxDepth && headerWords.test(slot.cell.text));
  if (headerCells.length < 2) return null;
  const depth = Math.max(...headerCells.map((slot) => slot.cell.rowSpan));
  const lastRow = Math.min(grid.length - 1, row + depth - 1);
  const columns: ColumnMap = {};
  let budgetUnit: CurrencyUnit | null = null;
  let projectListsBodies = false;
  for (let column = 0; column < grid[row].length; column++) {
    if (grid[row][column].cell.rowSpan > maxDepth) continue;
    const segments: string[] = [];
    for (let r = row; r <= lastRow; r++) {
      const text = grid[r][column].cell.text;
      if (text && segments.at(-1) !== text) segments.push(text);
    }
    const role = roleOf(segments);
    if (role && columns[role] === undefined) {
      columns[role] = column;
      if (role === 'budget') budgetUnit = statedUnit(segments.join(''));
      if (role === 'project') projectListsBodies = /[（(][^）)]*单位[)）]$/u.test(segments.join(''));
    }
  }
  // An indicator is named by its 三级指标/指标名称 column; a header printing neither names it in its 指标内容 column.
  if (columns.name === undefined && columns.description !== undefined) {
    columns.name = columns.description;
    delete columns.description;
  }
  return { columns, lastRow, budgetUnit, projectListsBodies, width: grid[row].length };
}

/**
 * A header label is a few words; a longer text, or one holding a figure or a
 * code, is a cell's text printed over the header (a cell continued from the
 * page before) and says nothing about the column.
 */
const notALabel = /^.{13,}$|\d+\.\d+|\d{5,}/u;

/** The role of a column from its header path, the most specific (last) segment first. */
function roleOf(segments: string[]): ColumnRole | null {
  for (const segment of [...segments].reverse()) {
    const label = segment.replace(/[（(][^）)]*[)）]$/u, '');
    if (notALabel.test(label)) continue;
    const hit = roleWords.find(([, words]) => words.test(label));
    if (hit) return hit[0];
  }
  return null;
}

/** The money unit a label states in brackets or after a colon (`资金总额（万元）`, `单位：元`). */
export function statedUnit(label: string): CurrencyUnit | null {
  const unit = /[（(:：]\s*(?:单位[:：])?\s*(亿元|万元|千元|元)\s*[)）]?$/u.exec(label)?.[1];
  return unit && isCurrencyUnit(unit) ? unit : null;
}
