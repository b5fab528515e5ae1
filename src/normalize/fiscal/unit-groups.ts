// Budget units' rows among a table's lines. Units over their items in one label
// column (支出项目类别（资金使用单位）), told apart by nothing but their figures: a
// unit's row is the sum of the rows under it; levels (and each line's unit) are
// set where the rows partition so. And the unit row that is a table's total where
// it prints no 合计 row.
import { Decimal } from 'decimal.js';
import type { CurrencyUnit } from '../../money/amount.js';
import { sumTolerance, withinTolerance } from '../../money/rounding.js';
import type { FiscalLine } from '../../schema/canonical.js';

/**
 * Lines of a label column listing units, each above its items (Guangzhou's
 * 支出项目类别（资金使用单位）: 广州市胸科医院 over 工资福利支出 | 商品和服务支出 | …),
 * with nothing but their figures to tell the two apart: a unit's row is the sum
 * of the item rows under it. The rows are nested where they partition so, every
 * unit over at least one item, in every measure: the units level 1, the items
 * level 2, each line naming its unit. A panel printing no 合计 may open with its
 * department's row, the sum of the units' rows below (Shenzhen's 基本支出总表:
 * 深圳市建筑工务署 over 深圳市建筑工务署本级 and its other units): that row is the
 * panel's total and is returned, for the caller to move. Where the rows do not
 * partition (a document whose sums fail), the levels stay unknown, and no sum is
 * checked against them.
 */
export function nestUnderUnits(lines: readonly FiscalLine[], unitOfMeasure: CurrencyUnit, hasTotal: boolean): FiscalLine | null {
  const groups = partitionBySums(lines, unitOfMeasure);
  if (groups) {
    for (const { unit, items } of groups) {
      Object.assign(unit, { level: 1, unit: unit.name });
      for (const item of items) Object.assign(item, { level: 2, unit: unit.name });
    }
    return null;
  }
  if (hasTotal || lines.length < 3) return null;
  const [head, ...rest] = lines;
  const below = partitionBySums(rest, unitOfMeasure);
  if (below && sumsTo(head, below.map((group) => group.unit), unitOfMeasure, 1)) {
    // Under a unit's own row the groups may be its units or its spending categories (Shenzhen's 基本支出总表 of one
    // unit: 工资福利支出 over 基本工资): the levels hold either way, the unit each line belongs to is not told.
    for (const { unit, items } of below) {
      unit.level = 1;
      for (const item of items) item.level = 2;
    }
    return head;
  }
  // Deeper than units over items (Shenzhen's 基本支出总表: units, then 工资福利支出, then 基本工资): each level of
  // the rows below repeats the department's figures, which stays the total, the levels unknown.
  const multiple = rest.length > 0 ? timesTotal(head, rest) : null;
  return multiple !== null && multiple >= 2 && sumsTo(head, rest, unitOfMeasure, multiple) ? head : null;
}

/**
 * The row naming a budget unit (no code, the unit's own name) that is the total of a
 * table printing no 合计 row: the only one, every other row belonging to its unit
 * (Shenzhen's 支出总表 of one unit); or the first of three or more, opening the table
 * and the sum of the others (a department over its units). Null otherwise.
 */
export function unitRowTotal(lines: readonly FiscalLine[], unitOfMeasure: CurrencyUnit): FiscalLine | null {
  const unitRows = lines.filter((line) => line.code === null && line.unit !== null && line.name === line.unit);
  if (unitRows.length === 1) return lines.every((line) => line.unit === unitRows[0].unit) ? unitRows[0] : null;
  if (unitRows.length < 3 || lines[0] !== unitRows[0]) return null;
  return sumsTo(unitRows[0], unitRows.slice(1), unitOfMeasure, 1) ? unitRows[0] : null;
}

/** Whether `parts`' figures are `multiple` times `whole`'s in every measure, to the rounding of the printed figures. */
function sumsTo(whole: FiscalLine, parts: readonly FiscalLine[], unitOfMeasure: CurrencyUnit, multiple: number): boolean {
  const tolerance = sumTolerance(unitOfMeasure, parts.length + multiple);
  return Object.keys(whole.values)
    .filter((key) => !key.endsWith('changePct'))
    .every((key) => {
      const sum = parts.reduce((total, part) => total.plus(part.values[key] ?? 0), new Decimal(0));
      return withinTolerance(sum, new Decimal(whole.values[key] ?? 0).times(multiple), tolerance);
    });
}

/** How many times `parts` add up to `whole`'s first non-zero figure, to the nearest whole number; null where it has none. */
function timesTotal(whole: FiscalLine, parts: readonly FiscalLine[]): number | null {
  const key = Object.keys(whole.values).find((candidate) => !candidate.endsWith('changePct') && (whole.values[candidate] ?? 0) !== 0);
  if (key === undefined) return null;
  const sum = parts.reduce((total, part) => total.plus(part.values[key] ?? 0), new Decimal(0));
  return sum.dividedBy(whole.values[key]!).toDecimalPlaces(0).toNumber();
}

/**
 * The lines as units over items, each unit the sum of the items after it to the
 * rounding of the printed figures (an exact sum preferred); null where they do
 * not partition so. Tried end by end, so a tiny item that brings a sum within
 * rounding does not end a unit early.
 */
function partitionBySums(lines: readonly FiscalLine[], unitOfMeasure: CurrencyUnit): { unit: FiscalLine; items: FiscalLine[] }[] | null {
  const failed = new Set<number>();
  const from = (at: number): { unit: FiscalLine; items: FiscalLine[] }[] | null => {
    if (at === lines.length) return [];
    if (failed.has(at)) return null;
    const unit = lines[at];
    const keys = Object.keys(unit.values).filter((key) => !key.endsWith('changePct'));
    const sums = new Map(keys.map((key) => [key, new Decimal(0)]));
    const ends: { end: number; exact: boolean }[] = [];
    for (let end = at + 1; end < lines.length; end++) {
      for (const key of keys) sums.set(key, sums.get(key)!.plus(lines[end].values[key] ?? 0));
      const tolerance = sumTolerance(unitOfMeasure, end - at + 1);
      const misses = keys.map((key) => sums.get(key)!.minus(unit.values[key] ?? 0).abs());
      if (misses.every((miss) => miss.lte(tolerance))) ends.push({ end, exact: misses.every((miss) => miss.isZero()) });
    }
    for (const { end } of [...ends.filter((e) => e.exact), ...ends.filter((e) => !e.exact)]) {
      const rest = from(end + 1);
      if (rest) return [{ unit, items: lines.slice(at + 1, end + 1) }, ...rest];
    }
    failed.add(at);
    return null;
  };
  const groups = from(0);
  return groups && groups.length > 0 ? groups : null;
}
