// The same body in two years: every budgetSummary figure, every fiscal line
// matched by classification code, indicators and procurement lines added,
// removed and changed; then each real change once, with the reason the later
// notice gives for it, and a headline. Pure: two canonical documents in, a comparison out.
import type { Disclosure, FiscalTable, Indicator, ProcurementLine } from '../schema/canonical.js';
import { budgetSummaryPaths, figureAt } from '../export/summary-figures.js';
import { change, isChanged, statusOf, type Change, type Status } from './change.js';
import { actualColumns, actualOf, measureKeys, pairFiscalLines, renaming, type LocatedLine } from './fiscal-lines.js';
import { headline, type HeadlineItem } from './headline.js';
import { pairBy } from './keyed.js';
import { tableKindLabels } from './labels.js';
import { reasonIndex } from './reasons.js';
import { defaultCompareSettings, type CompareSettings } from './settings.js';
import { signalChanges, type LinePair } from './signal.js';

export interface DocumentRef {
  file: string;
  sha256: string;
  title: string;
  unit: string;
  fiscalYear: number;
  stage: Disclosure['document']['stage'];
}

export interface ComparisonWarning {
  code: 'DIFFERENT_UNIT' | 'YEARS_NOT_CONSECUTIVE' | 'DIFFERENT_STAGE' | 'DIFFERENT_YEAR' | 'NOT_BUDGET_AND_FINAL';
  message: string;
}

export type { Status } from './change.js';

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
  /** The base year's name of a line the target year prints under another name. */
  renamedFrom: string | null;
  /** The base year's code of a line the target year prints under another code. */
  recodedFrom: string | null;
  measure: string;
}

/** A change as the report shows it: once, at its most telling source, with the other places that print it. */
export interface SignalChange extends Change {
  status: Status;
  /** `budgetSummary` for a summary figure, else the table kind. */
  source: string;
  figure: string | null;
  code: string | null;
  /** Chinese: the figure's label, or the line's name (under the line one level up). */
  name: string;
  renamedFrom: string | null;
  recodedFrom: string | null;
  /** Chinese label of the column, null for a summary figure. */
  measure: string | null;
  alsoIn: string[];
  /** What the later notice gives as the reason, where it states one. */
  reason: string | null;
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

/** A part one notice prints and the other does not: said once instead of listing its contents as added or removed. */
export interface AbsentPart {
  part: string;
  /** The fiscal year whose notice prints it. */
  printedIn: number;
  missingIn: number;
  /** A narrative section of the other notice speaking of the same thing (performance goals told as prose). */
  proseIn: string | null;
}

export interface Comparison {
  base: DocumentRef;
  target: DocumentRef;
  warnings: ComparisonWarning[];
  headline: HeadlineItem[];
  changes: SignalChange[];
  absent: AbsentPart[];
  budgetSummary: FigureChange[];
  fiscalLines: FiscalLineChange[];
  indicators: {
    added: IndicatorRef[];
    removed: IndicatorRef[];
    changed: IndicatorChange[];
    projectsAdded: { project: string; indicators: number }[];
    projectsRemoved: { project: string; indicators: number }[];
  };
  procurement: { added: ProcurementRef[]; removed: ProcurementRef[]; changed: ProcurementChange[] };
}

export function compareDisclosures(base: Disclosure, target: Disclosure, settings: CompareSettings = defaultCompareSettings): Comparison {
  const reasons = reasonIndex(target);
  const budgetSummary = budgetSummaryPaths.map((figure) => ({ figure, ...change(figureAt(base.budgetSummary, figure), figureAt(target.budgetSummary, figure)) }));
  const absent: AbsentPart[] = [];
  const fiscal = compareFiscalLines(base, target, absent);
  const changes = signalChanges(budgetSummary, fiscal.located, reasons).filter(isChanged);
  return {
    base: refOf(base),
    target: refOf(target),
    warnings: warningsFor(base, target),
    headline: headline(budgetSummary, changes, reasons, settings),
    changes,
    absent: [...absent, ...absentPerformance(base, target), ...absentProcurement(base, target)],
    budgetSummary,
    fiscalLines: fiscal.changes,
    indicators: compareIndicators(base, target),
    procurement: compareProcurement(base, target),
  };
}

export function refOf(d: Disclosure): DocumentRef {
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

function compareFiscalLines(base: Disclosure, target: Disclosure, absent: AbsentPart[]): { changes: FiscalLineChange[]; located: LinePair[] } {
  const tablesOf = (d: Disclosure) => new Set(d.fiscalTables.map((t) => t.kind));
  const [baseKinds, targetKinds] = [tablesOf(base), tablesOf(target)];
  for (const kind of baseKinds) if (!targetKinds.has(kind)) absent.push({ part: tableKindLabels[kind], printedIn: base.document.fiscalYear, missingIn: target.document.fiscalYear, proseIn: null });
  for (const kind of targetKinds) if (!baseKinds.has(kind)) absent.push({ part: tableKindLabels[kind], printedIn: target.document.fiscalYear, missingIn: base.document.fiscalYear, proseIn: null });
  // A year's final accounts against a budget (比上年执行数): the actuals (决算数) stand against the budget's columns.
  const actualsOnly = base.document.stage !== target.document.stage;
  const asActual = (l: LocatedLine) => actualsOnly && l.table.phase === 'final_accounts';
  const columnsOf = (l: LocatedLine) => (asActual(l) ? actualColumns(l) : measureKeys(l));
  const valueOf = (l: LocatedLine, key: string) => (asActual(l) ? actualOf(l.line.values, key) : (l.line.values[key] ?? null));
  const located: LinePair[] = [];
  const changes = pairFiscalLines(base, target).flatMap(({ base: a, target: b }) => {
    const line = (b ?? a)!;
    // A table only one notice prints is reported once as absent, not line by line.
    if (!baseKinds.has(line.table.kind) || !targetKinds.has(line.table.kind)) return [];
    const measures = [...new Set([...(a ? columnsOf(a) : []), ...(b ? columnsOf(b) : [])])];
    return measures.map((measure) => {
      const values = change(a ? valueOf(a, measure) : null, b ? valueOf(b, measure) : null);
      located.push({ a, b, measure, values });
      return {
        status: statusOf(values),
        tableKind: line.table.kind,
        tableTitle: line.table.title,
        side: line.line.side,
        scheme: line.line.scheme,
        code: line.line.code,
        name: line.line.name,
        ...renaming(a, b),
        measure,
        ...values,
      };
    });
  });
  return { changes, located };
}


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

/** The narrative section of a notice speaking of a part (绩效目标, 政府采购): where a notice without its table tells it. */
const proseAbout = (d: Disclosure, topic: RegExp) => d.sections.find((s) => topic.test(s.title) || topic.test(s.text))?.title ?? null;

/** A part with records in one notice and none in the other, said once (and then not compared record by record). */
function absentPart(part: string, topic: RegExp, base: Disclosure, target: Disclosure, count: (d: Disclosure) => number): AbsentPart[] {
  const [a, b] = [count(base), count(target)];
  if (a > 0 && b === 0) return [{ part, printedIn: base.document.fiscalYear, missingIn: target.document.fiscalYear, proseIn: proseAbout(target, topic) }];
  if (b > 0 && a === 0) return [{ part, printedIn: target.document.fiscalYear, missingIn: base.document.fiscalYear, proseIn: proseAbout(base, topic) }];
  return [];
}

const absentPerformance = (base: Disclosure, target: Disclosure) => absentPart('绩效指标', /绩效目标/u, base, target, (d) => indicatorsOf(d).length);
const absentProcurement = (base: Disclosure, target: Disclosure) => absentPart('政府采购明细', /政府采购/u, base, target, (d) => d.procurement.lines.length);

/** Matches the indicators of both notices; each project only one notice has is one line, not one per indicator. */
export function pairIndicators(base: Disclosure, target: Disclosure) {
  // The whole-unit targets match across years even when the unit's printed name changes.
  // Projects of different sub-units may share a name (其他运行经费 under many offices): the unit is part of the key.
  const projectOf = (entry: IndicatorEntry) => (entry.overall ? '(整体)' : `${entry.projectUnit ?? ''}|${entry.project}`);
  return pairBy(indicatorsOf(base), indicatorsOf(target), (entry) => `${projectOf(entry)}|${entry.indicator.name}`).map((pair) => ({ ...pair, project: projectOf((pair.base ?? pair.target)!) }));
}

function compareIndicators(base: Disclosure, target: Disclosure): Comparison['indicators'] {
  const result: Comparison['indicators'] = { added: [], removed: [], changed: [], projectsAdded: [], projectsRemoved: [] };
  // A notice without any indicator is reported as an absent part (absentPerformance).
  if (indicatorsOf(base).length === 0 || indicatorsOf(target).length === 0) return result;
  const about = (entry: IndicatorEntry) => ({
    project: entry.project,
    overall: entry.overall,
    level1: entry.indicator.level1,
    level2: entry.indicator.level2,
    name: entry.indicator.name,
  });
  const ref = (entry: IndicatorEntry): IndicatorRef => ({ ...about(entry), target: entry.indicator.target.raw });
  const pairs = pairIndicators(base, target);
  const projects = (side: 'base' | 'target') => new Set(pairs.filter((p) => p[side]).map((p) => p.project));
  const [baseProjects, targetProjects] = [projects('base'), projects('target')];
  const count = (list: { project: string; indicators: number }[], entry: IndicatorEntry) => {
    const found = list.find((p) => p.project === entry.project);
    if (found) found.indicators += 1;
    else list.push({ project: entry.project, indicators: 1 });
  };
  for (const { base: a, target: b, project } of pairs) {
    if (!a) {
      if (baseProjects.has(project)) result.added.push(ref(b!));
      else count(result.projectsAdded, b!);
    } else if (!b) {
      if (targetProjects.has(project)) result.removed.push(ref(a));
      else count(result.projectsRemoved, a);
    } else if (!sameName(a.indicator.target.raw, b.indicator.target.raw)) {
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
  // A notice without any procurement line is reported as an absent part (absentProcurement).
  if (base.procurement.lines.length === 0 || target.procurement.lines.length === 0) return result;
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
