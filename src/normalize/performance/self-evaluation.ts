// A self-evaluation table (项目支出绩效自评表, 部门整体支出绩效自评表, printed
// with the final accounts) adds to a target table a funds block — what was
// budgeted, what was spent, the execution rate and its score — and a 总分
// row. Its indicator grid (年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因…)
// is read by the target reader's columns (see columns.ts).
import { type CurrencyUnit, yuanFromText } from '../../money/amount.js';
import type { SelfEvaluationFunds } from '../../schema/canonical.js';
import type { Grid } from '../../tables/grid.js';
import { totalRole } from '../../tables/total-words.js';
import { foldWidth } from '../../text/clean.js';
import { statedUnit } from './columns.js';

type FundsRole = 'budgetAtStart' | 'budget' | 'spent' | 'executionRate' | 'weight' | 'score';

/** Header words of the funds block per role, tried in order on the label without its bracketed note (`全年预算数（A）`). */
const fundsWords: [FundsRole, RegExp][] = [
  ['budgetAtStart', /^年初预算数$/u],
  ['executionRate', /执行率/u],
  ['spent', /^(?:全年|实际)?执行数$|^(?:全年)?(?:实际)?支出数$/u],
  ['budget', /^(?:全年|调整后)?预算数$/u],
  ['weight', /^分值$/u],
  ['score', /^得分$/u],
];

/** The funds block's word for a whole beside the genre's total words (合计, 总计, 小计: tables/total-words.ts). */
const wholeWord = '总额';

/** What may stand before the whole's word on the funds block's total line (年度资金总额, 金额合计). */
const totalLineOpening = /^(?:年度)?(?:资金|金额)?/u;

/** The points line closing the indicators. */
const pointsLineWords = /^总分$/u;

/** Cells taller than this are side labels (项目资金（万元） beside the block), never column heads. */
const maxHeaderDepth = 3;

/** Rows below the funds header searched for its total line. */
const totalLineReach = 30;

export interface FundsHeader {
  columns: Partial<Record<FundsRole, number>>;
  lastRow: number;
  /** The money unit the block's header states (`项目资金（万元）`, `全年预算数（万元）`). */
  currencyUnit: CurrencyUnit | null;
}

/** The funds block's header starting at `row`: it names both a budget and what was spent. */
export function readFundsHeader(grid: Grid, row: number): FundsHeader | null {
  const heads = grid[row].filter((slot) => slot.origin && slot.cell.rowSpan <= maxHeaderDepth && fundsRoleOf(slot.cell.text) !== null);
  const roles = new Set(heads.map((slot) => fundsRoleOf(slot.cell.text)));
  if (!roles.has('spent') || !(roles.has('budget') || roles.has('budgetAtStart'))) return null;
  const lastRow = Math.min(grid.length - 1, row + Math.max(...heads.map((slot) => slot.cell.rowSpan)) - 1);
  const columns: FundsHeader['columns'] = {};
  for (const slot of heads) {
    const role = fundsRoleOf(slot.cell.text)!;
    columns[role] ??= wholeColumn(grid, slot.column, slot.cell.colSpan, row, lastRow);
  }
  const currencyUnit = grid[row].map((slot) => statedUnit(slot.cell.text)).find((unit) => unit !== null) ?? null;
  return { columns, lastRow, currencyUnit };
}

/** The funds block's total line below its header, read; null when the block prints none. */
export function readFundsTotal(grid: Grid, header: FundsHeader, currencyUnit: CurrencyUnit | null, table: number): SelfEvaluationFunds | null {
  const unit = header.currencyUnit ?? currencyUnit;
  for (let row = header.lastRow + 1; row < Math.min(grid.length, header.lastRow + 1 + totalLineReach); row++) {
    const label = firstText(grid, row);
    if (!isTotalLine(label)) continue;
    const text = (role: FundsRole): string => {
      const column = header.columns[role];
      return column === undefined ? '' : grid[row][column].cell.text;
    };
    return {
      budgetAtStart: amountIn(text('budgetAtStart'), unit),
      budget: amountIn(text('budget'), unit),
      spent: amountIn(text('spent'), unit),
      executionRate: printedNumber(text('executionRate')),
      weight: printedNumber(text('weight')),
      score: printedNumber(text('score')),
      source: { table, row },
    };
  }
  return null;
}

/** Whether `row` is the 总分 line closing a self-evaluation's indicators. */
export function isPointsLine(grid: Grid, row: number): boolean {
  return pointsLineWords.test(firstText(grid, row));
}

function fundsRoleOf(text: string): FundsRole | null {
  const label = foldWidth(text).replace(/\s+/gu, '').replace(/[（(][^）)]*[)）]/gu, '');
  return fundsWords.find(([, words]) => words.test(label))?.[0] ?? null;
}

/** A head spanning several columns reads from the sub-column printed as the whole (总额), else its first. */
function wholeColumn(grid: Grid, column: number, span: number, headerRow: number, lastRow: number): number {
  for (let at = column; at < column + span; at++) {
    for (let row = headerRow + 1; row <= lastRow; row++) if (isWhole(grid[row][at].cell.text)) return at;
  }
  return column;
}

/** A group column's sub-column holding the whole (全年预算数 over 总额 | 财政拨款 | 其他资金). */
function isWhole(text: string): boolean {
  return text === wholeWord || totalRole(text) !== null;
}

/** The funds block's total line: a project's 年度资金总额, a body's 金额合计. */
function isTotalLine(label: string): boolean {
  const word = label.replace(totalLineOpening, '');
  return word === wholeWord || totalRole(word) === 'total';
}

function firstText(grid: Grid, row: number): string {
  return (grid[row].find((slot) => slot.origin && slot.cell.text !== '')?.cell.text ?? '').replace(/\s+/gu, '').replace(/[:：]$/u, '');
}

function amountIn(text: string, unit: CurrencyUnit | null): number | null {
  return unit === null ? null : yuanFromText(text, unit);
}

/** The number a cell starts with (`12.5`, `12.5分`, `93.07%`); a dash or blank is null. */
export function printedNumber(text: string): number | null {
  const match = /^\d+(?:\.\d+)?/u.exec(foldWidth(text).replace(/\s+/gu, ''));
  return match ? Number(match[0]) : null;
}
