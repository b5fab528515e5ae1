// Which column of an indicator table holds what, located by the header's
// words (never by position): templates differ in order and in which columns
// they print at all.
import { type CurrencyUnit, isCurrencyUnit } from '../../money/amount.js';
import type { Grid } from '../../tables/grid.js';

export type ColumnRole =
  | 'project'
  | 'code'
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
  | 'value';

/**
 * Header words per role, tried in this order on each header segment: a
 * specific word (指标值确定依据 → basis, 指标值类型 → symbol) must win over the
 * general one it contains (指标值 → value).
 */
const roleWords: [ColumnRole, RegExp][] = [
  ['project', /^(?:(?:单位)?[（(]?项目[)）]?名称|项目)$/u],
  ['code', /^(?:项目)?(?:代码|编码|编号)$/u],
  ['level1', /一级/u],
  ['level2', /二级/u],
  ['name', /三级|^(?:绩效)?指标(?:名称)?$/u],
  ['goals', /目标$/u],
  ['basis', /依据/u],
  ['scoringRule', /评.{0,3}分|扣分|计分/u],
  ['weight', /权重|分值/u],
  ['description', /描述|解释|说明|内容$/u],
  ['symbol', /符号|性质|类型|运算/u],
  ['unit', /单位$/u],
  ['budget', /总额|资金|金额|预算数|拨款/u],
  ['value', /值|目标值|标准/u],
];

/** Words that mark a row as an indicator table's header. */
const headerWords = /^(?:一级指标|二级指标|三级指标|(?:绩效)?指标(?:名称)?|(?:本年|年度)?(?:绩效)?指标值|评.{0,3}分标准)$/u;

export type ColumnMap = Partial<Record<ColumnRole, number>>;

export interface Header {
  columns: ColumnMap;
  /** The last row of the header (a header may span two rows: 指标值 over 符号|值|单位). */
  lastRow: number;
  /** The money unit the budget column's header states (`项目资金（万元）`), if any. */
  budgetUnit: CurrencyUnit | null;
}

/** The header starting at `row`, or null when the row is not an indicator header. */
export function readHeader(grid: Grid, row: number): Header | null {
  const origins = grid[row].filter((slot) => slot.origin);
  if (origins.filter((slot) => headerWords.test(slot.cell.text)).length < 2) return null;
  const depth = Math.min(3, Math.max(...origins.map((slot) => slot.cell.rowSpan)));
  const lastRow = Math.min(grid.length - 1, row + depth - 1);
  const columns: ColumnMap = {};
  let budgetUnit: CurrencyUnit | null = null;
  for (let column = 0; column < grid[row].length; column++) {
    const segments: string[] = [];
    for (let r = row; r <= lastRow; r++) {
      const text = grid[r][column].cell.text;
      if (text && segments.at(-1) !== text) segments.push(text);
    }
    const role = roleOf(segments);
    if (role && columns[role] === undefined) {
      columns[role] = column;
      if (role === 'budget') budgetUnit = statedUnit(segments.join(''));
    }
  }
  return { columns, lastRow, budgetUnit };
}

/** The role of a column from its header path, the most specific (last) segment first. */
function roleOf(segments: string[]): ColumnRole | null {
  for (const segment of [...segments].reverse()) {
    const label = segment.replace(/[（(][^）)]*[)）]$/u, '');
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
