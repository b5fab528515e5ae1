// Header paths of a table with a multi-row, span-merged header: each column is
// named by the header texts above it, top to bottom (`政府采购项目来源/项目名称`),
// so columns are found by what they say, not by where they happen to sit.
import { parseAmount } from '../money/amount.js';
import type { Grid } from './grid.js';
import { totalRole } from './total-words.js';

export interface TableHeader {
  /** First header row: title and caption rows printed inside the table come before it. */
  start: number;
  /** First body row: the first row below the header whose cells are data. */
  bodyStart: number;
  /** Per grid column, its header texts from top to bottom joined with `/`; `''` where it has none. */
  paths: string[];
}

/** `编制部门：…`, `截止时间：…`, `单位：万元`: a caption, not a column name. */
const caption = /^[^：:]{1,8}[：:]/u;
/** A caption row's unit cell standing alone (`江苏省人民检察院 | 单位：万元`: the body's name lost its `部门：` label). */
const unitCaption = /^(?:金额)?单位[：:]\s*(?:亿元|万元|千元|元)$/u;

export function readHeader(grid: Grid): TableHeader {
  let start = 0;
  while (start < grid.length && isPreamble(grid, start)) start++;
  let bodyStart = start;
  while (bodyStart < grid.length && !isDataRow(grid, bodyStart)) bodyStart++;
  const width = grid[0]?.length ?? 0;
  const paths = Array.from({ length: width }, (_, column) => columnPath(grid, start, bodyStart, column));
  return { start, bodyStart, paths };
}

/**
 * The header of a whole table as the table stage reads it: readHeader's, except
 * that a table of words (机构设置, an empty 收支表 printing its line names: no
 * figure anywhere) has its header in its first row and the rows that row's cells
 * reach into, not in every row. (Readers of table slices keep readHeader.)
 */
export function readTableHeader(grid: Grid): TableHeader {
  const header = readHeader(grid);
  if (header.bodyStart < grid.length || grid.some((_, row) => hasFigures(grid, row))) return header;
  const bodyStart = wordTableBodyStart(grid, header.start);
  const paths = header.paths.map((_, column) => columnPath(grid, header.start, bodyStart, column));
  return { start: header.start, bodyStart, paths };
}

/**
 * For each column, the first alias whose pattern matches its header path.
 * Aliases are tried in order, so a narrower pattern listed first wins
 * (非财政拨款结转 before 财政拨款结转). Columns keep their left-to-right order.
 */
export function columnsByAlias<K extends string>(
  paths: readonly string[],
  aliases: readonly { key: K; pattern: RegExp }[],
): Partial<Record<K, number[]>> {
  const columns: Partial<Record<K, number[]>> = {};
  paths.forEach((path, column) => {
    if (path === '') return;
    const alias = aliases.find(({ pattern }) => pattern.test(path));
    if (alias) (columns[alias.key] ??= []).push(column);
  });
  return columns;
}

/** A title row (one cell across the whole width) or a row of captions only. */
function isPreamble(grid: Grid, row: number): boolean {
  const cells = originCells(grid, row).filter((text) => text !== '');
  if (cells.length === 0) return true;
  const spansAll = grid[row].every((slot) => slot.cell === grid[row][0].cell);
  if (spansAll || cells.every((text) => caption.test(text))) return true;
  return cells.length <= 3 && unitCaption.test(cells.at(-1)!) && !cells.some((text) => parseAmount(text) !== null);
}

function isDataRow(grid: Grid, row: number): boolean {
  const cells = originCells(grid, row).filter((text) => text !== '');
  if (hasFigures(grid, row)) return true;
  // A figureless 合计 row must stand alone and open the row, or stand in a row no header cell
  // spans down into (Beijing's empty tables print 合计 under 科目名称): a 小计 under a header
  // cell spanning down from above, or a 合计 beside other column names (三公 tables), is a column name.
  const first = grid[row][0];
  if (cells.length !== 1 || totalRole(cells[0]) === null) return false;
  return (first.row === row && first.cell.text === cells[0]) || grid[row].every((slot) => slot.row === row);
}

function hasFigures(grid: Grid, row: number): boolean {
  return originCells(grid, row).some((text) => text !== '' && parseAmount(text) !== null);
}

/** Below the first row and the rows it reaches into: a cell spanning down, or one spanning a group of sub-columns named beneath. */
function wordTableBodyStart(grid: Grid, start: number): number {
  let row = start + 1;
  while (row < grid.length && grid[row].some((slot, column) => slot.row < row || spansGroup(grid, row - 1, column))) row++;
  return Math.min(row, grid.length);
}

function spansGroup(grid: Grid, row: number, column: number): boolean {
  const slot = grid[row][column];
  return slot.cell.colSpan > 1 && slot.cell.colSpan < grid[row].length && slot.row === row;
}

/** Texts of the cells that start in this row (a cell spanning down from above belongs to its own row). */
function originCells(grid: Grid, row: number): string[] {
  return grid[row].filter((slot) => slot.row === row && slot.origin).map((slot) => slot.cell.text);
}

function columnPath(grid: Grid, from: number, to: number, column: number): string {
  const parts: string[] = [];
  for (let row = from; row < to; row++) {
    const slot = grid[row][column];
    const above = row > from ? grid[row - 1][column] : undefined;
    if (slot.cell.text === '' || slot.cell === above?.cell) continue;
    if (parts.at(-1) !== slot.cell.text) parts.push(slot.cell.text);
  }
  return parts.join('/');
}
