// The budget summary as the narrative states it. Each total opens a
// statement (its sentence from the total on, and the sentences after it up to
// the next topic); the parts are read only inside that statement, so a
// 一般公共预算 figure of another paragraph never passes for a revenue part.
import { subtractYuan, sumYuan } from '../../money/amount.js';
import type { DocumentInfo } from '../../schema/canonical.js';
import { foldWidth } from '../../text/clean.js';
import { actualAfterBudget, findLabel, matchChange, matchFigure, withBudgetAfter, type NarrativeFigure } from './figures.js';
import { splitSentences, topLevelHeading, type Sentence } from './sentences.js';
import * as labels from './summary-labels.js';

export interface NarrativeValue {
  yuan: number;
  /** How far another source may differ and still agree (half the last printed digit; 0 for changes). */
  tolerance: number;
  /** The sentence the figure was read from. */
  evidence: string;
  /** Computed from stated figures (currentYear = total − carryover) rather than printed. */
  derived: boolean;
  /** Final accounts: the budget the sentence states beside this actual. */
  budget?: { yuan: number; tolerance: number };
}

/** Dotted budgetSummary path (`revenue.total`) → the value the narrative gives it. */
export type NarrativeSummary = Record<string, NarrativeValue>;

/** Sentences on a part of spending with totals of its own. */
const otherTopic = /三公|会议费|培训费|机关运行经费|政府采购/u;

/** How many sentences a statement may run on past its opening sentence. */
const MAX_RUN_ON = 15;

interface Segment {
  sentence: Sentence;
  from: number;
  to: number;
}

/** `label … amount` in a sentence, as the notice's stage reads it. */
type FigureMatcher = (sentence: Sentence, label: string, from?: number, to?: number) => NarrativeFigure | null;

/**
 * Final accounts state the budget and the actual in one clause (`年初预算为0.95万元，支出决算为0.00万元`,
 * `支出决算为0.16万元，完成预算0万元`): the figure is the actual (rule 3), and the budget it was
 * measured against is kept beside it.
 */
function matcherFor(stage: DocumentInfo['stage']): FigureMatcher {
  if (stage === 'budget') return matchFigure;
  return (sentence, label, from, to) => {
    const figure = matchFigure(sentence, label, from, to);
    return figure && (actualAfterBudget(figure, to) ?? withBudgetAfter(figure, to));
  };
}

export function readNarrativeSummary(paragraphs: readonly string[], stage: DocumentInfo['stage'] = 'budget'): NarrativeSummary {
  const match = matcherFor(stage);
  const sentences = splitSentences(paragraphs);
  const found: NarrativeSummary = {};
  const put = (path: string, figure: NarrativeFigure | null) => {
    if (figure) found[path] = { yuan: figure.yuan, tolerance: figure.tolerance, evidence: figure.sentence.text, derived: false, ...(figure.budget && { budget: figure.budget }) };
  };

  // The department's totals are never stated in a sentence on “三公”, 机关运行经费 or procurement
  // (`“三公”经费及会议费、培训费预算支出共263.72万元`).
  const overall = sentences.filter((sentence) => !otherTopic.test(sentence.text));
  const revenueTotal = firstFigure(match, overall, labels.revenueTotalLabels);
  const expenditureTotal = firstFigure(match, overall, labels.expenditureTotalLabels);

  put('revenue.total', revenueTotal);
  put('revenue.currentYear', firstFigure(match, sentences, [labels.revenueCurrentYearLabel]));
  // Notices restate a total (`收入、支出预算总计…` then `（一）收入预算总计…。包括：…`): parts are read in
  // every statement the same total opens, the first statement stating a part giving it.
  const putFirst = (path: string, figure: NarrativeFigure | null) => {
    if (!found[path]) put(path, figure);
  };
  for (const opener of restatements(match, overall, labels.revenueTotalLabels, revenueTotal)) {
    const scope = statement(sentences, opener, labels.expenditureTotalLabels, /支出/u);
    for (const [key, label] of Object.entries(labels.revenuePartLabels)) putFirst(`revenue.${key}`, firstInScope(match, scope, label));
  }
  deriveRevenueCurrentYear(found);

  put('expenditure.total', expenditureTotal);
  put('expenditure.currentYear', firstFigure(match, sentences, [labels.expenditureCurrentYearLabel]));
  let carryForward: NarrativeFigure | null = null;
  for (const opener of restatements(match, overall, labels.expenditureTotalLabels, expenditureTotal)) {
    // A sentence on the 财政拨款 share (`财政拨款安排支出…，其中：基本支出…`, Kunming) states the parts of that share, not of the total.
    const scope = statement(sentences, opener, labels.revenueTotalLabels, /收入|收支|增减|三公|^[^,，。]{0,10}财政拨款(?:安排)?(?:的)?支出/u);
    for (const [key, label] of Object.entries(labels.expenditurePartLabels)) putFirst(`expenditure.${key}`, firstInScope(match, scope, label));
    carryForward ??= firstInScope(match, scope, labels.carryForwardLabel);
  }
  deriveExpenditureCurrentYear(found, carryForward);

  readChanges(match, sentences, found);

  put('operatingExpenses', firstFigure(match, sentences, [labels.operatingExpensesLabel]) ?? statedNone(sentences, labels.operatingExpensesNone));
  const threePublicTotal = firstFigure(match, sentences, [labels.threePublicTotalLabel]);
  put('threePublic.total', threePublicTotal);
  if (threePublicTotal) {
    const scope = statement(sentences, threePublicTotal, [], /机关运行|会议费|培训费|政府采购/u);
    for (const [key, label] of Object.entries(labels.threePublicPartLabels)) put(`threePublic.${key}`, firstInScope(match, scope, label));
  }
  const procurementLabels = stage === 'final_accounts' ? [labels.procurementActualLabel, labels.procurementTotalLabel] : [labels.procurementTotalLabel];
  put('procurementTotal', firstFigure(match, sentences, procurementLabels));
  for (const [key, label] of Object.entries(labels.fixedAssetsLabels)) put(`fixedAssets.${key}`, firstFigure(match, sentences, [label]));
  return found;
}

/** A sentence saying there is none of a figure (`本单位无机关运行经费。`): zero, exactly. */
function statedNone(sentences: readonly Sentence[], none: string): NarrativeFigure | null {
  for (const sentence of sentences) {
    const at = findLabel(sentence, none);
    if (at) return { yuan: 0, tolerance: 0, sentence, start: at[0], end: at[1] };
  }
  return null;
}

/** The first figure for the most preferred label that occurs anywhere. */
function firstFigure(match: FigureMatcher, sentences: readonly Sentence[], labelsByPreference: readonly string[]): NarrativeFigure | null {
  for (const label of labelsByPreference) {
    for (const sentence of sentences) {
      const figure = match(sentence, label);
      if (figure) return figure;
    }
  }
  return null;
}

/** The total's own figure, then every later figure under a total label stating the same amount. */
function restatements(match: FigureMatcher, sentences: readonly Sentence[], totalLabels: readonly string[], total: NarrativeFigure | null): NarrativeFigure[] {
  if (!total) return [];
  const again = sentences.flatMap((sentence) =>
    sentence === total.sentence
      ? []
      : totalLabels.flatMap((label) => {
          const figure = match(sentence, label);
          return figure && figure.yuan === total.yuan ? [figure] : [];
        }),
  );
  return [total, ...again];
}

/**
 * The statement a total opens: its sentence from the total up to where another total starts,
 * then (when the sentence ran to its end) the following sentences until a top-level heading
 * or a sentence on another topic (`stop`).
 */
function statement(sentences: readonly Sentence[], total: NarrativeFigure, cutAt: readonly string[], stop: RegExp): Segment[] {
  const first = total.sentence;
  const starts = cutAt.map((label) => findLabel(first, label, total.end)?.[0] ?? first.text.length);
  const cut = Math.min(...starts, first.text.length);
  const segments: Segment[] = [{ sentence: first, from: total.end, to: cut }];
  if (cut < first.text.length) return segments;
  const at = sentences.indexOf(first);
  for (let next = at + 1; next < sentences.length && next <= at + MAX_RUN_ON; next++) {
    const sentence = sentences[next];
    const opensParagraph = sentence.paragraph !== sentences[next - 1].paragraph;
    if ((opensParagraph && topLevelHeading.test(sentence.text)) || stop.test(sentence.text)) break;
    segments.push({ sentence, from: 0, to: sentence.text.length });
  }
  return segments;
}

/** A reason clause (`主要原因是…`, up to the clause's end): the figures it cites are no parts of the statement. */
const REASON_CLAUSE = /(?:主要)?原因(?:是|为|:)?[^;。]*/gu;

/** A segment without its reason clauses, as the segments between them. */
function withoutReasons(segment: Segment): Segment[] {
  const text = foldWidth(segment.sentence.text).slice(0, segment.to);
  const parts: Segment[] = [];
  let from = segment.from;
  for (const clause of text.matchAll(REASON_CLAUSE)) {
    if (clause.index + clause[0].length <= from) continue;
    if (clause.index > from) parts.push({ sentence: segment.sentence, from, to: clause.index });
    from = Math.max(from, clause.index + clause[0].length);
  }
  if (from < segment.to) parts.push({ sentence: segment.sentence, from, to: segment.to });
  return parts;
}

function firstInScope(match: FigureMatcher, scope: readonly Segment[], label: string): NarrativeFigure | null {
  for (const segment of scope.flatMap(withoutReasons)) {
    const figure = match(segment.sentence, label, segment.from, segment.to);
    if (figure) return figure;
  }
  return null;
}

/**
 * A notice that states its revenue as one figure and lists 上年结转 among its parts
 * ("2023年预算收入4196.63万元，其中：…上年结转0万元") determines this year's revenue:
 * total − carryover.
 */
function deriveRevenueCurrentYear(found: NarrativeSummary): void {
  const total = found['revenue.total'];
  const carryover = found['revenue.carryover'];
  if (found['revenue.currentYear'] || !total || !carryover) return;
  found['revenue.currentYear'] = {
    yuan: subtractYuan(total.yuan, carryover.yuan),
    tolerance: total.tolerance + carryover.tolerance,
    evidence: total.evidence,
    derived: true,
  };
}

/**
 * This year's spending: total − the stated carry-forward (`年终结转结余资金882.21万元`);
 * or the total itself when basic + project spend all of it.
 */
function deriveExpenditureCurrentYear(found: NarrativeSummary, carryForward: NarrativeFigure | null): void {
  const total = found['expenditure.total'];
  if (found['expenditure.currentYear'] || !total) return;
  const basic = found['expenditure.basic'];
  const project = found['expenditure.project'];
  let yuan: number | null = null;
  if (carryForward) yuan = subtractYuan(total.yuan, carryForward.yuan);
  else if (basic && project && sumYuan([basic.yuan, project.yuan]) === total.yuan) yuan = total.yuan;
  if (yuan !== null) found['expenditure.currentYear'] = { yuan, tolerance: total.tolerance, evidence: total.evidence, derived: true };
}

/**
 * Changes from the prior year, signed. The total's change follows a total's figure
 * (`2023年预算收支安排4196.63万元，较2022年预算减少1423.5万元`) or stands in a sentence of
 * its own (`收入较去年增加 54.13 万元`); basic's and project's follow their name
 * (`基本支出增加96.1万元`).
 */
function readChanges(match: FigureMatcher, sentences: readonly Sentence[], found: NarrativeSummary): void {
  const put = (path: string, change: { yuan: number; sentence: Sentence } | null) => {
    if (change && !found[path]) found[path] = { yuan: change.yuan, tolerance: 0, evidence: change.sentence.text, derived: false };
  };
  const totalLabels = [...labels.revenueTotalLabels, ...labels.expenditureTotalLabels];
  // A change follows the total it is about: a sub-total's change (`一般公共预算收入预算 17981.68 万元，与上年相比增加…`) is not the total's.
  const totals = [found['revenue.total']?.yuan, found['expenditure.total']?.yuan];
  for (const sentence of sentences) {
    for (const label of totalLabels) {
      const figure = match(sentence, label);
      if (figure && totals.includes(figure.yuan)) put('changeFromPriorYear.total', matchChange(sentence, figure.end));
    }
    put('changeFromPriorYear.total', matchChange(sentence, 0, undefined, labels.changeSubjects.total));
    for (const key of ['basic', 'project'] as const) {
      for (let at = findLabel(sentence, labels.changeSubjects[key]); at; at = findLabel(sentence, labels.changeSubjects[key], at[1])) {
        put(`changeFromPriorYear.${key}`, matchChange(sentence, at[1]));
      }
    }
  }
}
