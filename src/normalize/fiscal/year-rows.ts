// A table printing its years as rows under each unit (Shenzhen's 财政拨款“三公”经费支出表:
// 预算单位 | 年度 | figures, the 年度 cells 2025年, 2026年, 增减变化金额): each unit's rows are
// one line of the table's year, the earlier year's figures `priorYear.*` and the change's
// `change.*` beside them, as where a table prints its years as column blocks.
import type { FiscalLine, FiscalTable } from '../../schema/canonical.js';

const yearRow = /^((?:19|20)\d{2})\s*年/u;
const changeRow = /增减|变化|变动|比上年/u;

interface Pivoted {
  lines: FiscalLine[];
  measures: FiscalTable['measures'];
}

/**
 * `lines` (one panel's, in order; a unit's first row names the unit, the rest do not) as one
 * line per unit; null where a row is neither a year nor a change, or a unit prints the
 * table's year other than once or an earlier year other than the one before it.
 */
export function pivotYearRows(lines: readonly FiscalLine[], measures: FiscalTable['measures']): Pivoted | null {
  const groups: FiscalLine[][] = [];
  for (const line of lines) {
    if (line.unit !== null) groups.push([line]);
    else if (groups.length > 0) groups.at(-1)!.push(line);
    else return null;
  }
  const years = lines.map((line) => yearRow.exec(line.name)?.[1]).filter((year) => year !== undefined).map(Number);
  if (years.length === 0) return null;
  const latest = Math.max(...years);
  const labels = new Map<string, string>();
  const pivoted: FiscalLine[] = [];
  for (const group of groups) {
    const own = group.filter((line) => Number(yearRow.exec(line.name)?.[1]) === latest);
    if (own.length !== 1) return null;
    const columns: Record<string, number> = { ...own[0].columns };
    const line: FiscalLine = { ...own[0], name: group[0].unit!, unit: group[0].unit, values: { ...own[0].values }, columns };
    for (const other of group) {
      if (other === own[0]) continue;
      const year = yearRow.exec(other.name)?.[1];
      const prefix = year === undefined ? (changeRow.test(other.name) ? 'change' : null) : Number(year) === latest - 1 ? 'priorYear' : null;
      if (prefix === null) return null;
      labels.set(prefix, other.name);
      for (const [key, value] of Object.entries(other.values)) line.values[`${prefix}.${key}`] = value;
      for (const [key, column] of Object.entries(other.columns ?? {})) columns[`${prefix}.${key}`] = column;
    }
    pivoted.push(line);
  }
  const prefixed = ['priorYear', 'change'].flatMap((prefix) =>
    labels.has(prefix) ? measures.map((measure) => ({ key: `${prefix}.${measure.key}`, label: `${labels.get(prefix)}/${measure.label}` })) : [],
  );
  return { lines: pivoted, measures: [...measures, ...prefixed] };
}
