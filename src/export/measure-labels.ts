// The printed label of the column a fiscal line's value was read from. A
// two-sided 收支总表 prints a revenue panel and an expenditure panel side by
// side; FiscalTable.measures holds one label per key, the first panel's
// (`收入/本年预算`), which is wrong for the other panel's lines.
import type { FiscalLine, FiscalTable, RawTable } from '../schema/canonical.js';
import { toGrid } from '../tables/grid.js';
import { readHeader } from '../tables/header.js';

const panelWord = { revenue: '收入', expenditure: '支出' } as const;
/** Columns naming the line, not holding a value: 项目, 科目名称, 功能分类科目编码 … */
const nameColumn = /(?:项目|科目|名称|编码|代码)$/u;

/**
 * For a table, a function giving per measure key of one line the header path of
 * the column its value sits in. Lines without a side, and panels whose value
 * columns cannot be paired one to one with the line's measures, keep the
 * table's labels, less a panel word of the other side.
 */
export function measureLabeller(table: FiscalTable, raw: RawTable | undefined): (line: FiscalLine) => Map<string, string> {
  const paths = raw && table.lines.some((line) => line.side) ? readHeader(toGrid(raw.rows)).paths : [];
  const panels = { revenue: panelValueColumns(paths, panelWord.revenue), expenditure: panelValueColumns(paths, panelWord.expenditure) };
  return (line) => labelsOf(table, line, line.side ? panels[line.side] : []);
}

function labelsOf(table: FiscalTable, line: FiscalLine, columns: readonly string[]): Map<string, string> {
  const keys = table.measures.filter((measure) => measure.key in line.values);
  const labels = new Map(keys.map((measure) => [measure.key, measure.label]));
  if (!line.side) return labels;
  if (columns.length === keys.length) {
    keys.forEach((measure, index) => labels.set(measure.key, columns[index]));
    return labels;
  }
  const other = line.side === 'revenue' ? panelWord.expenditure : panelWord.revenue;
  for (const measure of keys) {
    const [first, ...rest] = measure.label.split('/');
    if (first.startsWith(other) && rest.length > 0) labels.set(measure.key, rest.join('/'));
  }
  return labels;
}

/** Header paths of the value columns under the panel headed by `word`, left to right. */
function panelValueColumns(paths: readonly string[], word: string): string[] {
  return paths.filter((path) => {
    const segments = path.split('/');
    return segments.length > 1 && segments[0].replace(/\s/gu, '').startsWith(word) && !nameColumn.test(segments.at(-1)!.replace(/\s/gu, ''));
  });
}
