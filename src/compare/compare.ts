// The same body in two years: every budgetSummary figure, every fiscal line
// matched by classification code, indicators and procurement lines added,
// removed and changed. Pure: two canonical documents in, a comparison out.
import type { Disclosure, FiscalTable, Indicator, ProcurementLine } from '../schema/canonical.js';
import { budgetSummaryPaths, figureAt } from '../export/summary-figures.js';
import { change, isChanged, type Change } from './change.js';
import { pairBy } from './keyed.js';

export interface DocumentRef {
  file: string;
  sha256: string;
  title: string;
  unit: string;
  fiscalYear: number;
  stage: Disclosure['document']['stage'];
}

export interface ComparisonWarning {
  code: 'DIFFERENT_UNIT' | 'YEARS_NOT_CONSECUTIVE' | 'DIFFERENT_STAGE';
  message: string;
}

export type Status = 'added' | 'removed' | 'changed' | 'unchanged';

export interface FigureChange extends Change {
  figure: string;
}

export interface FiscalLineChange extends Change {
  status: Status;
  tableKind: FiscalTable['kind'];
  tableTitle: string;
  side: string | null;
  scheme: string | null;
  code: string | null;
  name: string;
  measure: string;
}

export interface IndicatorRef {
  project: string;
  overall: boolean;
  level1: string | null;
  level2: string | null;
  name: string;
  target: string;
}

export interface IndicatorChange extends Omit<IndicatorRef, 'target'> {
  baseTarget: string;
  targetTarget: string;
}

export interface ProcurementRef {
  project: string | null;
  item: string | null;
  catalogCode: string | null;
  amount: number | null;
}

export interface ProcurementChange extends Omit<ProcurementRef, 'amount'> {
  changes: (Change & { field: string })[];
}

export interface Comparison {
  base: DocumentRef;
  target: DocumentRef;
  warnings: ComparisonWarning[];
  budgetSummary: FigureChange[];
  fiscalLines: FiscalLineChange[];
  indicators: { added: IndicatorRef[]; removed: IndicatorRef[]; changed: IndicatorChange[] };
  procurement: { added: ProcurementRef[]; removed: ProcurementRef[]; changed: ProcurementChange[] };
}

export function compareDisclosures(base: Disclosure, target: Disclosure): Comparison {
  return {
    base: refOf(base),
    target: refOf(target),
    warnings: warningsFor(base, target),
    budgetSummary: budgetSummaryPaths.map((figure) => ({ figure, ...change(figureAt(base.budgetSummary, figure), figureAt(target.budgetSummary, figure)) })),
    fiscalLines: compareFiscalLines(base, target),
    indicators: compareIndicators(base, target),
    procurement: compareProcurement(base, target),
  };
}

function refOf(d: Disclosure): DocumentRef {
  return { file: d.source.file, sha256: d.source.sha256, title: d.document.title, unit: d.document.unit, fiscalYear: d.document.fiscalYear, stage: d.document.stage };
}

const sameName = (a: string, b: string) => a.replace(/\s+/gu, '') === b.replace(/\s+/gu, '');

function warningsFor(base: Disclosure, target: Disclosure): ComparisonWarning[] {
  const warnings: ComparisonWarning[] = [];
  const a = base.document;
  const b = target.document;
  if (!sameName(a.unit, b.unit)) {
    warnings.push({ code: 'DIFFERENT_UNIT', message: `the documents are from different bodies: ${a.unit} and ${b.unit}` });
  }
  if (b.fiscalYear - a.fiscalYear !== 1) {
    warnings.push({ code: 'YEARS_NOT_CONSECUTIVE', message: `the fiscal years are ${a.fiscalYear} and ${b.fiscalYear}, not one year apart in that order` });
  }
  if (a.stage !== b.stage) {
    warnings.push({ code: 'DIFFERENT_STAGE', message: `a ${a.stage.replace('_', ' ')} is compared with a ${b.stage.replace('_', ' ')}` });
  }
  return warnings;
}

interface LocatedLine {
  table: FiscalTable;
  tableKey: string;
  line: FiscalTable['lines'][number];
}

/** Lines keyed by the table they sit in (its kind, and which of that kind) and their classification code, else their name. */
function fiscalLinesOf(d: Disclosure): LocatedLine[] {
  const kinds = new Map<string, number>();
  return d.fiscalTables.flatMap((table) => {
    const n = (kinds.get(table.kind) ?? 0) + 1;
    kinds.set(table.kind, n);
    return table.lines.map((line) => ({ table, tableKey: `${table.kind}#${n}`, line }));
  });
}

function compareFiscalLines(base: Disclosure, target: Disclosure): FiscalLineChange[] {
  const keyOf = ({ tableKey, line }: LocatedLine) =>
    [tableKey, line.side ?? '', line.unit ?? '', line.code ? `${line.scheme ?? ''}:${line.code}` : `name:${line.name}`].join('|');
  return pairBy(fiscalLinesOf(base), fiscalLinesOf(target), keyOf).flatMap(({ base: a, target: b }) => {
    const located = (b ?? a)!;
    const measures = [...new Set([...(a ? measureKeys(a) : []), ...(b ? measureKeys(b) : [])])];
    return measures.map((measure) => {
      const values = change(a?.line.values[measure] ?? null, b?.line.values[measure] ?? null);
      const status: Status = !a ? 'added' : !b ? 'removed' : isChanged(values) ? 'changed' : 'unchanged';
      return {
        status,
        tableKind: located.table.kind,
        tableTitle: located.table.title,
        side: located.line.side,
        scheme: located.line.scheme,
        code: located.line.code,
        name: located.line.name,
        measure,
        ...values,
      };
    });
  });
}

const measureKeys = ({ table, line }: LocatedLine) => table.measures.map((m) => m.key).filter((key) => key in line.values);

type IndicatorEntry = { project: string; projectUnit: string | null; overall: boolean; indicator: Indicator };

function indicatorsOf(d: Disclosure): IndicatorEntry[] {
  const overall = d.performance.overall
    ? d.performance.overall.indicators.map((indicator) => ({ project: d.performance.overall!.name, projectUnit: null, overall: true, indicator }))
    : [];
  return [
    ...overall,
    ...d.performance.projects.flatMap((p) => p.indicators.map((indicator) => ({ project: p.name, projectUnit: p.unit, overall: false, indicator }))),
  ];
}

function compareIndicators(base: Disclosure, target: Disclosure): Comparison['indicators'] {
  // The whole-unit targets match across years even when the unit's printed name changes.
  // Projects of different sub-units may share a name (其他运行经费 under many offices): the unit is part of the key.
  const keyOf = (entry: IndicatorEntry) => `${entry.overall ? '(整体)' : `${entry.projectUnit ?? ''}|${entry.project}`}|${entry.indicator.name}`;
  const about = (entry: IndicatorEntry) => ({
    project: entry.project,
    overall: entry.overall,
    level1: entry.indicator.level1,
    level2: entry.indicator.level2,
    name: entry.indicator.name,
  });
  const ref = (entry: IndicatorEntry): IndicatorRef => ({ ...about(entry), target: entry.indicator.target.raw });
  const result: Comparison['indicators'] = { added: [], removed: [], changed: [] };
  for (const { base: a, target: b } of pairBy(indicatorsOf(base), indicatorsOf(target), keyOf)) {
    if (!a) result.added.push(ref(b!));
    else if (!b) result.removed.push(ref(a));
    else if (!sameName(a.indicator.target.raw, b.indicator.target.raw)) {
      result.changed.push({ ...about(b), baseTarget: a.indicator.target.raw, targetTarget: b.indicator.target.raw });
    }
  }
  return result;
}

const procurementFields: [string, (line: ProcurementLine) => number | null][] = [
  ['projectBudget', (l) => l.projectBudget],
  ['quantity', (l) => l.quantity],
  ['unitPrice', (l) => l.unitPrice],
  ['amount', (l) => l.amount],
  ...(['generalPublicBudget', 'governmentFund', 'stateCapital', 'specialAccount', 'unitFunds', 'fiscalCarryover', 'nonFiscalCarryover'] as const).map(
    (key): [string, (line: ProcurementLine) => number | null] => [`funding.${key}`, (l) => l.funding[key]],
  ),
  ['smeReserved', (l) => l.smeReserved],
];

function compareProcurement(base: Disclosure, target: Disclosure): Comparison['procurement'] {
  const keyOf = (l: ProcurementLine) => [l.project ?? '', l.item ?? '', l.catalogCode ?? ''].join('|');
  const ref = (l: ProcurementLine): ProcurementRef => ({ project: l.project, item: l.item, catalogCode: l.catalogCode, amount: l.amount });
  const result: Comparison['procurement'] = { added: [], removed: [], changed: [] };
  for (const { base: a, target: b } of pairBy(base.procurement.lines, target.procurement.lines, keyOf)) {
    if (!a) result.added.push(ref(b!));
    else if (!b) result.removed.push(ref(a));
    else {
      const changes = procurementFields.map(([field, read]) => ({ field, ...change(read(a), read(b)) })).filter(isChanged);
      if (changes.length > 0) result.changed.push({ project: a.project, item: a.item, catalogCode: a.catalogCode, changes });
    }
  }
  return result;
}
