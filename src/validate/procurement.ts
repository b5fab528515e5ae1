// Procurement figures that must add up: every money column of the lines vs the
// 合计 row and vs each 小计 / group row, each row's funding columns vs its
// 合计 amount, and the table vs the narrative's 政府采购预算总额.
import { sumYuan } from '../money/amount.js';
import { procurementFundingKeys, type Disclosure, type Finding, type ProcurementLine } from '../schema/canonical.js';
import { mismatch, sumMismatch } from './mismatch.js';
import { agreesWithinRounding } from '../money/rounding.js';

type Procurement = Disclosure['procurement'];
type UnitOf = (line: ProcurementLine) => string | null;
/** A line's JSON pointer (`/procurement/lines/3`). */
type PointerOf = (line: ProcurementLine) => string;

/** The summable money columns, as JSON pointer suffixes and readers. */
const moneyColumns: readonly { pointer: string; read: (line: ProcurementLine) => number | null }[] = [
  { pointer: 'amount', read: (line) => line.amount },
  ...procurementFundingKeys.map((key) => ({ pointer: `funding/${key}`, read: (line: ProcurementLine) => line.funding[key] })),
  { pointer: 'smeReserved', read: (line) => line.smeReserved },
];

export function validateProcurement(disclosure: Disclosure): Finding[] {
  const { procurement } = disclosure;
  const unitOf = (line: ProcurementLine) => disclosure.tables[line.source.table]?.unitOfMeasure ?? null;
  const pointerOf = (line: ProcurementLine) => `/procurement/lines/${procurement.lines.indexOf(line)}`;
  return [
    ...(procurement.total ? columnSums('/procurement/total', procurement.total, procurement.lines, '合计', unitOf, pointerOf) : []),
    ...procurement.subtotals.flatMap((subtotal, i) =>
      columnSums(`/procurement/subtotals/${i}`, subtotal, membersOf(subtotal, procurement), '小计', unitOf, pointerOf),
    ),
    ...fundingSums(procurement, unitOf),
    ...againstNarrative(procurement, disclosure.budgetSummary.procurementTotal, pointerOf),
  ];
}

/** Every money column printed on a total row vs the same column summed over its lines. */
function columnSums(path: string, total: ProcurementLine, lines: readonly ProcurementLine[], label: string, unitOf: UnitOf, pointerOf: PointerOf): Finding[] {
  if (lines.length === 0) return [];
  return moneyColumns.flatMap(({ pointer, read }) => {
    const printed = read(total);
    if (printed === null) return [];
    const summed = lines.filter((line) => read(line) !== null);
    const sum = sumYuan(summed.map((line) => read(line)!));
    if (sum === printed) return [];
    const against = summed.map((line) => `${pointerOf(line)}/${pointer}`);
    return [sumMismatch(`${path}/${pointer}`, `procurement ${label} ${pointer} is not the sum of its lines`, sum, printed, unitOf(total), against)];
  });
}

/**
 * The lines a 小计 / group row sums. Groups head their lines (the row comes
 * first) unless the table prints its 小计 rows at the foot of their groups.
 * A group row directly followed (or, at the foot, preceded) by another group
 * row sums groups, not lines, and its extent is not printed: it is left alone.
 */
function membersOf(subtotal: ProcurementLine, procurement: Procurement): ProcurementLine[] {
  const { table } = subtotal.source;
  const rows = [...procurement.subtotals, ...procurement.lines]
    .filter((line) => line.source.table === table)
    .sort((a, b) => a.source.row - b.source.row);
  const isLine = (line: ProcurementLine) => procurement.lines.includes(line);
  const atFoot = !isLine(rows[rows.length - 1]);
  const ordered = atFoot ? [...rows].reverse() : rows;
  const members: ProcurementLine[] = [];
  for (const line of ordered.slice(ordered.indexOf(subtotal) + 1)) {
    if (!isLine(line)) break;
    members.push(line);
  }
  return members;
}

/** A row's funding columns vs its 合计 amount. */
function fundingSums(procurement: Procurement, unitOf: UnitOf): Finding[] {
  const rows: [string, ProcurementLine][] = [
    ...(procurement.total ? [['/procurement/total', procurement.total] as [string, ProcurementLine]] : []),
    ...procurement.subtotals.map((line, i): [string, ProcurementLine] => [`/procurement/subtotals/${i}`, line]),
    ...procurement.lines.map((line, i): [string, ProcurementLine] => [`/procurement/lines/${i}`, line]),
  ];
  return rows.flatMap(([path, line]) => {
    const funding = Object.entries(line.funding).filter(([, value]) => value !== null);
    if (line.amount === null || funding.length === 0) return [];
    const sum = sumYuan(funding.map(([, value]) => value!));
    if (sum === line.amount) return [];
    const against = funding.map(([key]) => `${path}/funding/${key}`);
    return [sumMismatch(`${path}/amount`, 'procurement amount is not the sum of its funding sources', sum, line.amount, unitOf(line), against)];
  });
}

/** The narrative's 政府采购预算总额 vs the table's 合计, or the sum of its lines when it prints none. */
function againstNarrative(procurement: Procurement, narrative: number | null, pointerOf: PointerOf): Finding[] {
  if (narrative === null) return [];
  const printed = procurement.total?.amount ?? null;
  const lineAmounts = procurement.lines.flatMap((line) => line.amount ?? []);
  const table = printed ?? (lineAmounts.length > 0 ? sumYuan(lineAmounts) : null);
  if (table === null || agreesWithinRounding(narrative, table)) return [];
  const code = printed === null ? 'SUM_MISMATCH' : 'CROSS_TABLE_MISMATCH';
  const what = printed === null ? 'the sum of the procurement lines' : 'the procurement table 合计';
  const against = printed === null ? procurement.lines.filter((line) => line.amount !== null).map((line) => `${pointerOf(line)}/amount`) : ['/procurement/total/amount'];
  return [mismatch(code, '/budgetSummary/procurementTotal', `政府采购预算总额 differs from ${what}`, table, narrative, against)];
}
