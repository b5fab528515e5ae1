// Figures stated in prose: a label, a few connecting words, then an amount
// with the unit printed right after it (`一般公共预算收入4196.63万元`,
// `基本支出预算数为 12323.46 万元`, `“三公”经费预算安排20.02万元`).
// Matching runs on width-folded text (full-width digits and punctuation as
// ASCII: `（境）` is `(境)`, `，` is `,`), which keeps every character's position,
// so the evidence is quoted exactly as printed.
import { Decimal } from 'decimal.js';
import { toYuan, type CurrencyUnit } from '../../money/amount.js';
import { foldWidth } from '../../text/clean.js';
import type { Sentence } from './sentences.js';

export interface NarrativeFigure {
  yuan: number;
  /** Half the last printed digit, in yuan: how far a table may differ and still agree (18,976.76万元 ≈ 189,767,551元). */
  tolerance: number;
  sentence: Sentence;
  /** Offsets of the whole match (label … amount unit) in the sentence. */
  start: number;
  end: number;
  /** In final accounts, the budget the clause states beside the actual (`年初预算为0.95万元，支出决算为0.00万元`). */
  budget?: { yuan: number; tolerance: number };
}

const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)`;
/**
 * Between a label and its amount: a year (`2026年`), connecting words (为, 共计安排, 预算数),
 * but never a comparison (比, 较, 增加, 减少, 占), another 收…/支… noun, 其中, or a list
 * separator — those start another statement. A 。 inside a sentence only joins an item's label to
 * its figure (`（一）因公出国（境）费用。2026年预算数142.2万元`, see sentences.ts).
 */
const GAP = String.raw`(?:\d{4}\s*年度?|(?![比较增减占收支其])[^\d,;、()])`;
const MAX_GAP = 14;

/** A bare zero (`“三公”经费预算数为0，与2025年预算持平`) is zero in any unit: no unit needs printing. */
const BARE_ZERO = String.raw`(0)(?=[,;。、)]|$)`;

/** A regex for `label … amount unit`: group 1 is the amount, group 2 its unit; or group 3 a bare zero. */
export function figurePattern(label: string): RegExp {
  return new RegExp(`(?:${label})${GAP}{0,${MAX_GAP}}?(?:${AMOUNT}|${BARE_ZERO})`, 'gu');
}

/** The first `label … amount` in sentence[from, to). */
export function matchFigure(sentence: Sentence, label: string, from = 0, to = sentence.text.length): NarrativeFigure | null {
  const text = foldWidth(sentence.text).slice(0, to);
  const pattern = figurePattern(label);
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  if (!match) return null;
  return {
    ...(match[1] === undefined ? { yuan: 0, tolerance: 0 } : amountOf(match[1], match[2] as CurrencyUnit)),
    sentence,
    start: match.index,
    end: match.index + match[0].length,
  };
}

/** A budget figure's own words: the amount matched after them is what was planned. */
const BUDGET_WORDS = /预算/u;
/** The actual stated after it in the same clause (`，支出决算为0.00万元`), not compared with (`比…决算`). */
const ACTUAL_AFTER = new RegExp(String.raw`^[^;。]{0,30}?(?<![比较与])决算(?:数)?(?:为|是)?\s*${AMOUNT}`, 'u');
/** The budget an actual is measured against, right after it (`支出决算为0.16万元，完成预算0万元的0%`). */
const BUDGET_AFTER = new RegExp(String.raw`^[,，\s]{0,2}完成(?:年初|全年|调整后?)?预算(?:数)?\s*${AMOUNT}`, 'u');

/**
 * In final accounts, the actual (决算) printed after a budget figure in the same clause
 * (`年初预算为0.95万元，支出决算为0.00万元`), or null when the figure is no budget figure
 * or the clause states no actual.
 */
export function actualAfterBudget(figure: NarrativeFigure, to = figure.sentence.text.length): NarrativeFigure | null {
  const text = foldWidth(figure.sentence.text).slice(0, to);
  if (!BUDGET_WORDS.test(text.slice(figure.start, figure.end)) || /决算/u.test(text.slice(figure.start, figure.end))) return null;
  const match = ACTUAL_AFTER.exec(text.slice(figure.end));
  if (!match) return null;
  return {
    ...amountOf(match[1], match[2] as CurrencyUnit),
    sentence: figure.sentence,
    start: figure.start,
    end: figure.end + match.index + match[0].length,
    budget: { yuan: figure.yuan, tolerance: figure.tolerance },
  };
}

/** In final accounts, an actual with the budget it completes printed right after it (`决算为0.16万元，完成预算0万元的0%`). */
export function withBudgetAfter(figure: NarrativeFigure, to = figure.sentence.text.length): NarrativeFigure {
  const match = BUDGET_AFTER.exec(foldWidth(figure.sentence.text).slice(figure.end, to));
  return match ? { ...figure, budget: amountOf(match[1], match[2] as CurrencyUnit) } : figure;
}

function amountOf(printed: string, unit: CurrencyUnit): { yuan: number; tolerance: number } {
  const digits = printed.replace(/,/gu, '');
  const decimals = digits.includes('.') ? digits.split('.')[1].length : 0;
  const halfDigit = new Decimal(10).pow(-decimals).div(2);
  return { yuan: toYuan(new Decimal(digits), unit), tolerance: toYuan(halfDigit, unit) };
}

/** [start, end) of the label's first occurrence at or after `from`, or null. */
export function findLabel(sentence: Sentence, label: string, from = 0): [number, number] | null {
  const pattern = new RegExp(label, 'gu');
  pattern.lastIndex = from;
  const match = pattern.exec(foldWidth(sentence.text));
  return match ? [match.index, match.index + match[0].length] : null;
}

/** 减少/下降 → negative, 增加/增长/上升 → positive, 持平/相同/无增减 → 0 (no amount printed). */
const CHANGE = String.raw`(?:(?:比|较|与)[^,;。]{0,30}?(?:相比)?,?\s*)?(增加|增长|上升|减少|下降|持平|相同|无增减|无变化)了?\s*(?:${AMOUNT})?`;

export interface NarrativeChange {
  yuan: number;
  sentence: Sentence;
}

/**
 * The change from the prior year stated at the start of sentence[from, to) (`，较2022年预算减少1423.5万元`),
 * after `subject` when given (`基本支出增加96.1万元`).
 */
export function matchChange(sentence: Sentence, from: number, to = sentence.text.length, subject = ''): NarrativeChange | null {
  const text = foldWidth(sentence.text).slice(0, to);
  const pattern = new RegExp(`^[,\\s]*${subject}${CHANGE}`, 'u');
  const match = pattern.exec(text.slice(from));
  if (!match) return null;
  const [, direction, amount, unit] = match;
  if (/持平|相同|无增减|无变化/u.test(direction)) return { yuan: 0, sentence };
  if (!amount) return null;
  const yuan = toYuan(new Decimal(amount.replace(/,/gu, '')), unit as CurrencyUnit);
  return { yuan: /减少|下降/u.test(direction) ? -yuan : yuan, sentence };
}
