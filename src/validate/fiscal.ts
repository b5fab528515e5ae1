// Findings on the fiscal tables: every printed total against its parts (合计
// rows vs top-level lines, 类 vs 款 vs 项, 合计 columns vs their columns), the
// two sides of the 收支总表, and the same figure printed in two tables or in a
// table and the narrative. Sums are exact decimals; a figure the document
// leaves blank counts as nothing.
import { Decimal } from 'decimal.js';
import type { Disclosure, FiscalLine, FiscalTable, Finding } from '../schema/canonical.js';
import { wholeLabel } from '../tables/total-words.js';
import { FISCAL_APPROPRIATION_SOURCES, revenueSources } from './revenue-sources.js';
import { halfLastDigit, sumTolerance, withinTolerance } from '../money/rounding.js';

type Values = FiscalLine['values'];

/** Columns that add up to another column: `whole` = the present `parts`. Tried on every row. */
interface ColumnRule {
  whole: string;
  parts: readonly string[];
  /** Columns the whole leaves out (决算's 年末结转和结余: carried over + received − carried forward = spent). */
  minus?: readonly string[];
  /** The rule applies only where the table has all of these columns… */
  requires: readonly string[];
  /** …and none of these (a layout the rule does not describe). */
  excludes?: readonly string[];
}


const columnRules: readonly ColumnRule[] = [
  { whole: 'total', parts: ['basic', 'project', 'superiorRemit', 'businessOperation', 'subordinateSubsidy', 'reserve'], requires: ['basic', 'project'] },
  { whole: 'total', parts: ['personnel', 'publicOperation', 'project'], requires: ['personnel', 'publicOperation'], excludes: ['basic'] },
  { whole: 'basic', parts: ['personnel', 'publicOperation'], requires: ['personnel', 'publicOperation'] },
  { whole: 'vehicles', parts: ['vehiclePurchase', 'vehicleOperation'], requires: ['vehiclePurchase', 'vehicleOperation'] },
  { whole: 'currentYear', parts: revenueSources, requires: ['currentYear', 'generalPublicBudget'] },
  {
    whole: 'total',
    parts: ['currentYear', 'carryover', 'nonFiscalSurplus', 'priorYearAccountBalance'],
    minus: ['carryForward'],
    requires: ['currentYear', 'carryover'],
  },
  {
    whole: 'total',
    parts: ['fiscalAppropriation', ...revenueSources.slice(FISCAL_APPROPRIATION_SOURCES), 'carryover', 'nonFiscalSurplus', 'priorYearAccountBalance'],
    requires: ['fiscalAppropriation'],
    excludes: ['currentYear'],
  },
  {
    whole: 'total',
    parts: [...revenueSources, 'carryover', 'nonFiscalSurplus', 'priorYearAccountBalance'],
    requires: ['generalPublicBudget', 'other'],
    excludes: ['currentYear', 'fiscalAppropriation'],
  },
];

/** The three categories of "三公"; some regions' 合计 also adds 会议费 and 培训费. */
const threePublicParts = ['overseasTravel', 'vehicles', 'reception'];
const threePublicExtras = ['meeting', 'training'];

export function validateFiscal(disclosure: Disclosure): Finding[] {
  const findings: Finding[] = [];
  disclosure.fiscalTables.forEach((table, t) => {
    if (table.empty) return;
    findings.push(...checkTotalsAgainstLines(table, t), ...checkHierarchy(table, t), ...checkColumns(table, t), ...checkSides(table, t), ...checkSideSums(table, t));
  });
  findings.push(...checkAcrossTables(disclosure), ...checkThreePublicNarrative(disclosure));
  return findings;
}

// ── sums inside one table ──────────────────────────────────────────────────

const summaryKinds = new Set<FiscalTable['kind']>(['income_expenditure_summary', 'appropriation_summary']);

/** A 合计 row against the table's top-level lines (a line whose code has no parent line). */
function checkTotalsAgainstLines(table: FiscalTable, t: number): Finding[] {
  if (summaryKinds.has(table.kind) || table.lines.length === 0) return [];
  const coded = table.lines.some((line) => line.code !== null);
  const parents = parentIndexes(table.lines);
  // Without codes, the top lines are those of level 1 (or of no stated level); a 其中 line details
  // the line above it, and counting it would add its figure twice.
  const uncodedTop = (line: FiscalLine) => (line.level === null || line.level === 1) && !/^其中/u.test(line.name);
  const top = table.lines.filter((line, i) => (coded ? line.code !== null : uncodedTop(line)) && parents[i] === null);
  const findings: Finding[] = [];
  table.totals.forEach((total, i) => {
    if (total.name.endsWith('小计')) return;
    // Side-by-side panels (人员经费 | 公用经费) each total their own lines: a total printed under a
    // panel covers it and the panels back to the previous panel printing a total (公用经费 run over two).
    const panel = total.panel ?? 0;
    const from = Math.max(-1, ...table.totals.map((other) => other.panel ?? 0).filter((other) => other < panel)) + 1;
    const own = top.filter((line) => (line.panel ?? 0) >= from && (line.panel ?? 0) <= panel);
    // Lines printing no code, numbering or indentation may still nest (a 类 over its 款, a unit over its projects):
    // where one of them is the sum of the lines after it, a flat sum says nothing about the table.
    if (!coded && own.every((line) => line.level === null) && nestsUnmarked(table, own)) return;
    for (const { key } of table.measures) {
      if (key.endsWith('changePct')) continue;
      const parts = own.map((line) => ({ value: line.values[key] ?? null, path: pointer(t, 'lines', table.lines.indexOf(line), key) }));
      if (holdsUnnestedGroups(table, total.values[key] ?? null, parts.map((part) => part.value))) continue;
      const finding = compare(
        table,
        total.values[key] ?? null,
        parts,
        pointer(t, 'totals', i, key),
        `${describe(table, t)}: ${total.name} (${key}) is not the sum of the table's ${own.length} top-level lines`,
      );
      if (finding) findings.push(finding);
    }
  });
  return findings;
}

/** 类 against its 款, 款 against its 项: each coded line against the lines directly under it. */
function checkHierarchy(table: FiscalTable, t: number): Finding[] {
  const parents = parentIndexes(table.lines);
  const findings: Finding[] = [];
  table.lines.forEach((line, p) => {
    const children = table.lines.flatMap((child, i) => (parents[i] === p ? [{ child, i }] : []));
    if (children.length === 0) return;
    for (const { key } of table.measures) {
      if (key.endsWith('changePct')) continue;
      const finding = compare(
        table,
        line.values[key] ?? null,
        children.map(({ child, i }) => ({ value: child.values[key] ?? null, path: pointer(t, 'lines', i, key) })),
        pointer(t, 'lines', p, key),
        `${describe(table, t)}: ${line.code} ${line.name} (${key}) is not the sum of its ${children.length} sub-items`,
      );
      if (finding) findings.push(finding);
    }
  });
  return findings;
}

/**
 * For each line, the index of the line it sits under: the nearest line above
 * it whose code its own code extends (longest first), within the same side.
 */
function parentIndexes(lines: readonly FiscalLine[]): (number | null)[] {
  return lines.map((line, i) => {
    if (line.code === null) return null;
    let best: number | null = null;
    for (let j = i - 1; j >= 0; j--) {
      const other = lines[j];
      if (other.code === null || other.side !== line.side || other.panel !== line.panel || other.scheme !== line.scheme) continue;
      if (other.code.length < line.code.length && line.code.startsWith(other.code)) {
        if (best === null || other.code.length > lines[best].code!.length) best = j;
      }
    }
    return best;
  });
}

/** 合计 columns against the columns they add up (total = basic + project, …), on every row. */
function checkColumns(table: FiscalTable, t: number): Finding[] {
  const keys = new Set(table.measures.map((measure) => measure.key));
  const rules = columnRules.filter(
    (rule) => keys.has(rule.whole) && rule.requires.every((key) => keys.has(key)) && !(rule.excludes ?? []).some((key) => keys.has(key)),
  );
  const carryoverParts = [...keys].filter((key) => key.startsWith('carryover.'));
  const findings: Finding[] = [];
  const rows: { kind: 'lines' | 'totals'; index: number; values: Values; name: string }[] = [
    ...table.lines.map((line, index) => ({ kind: 'lines' as const, index, values: line.values, name: line.name })),
    ...table.totals.map((total, index) => ({ kind: 'totals' as const, index, values: total.values, name: total.name })),
  ];
  for (const row of rows) {
    const check = (whole: string, parts: readonly string[], alternative?: readonly string[], minus: readonly string[] = []) => {
      const present = parts.filter((key) => keys.has(key));
      const less = minus.filter((key) => keys.has(key));
      const printed = row.values[whole] ?? null;
      if (alternative && printed !== null && sum(alternative.filter((key) => keys.has(key)).map((key) => row.values[key] ?? null)).equals(printed)) return;
      const negated = (value: number | null | undefined) => (value == null ? null : -value);
      const finding = compare(
        table,
        printed,
        [
          ...present.map((key) => ({ value: row.values[key] ?? null, path: pointer(t, row.kind, row.index, key) })),
          ...less.map((key) => ({ value: negated(row.values[key]), path: pointer(t, row.kind, row.index, key) })),
        ],
        pointer(t, row.kind, row.index, whole),
        `${describe(table, t)}: ${row.name} — ${whole} is not ${present.join(' + ')}${less.map((key) => ` − ${key}`).join('')}`,
      );
      if (finding) findings.push(finding);
    };
    for (const rule of rules) check(rule.whole, rule.parts, undefined, rule.minus);
    if (carryoverParts.length > 1 && keys.has('carryover')) check('carryover', carryoverParts);
    if (table.kind === 'three_public' && keys.has('total') && threePublicParts.every((key) => keys.has(key))) {
      check('total', threePublicParts, [...threePublicParts, ...threePublicExtras]);
      if (keys.has('totalWithMeetingTraining')) check('totalWithMeetingTraining', ['total', ...threePublicExtras]);
    }
  }
  return findings;
}

/** A 收支总表's 收入总计 against its 支出总计 (every expenditure panel of it). */
function checkSides(table: FiscalTable, t: number): Finding[] {
  if (!summaryKinds.has(table.kind)) return [];
  const grand = (side: 'revenue' | 'expenditure') => {
    const rows = table.totals.map((total, index) => ({ total, index })).filter(({ total }) => total.side === side);
    const overall = rows.filter(({ total }) => total.name.endsWith('总计'));
    return overall.length > 0 ? overall : rows.filter(({ total }) => total.name.endsWith('合计') && !/本年|当年/u.test(total.name));
  };
  const revenue = grand('revenue')[0];
  const revenueKey = revenue ? amountKey(revenue.total.values) : 'total';
  const received = revenue?.total.values[revenueKey];
  if (!revenue || received == null) return [];
  const findings: Finding[] = [];
  for (const expenditure of grand('expenditure')) {
    const key = amountKey(expenditure.total.values);
    const spent = expenditure.total.values[key];
    if (spent == null || new Decimal(spent).equals(received)) continue;
    findings.push({
      code: 'UNBALANCED',
      severity: 'error',
      path: pointer(t, 'totals', expenditure.index, key),
      message: `${describe(table, t)}: ${expenditure.total.name} differs from ${revenue.total.name}`,
      expected: received,
      actual: spent,
      against: [pointer(t, 'totals', revenue.index, revenueKey)],
    });
  }
  return findings;
}

/** The key of a row's one amount column: a lone 决算数 column is `actual.total` (final accounts), else `total`. */
function amountKey(values: Values): string {
  return 'actual.total' in values ? 'actual.total' : 'total';
}

/** A line that details the 结转和结余 line above it by fund (一般公共预算财政拨款 | 政府性基金… | 国有资本经营…). */
const FUND_DETAIL = /^(?:其中[:：]?)?(?:一般公共预算|政府性基金|国有资本经营)/u;

/**
 * Each side of a final-accounts 收支总表 (the uniform 决算 template): its 本年收入合计 / 本年支出合计 is
 * the sum of the side's lines printed above it, and its 总计 that figure plus the lines between the two
 * (用事业基金弥补收支差额, 年初结转和结余; 结余分配, 年末结转和结余) — a line detailing a 结转 line by fund
 * and a 其中 line add nothing of their own.
 */
function checkSideSums(table: FiscalTable, t: number): Finding[] {
  if (!summaryKinds.has(table.kind) || table.phase !== 'final_accounts') return [];
  const findings: Finding[] = [];
  for (const side of ['revenue', 'expenditure'] as const) {
    const rows = [
      ...table.lines.map((row, index) => ({ row, index, kind: 'lines' as const })),
      ...table.totals.map((row, index) => ({ row, index, kind: 'totals' as const })),
    ]
      .filter(({ row }) => row.side === side);
    // The printed order is the rows' order in the source table.
    if (rows.some(({ row }) => !row.source)) continue;
    rows.sort((a, b) => a.row.source!.row - b.row.source!.row);
    const yearTotal = rows.findIndex(({ kind, row }) => kind === 'totals' && /^(?:本年|当年)(?:收入|支出)合计$/u.test(row.name));
    const grandTotal = rows.findIndex(({ kind, row }, at) => at > yearTotal && kind === 'totals' && /总计$/u.test(row.name));
    if (yearTotal < 0) continue;
    const counted = (from: number, to: number) =>
      rows.slice(from, to).filter(({ kind, row }) => kind === 'lines' && (row.level === null || row.level === 1) && !/^其中/u.test(row.name) && !(from > 0 && FUND_DETAIL.test(row.name)));
    const check = (whole: (typeof rows)[number], parts: typeof rows) => {
      for (const key of Object.keys(whole.row.values)) {
        const finding = compare(
          table,
          whole.row.values[key] ?? null,
          parts.map(({ row, index, kind }) => ({ value: row.values[key] ?? null, path: pointer(t, kind, index, key) })),
          pointer(t, whole.kind, whole.index, key),
          `${describe(table, t)}: ${whole.row.name} (${key}) is not the sum of the ${side} lines it adds`,
        );
        if (finding) findings.push(finding);
      }
    };
    check(rows[yearTotal], counted(0, yearTotal));
    if (grandTotal > 0) check(rows[grandTotal], [rows[yearTotal], ...counted(yearTotal + 1, grandTotal)]);
  }
  return findings;
}

// ── the same figure in two places ──────────────────────────────────────────

interface Figure {
  path: string;
  value: number;
  where: string;
}

function tableFigure(disclosure: Disclosure, kind: FiscalTable['kind'], pick: (table: FiscalTable) => { index: number; key: string } | null): Figure | null {
  const t = disclosure.fiscalTables.findIndex((table) => table.kind === kind && !table.empty && table.phase === stagePhase(disclosure));
  if (t < 0) return null;
  const table = disclosure.fiscalTables[t];
  const picked = pick(table);
  if (!picked) return null;
  const value = table.totals[picked.index].values[picked.key];
  if (value == null) return null;
  return { path: pointer(t, 'totals', picked.index, picked.key), value, where: `${describe(table, t)} ${table.totals[picked.index].name}` };
}

function stagePhase(disclosure: Disclosure): FiscalTable['phase'] {
  return disclosure.document.stage;
}

const grandTotal = (table: FiscalTable) => {
  // '' is the one row of a table that has no label column.
  const index = table.totals.findIndex((total) => total.side === null && (total.name === '' || wholeLabel.test(total.name)));
  return index < 0 ? null : index;
};

function sideTotal(table: FiscalTable, side: 'revenue' | 'expenditure', name: RegExp): number | null {
  const index = table.totals.findIndex((total) => total.side === side && name.test(total.name));
  return index < 0 ? null : index;
}

function checkAcrossTables(disclosure: Disclosure): Finding[] {
  const withKey = (key: string) => (table: FiscalTable) => {
    const index = grandTotal(table);
    const own = table.measures.some((measure) => measure.key === `actual.${key}`) ? `actual.${key}` : key;
    return index === null || !table.measures.some((measure) => measure.key === own) ? null : { index, key: own };
  };
  const sideRow = (side: 'revenue' | 'expenditure', name: RegExp, key?: string) => (table: FiscalTable) => {
    const index = sideTotal(table, side, name);
    if (index === null) return null;
    const own = key ?? amountKey(table.totals[index].values);
    return table.totals[index].values[own] == null ? null : { index, key: own };
  };
  const pairs: [Figure | null, Figure | null][] = [
    [tableFigure(disclosure, 'income_expenditure_summary', sideRow('expenditure', /本年支出合计$/u)), tableFigure(disclosure, 'expenditure', withKey('total'))],
    [tableFigure(disclosure, 'income_expenditure_summary', sideRow('revenue', /收入总计$/u)), tableFigure(disclosure, 'income', withKey('total'))],
    [tableFigure(disclosure, 'general_public_expenditure', withKey('basic')), tableFigure(disclosure, 'basic_expenditure', withKey('total'))],
    // 财政拨款收支总表's 一般公共预算 expenditure column (carryover included) against the 一般公共预算支出表.
    [tableFigure(disclosure, 'appropriation_summary', sideRow('expenditure', /^支出(总计|合计)$/u, 'generalPublicBudget')), tableFigure(disclosure, 'general_public_expenditure', withKey('total'))],
  ];
  // The uniform 决算 template also prints this year's figures twice: the 收支决算总表's 本年收入合计 is the
  // 收入决算表's 本年收入合计 column, and the 财政拨款收支决算总表's 本年支出合计 under 一般公共预算财政拨款 the
  // 一般公共预算财政拨款支出决算表's 合计 (its 总计 adds the 年末结转和结余).
  if (disclosure.document.stage === 'final_accounts') {
    pairs.push(
      [tableFigure(disclosure, 'income_expenditure_summary', sideRow('revenue', /^本年收入合计$/u)), tableFigure(disclosure, 'income', withKey('currentYear'))],
      [tableFigure(disclosure, 'appropriation_summary', sideRow('expenditure', /^本年支出合计$/u, 'generalPublicBudget')), tableFigure(disclosure, 'general_public_expenditure', withKey('total'))],
    );
  }
  return pairs.flatMap(([a, b]) => {
    if (!a || !b || new Decimal(a.value).equals(b.value)) return [];
    return [
      {
        code: 'CROSS_TABLE_MISMATCH' as const,
        severity: 'error' as const,
        path: b.path,
        message: `${b.where} differs from ${a.where}`,
        expected: a.value,
        actual: b.value,
        against: [a.path],
      },
    ];
  });
}

/**
 * The 三公 table against budgetSummary.threePublic (which holds the three
 * categories only), allowing the narrative's own rounding: a narrative figure
 * in whole hundreds of yuan (two decimals of 万元) may differ by half of that
 * (narrower than elsewhere; see rounding.ts).
 */
function checkThreePublicNarrative(disclosure: Disclosure): Finding[] {
  const t = disclosure.fiscalTables.findIndex((table) => table.kind === 'three_public' && !table.empty && table.phase === stagePhase(disclosure));
  if (t < 0) return [];
  const table = disclosure.fiscalTables[t];
  const row = grandTotal(table);
  if (row === null) return [];
  const values = table.totals[row].values;
  const keys = new Set(table.measures.map((measure) => measure.key));
  const threeOnly = threePublicParts.every((key) => keys.has(key)) && threePublicExtras.some((key) => keys.has(key));
  const tableValue = (key: string): number | null =>
    key === 'total' && threeOnly ? sum(threePublicParts.map((part) => values[part] ?? null)).toNumber() : (values[key] ?? null);
  const narrative = disclosure.budgetSummary.threePublic;
  const findings: Finding[] = [];
  for (const key of ['total', 'overseasTravel', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const) {
    const told = narrative[key];
    const printed = tableValue(key);
    if (told === null || printed === null || !keys.has(key)) continue;
    const tolerance = new Decimal(told).mod(100).isZero() ? halfLastDigit('万元') : 0;
    if (withinTolerance(told, printed, tolerance)) continue;
    findings.push({
      code: 'CROSS_TABLE_MISMATCH',
      severity: 'error',
      path: `/budgetSummary/threePublic/${key}`,
      message: `"三公" ${key}: the narrative's figure differs from ${describe(table, t)}`,
      expected: printed,
      actual: told,
      against: key === 'total' && threeOnly ? threePublicParts.map((part) => pointer(t, 'totals', row, part)) : [pointer(t, 'totals', row, key)],
    });
  }
  return findings;
}

// ── helpers ────────────────────────────────────────────────────────────────

/**
 * Lines adding up to a whole multiple (two or more) of their total hold group rows
 * the table prints without a code, numbering or indentation to nest them by (a
 * unit's row above its projects, 全额 above the units): each level repeats the
 * total, and the reader cannot tell the levels apart, so no sum is checked.
 */
function holdsUnnestedGroups(table: FiscalTable, printed: number | null, parts: readonly (number | null)[]): boolean {
  if (printed === null || printed === 0) return false;
  const total = sum(parts);
  const multiple = total.dividedBy(printed).toDecimalPlaces(0);
  // Each level's rows are rounded figures of their own: the multiple holds to the rounding of the printed parts.
  return multiple.greaterThanOrEqualTo(2) && withinTolerance(total, multiple.times(printed), sumTolerance(table.unitOfMeasure, parts.length + 1));
}

/**
 * Whether a line of these is the sum of two or more non-zero lines right after it, in every measure, to the rounding
 * of the printed figures: rows the table nests without marking them.
 */
function nestsUnmarked(table: FiscalTable, lines: readonly FiscalLine[]): boolean {
  const keys = table.measures.map((measure) => measure.key).filter((key) => !key.endsWith('changePct'));
  const figure = (line: FiscalLine, key: string) => line.values[key] ?? 0;
  return lines.some((head, at) => {
    if (!keys.some((key) => figure(head, key) !== 0)) return false;
    const sums = new Map(keys.map((key) => [key, new Decimal(0)]));
    let items = 0;
    for (const line of lines.slice(at + 1)) {
      if (!keys.some((key) => figure(line, key) !== 0)) continue;
      items++;
      for (const key of keys) sums.set(key, sums.get(key)!.plus(figure(line, key)));
      const tolerance = sumTolerance(table.unitOfMeasure, items + 1);
      if (items >= 2 && keys.every((key) => withinTolerance(sums.get(key)!, figure(head, key), tolerance))) return true;
      if (keys.some((key) => sums.get(key)!.abs().greaterThan(new Decimal(figure(head, key)).abs().plus(tolerance)))) return false;
    }
    return false;
  });
}

function sum(values: readonly (number | null)[]): Decimal {
  return values.reduce<Decimal>((total, value) => (value === null ? total : total.plus(value)), new Decimal(0));
}

/**
 * A SUM_MISMATCH where the printed figure is not the sum of its parts (blank
 * parts add nothing). A difference within the rounding of the printed parts is
 * still reported — it is in the document — but as a warning.
 */
function compare(
  table: FiscalTable,
  printed: number | null,
  parts: readonly { value: number | null; path: string }[],
  path: string,
  message: string,
): Finding | null {
  if (parts.length === 0 || parts.every((part) => part.value === null)) return null;
  const expected = sum(parts.map((part) => part.value));
  const actual = new Decimal(printed ?? 0);
  if (expected.equals(actual)) return null;
  const rounding = withinTolerance(expected, actual, sumTolerance(table.unitOfMeasure, parts.length + 1));
  return {
    code: 'SUM_MISMATCH',
    severity: rounding ? 'warning' : 'error',
    path,
    message: rounding ? `${message} (within the rounding of the printed figures)` : message,
    expected: expected.toNumber(),
    actual: actual.toNumber(),
    against: parts.map((part) => part.path),
  };
}

function describe(table: FiscalTable, t: number): string {
  return `fiscal table ${t} (${table.label ? `${table.label} ` : ''}${table.title})`;
}

function pointer(t: number, kind: 'lines' | 'totals', index: number, key: string): string {
  return `/fiscalTables/${t}/${kind}/${index}/values/${escapeKey(key)}`;
}

/** JSON pointer escaping (RFC 6901): a key printed as a header path may hold `/`. */
function escapeKey(key: string): string {
  return key.replace(/~/gu, '~0').replace(/\//gu, '~1');
}
