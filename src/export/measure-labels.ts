// The printed label of the column a fiscal line's value was read from. A
// two-sided 收支总表 prints a revenue panel and an expenditure panel side by
// side; FiscalTable.measures holds one label per key, the first panel's
// (`收入/本年预算`), which is wrong for the other panel's lines.
import type { FiscalLine, FiscalTable, RawTable } from '../schema/canonical.js';
import { type Grid, toGrid } from '../tables/grid.js';
import { readHeader } from '../tables/header.js';

type Side = NonNullable<FiscalLine['side']>;

const panelWord: Record<Side, string> = { revenue: '收入', expenditure: '支出' };
const otherSide: Record<Side, Side> = { revenue: 'expenditure', expenditure: 'revenue' };
/** Columns naming the line, not holding a value: 项目, 科目名称, 功能分类科目编码, 支出功能分类科目（按大类） … */
const nameColumn = /(?:项目|科目|名称|编码|代码)(?:[（(][^）)]*[）)])?$/u;

const fold = (text: string) => text.replace(/\s/gu, '');

/** A header segment heading one side's panel: 收入, 本年收入, 财政拨款支出 — not 收支. */
function namesPanel(segment: string, side: Side): boolean {
  const folded = fold(segment);
  return folded.includes(panelWord[side]) && !folded.includes(panelWord[otherSide[side]]);
}

/** A run of columns in one panel: the name (and code) columns, then the value columns to their right. */
interface ColumnGroup {
  names: number[];
  values: { column: number; path: string }[];
}

function panelGroups(paths: readonly string[], side: Side): ColumnGroup[] {
  const groups: ColumnGroup[] = [];
  paths.forEach((path, column) => {
    const segments = path.split('/');
    if (segments.length < 2 || !namesPanel(segments[0], side)) return;
    const isName = nameColumn.test(fold(segments.at(-1)!));
    const last = groups.at(-1);
    if (isName && (!last || last.values.length > 0)) groups.push({ names: [column], values: [] });
    else if (isName) last!.names.push(column);
    else if (last) last.values.push({ column, path });
    else groups.push({ names: [], values: [{ column, path }] });
  });
  return groups;
}

/**
 * The value-column paths of the group printing the line: the panel's only group,
 * else the groups whose name cell on the line's row prints the line's name, when
 * they agree (Xi'an prints 一、部门预算 in three panels, each over a 预算数).
 */
function columnsOf(groups: readonly ColumnGroup[], grid: Grid, line: FiscalLine): string[] | undefined {
  const paths = (group: ColumnGroup) => group.values.map((value) => value.path);
  if (groups.length === 1) return paths(groups[0]);
  const row = grid[line.source.row];
  if (!row || !line.name) return undefined;
  const name = fold(line.name);
  const matching = groups.filter((group) => group.names.some((column) => fold(row[column]?.cell.text ?? '').includes(name))).map(paths);
  return matching.length > 0 && matching.every((candidate) => candidate.join('\n') === matching[0].join('\n')) ? matching[0] : undefined;
}

/**
 * For a table, a function giving per measure key of one line the header path of
 * the column its value sits in. Lines without a side keep the table's labels;
 * a line whose columns cannot be paired one to one with its measures keeps them
 * less a leading panel word of the other side.
 */
export function measureLabeller(table: FiscalTable, raw: RawTable | undefined): (line: FiscalLine) => Map<string, string> {
  const twoSided = raw !== undefined && table.lines.some((line) => line.side);
  const grid = twoSided ? toGrid(raw.rows) : [];
  const paths = twoSided ? readHeader(grid).paths : [];
  const panels: Record<Side, ColumnGroup[]> = { revenue: panelGroups(paths, 'revenue'), expenditure: panelGroups(paths, 'expenditure') };
  return (line) => {
    const keys = table.measures.filter((measure) => measure.key in line.values);
    const labels = new Map(keys.map((measure) => [measure.key, measure.label]));
    if (!line.side) return labels;
    const columns = columnsOf(panels[line.side], grid, line);
    if (columns && columns.length === keys.length) {
      keys.forEach((measure, index) => labels.set(measure.key, columns[index]));
      return labels;
    }
    for (const measure of keys) {
      const [first, ...rest] = measure.label.split('/');
      if (rest.length > 0 && namesPanel(first, otherSide[line.side])) labels.set(measure.key, rest.join('/'));
    }
    return labels;
  };
}
