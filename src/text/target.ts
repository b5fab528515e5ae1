// A 指标值 as printed → { operator, value, unit } or a qualitative text.
// The operator comes from the value text (or its own symbol column, folded in
// by the caller) only: never from the indicator's description or scoring rule.
import type { Target } from '../schema/canonical.js';
import { Decimal } from 'decimal.js';
import { cleanText, foldWidth } from './clean.js';

type Operator = NonNullable<Target['operator']>;

/** Comparator spellings, longest first so `大于等于` wins over `大于`. */
const prefixOperators: [string, Operator][] = (
  [
    ['大于或等于', '>='],
    ['小于或等于', '<='],
    ['大于等于', '>='],
    ['小于等于', '<='],
    ['不低于', '>='],
    ['不少于', '>='],
    ['不小于', '>='],
    ['不超过', '<='],
    ['不高于', '<='],
    ['不大于', '<='],
    ['不多于', '<='],
    ['达到', '>='],
    ['至少', '>='],
    ['>=', '>='],
    // A Chinese input method types `》`/`《` for the `>`/`<` key.
    ['》', '>'],
    ['《', '<'],
    ['=>', '>='],
    ['<=', '<='],
    ['=<', '<='],
    ['≥', '>='],
    ['≧', '>='],
    ['⩾', '>='],
    ['≤', '<='],
    ['≦', '<='],
    ['⩽', '<='],
    ['==', '='],
    ['=', '='],
    ['等于', '='],
    ['大于', '>'],
    ['高于', '>'],
    ['超过', '>'],
    ['>', '>'],
    ['小于', '<'],
    ['低于', '<'],
    ['<', '<'],
  ] as [string, Operator][]
).sort((a, b) => b[0].length - a[0].length);

/** `95%以上` is at least 95% in Chinese usage (以上/以下 include the figure). */
const suffixOperators: [RegExp, Operator][] = [
  [/(?:及|或)?以上$/u, '>='],
  [/(?:及|或)?(?:以下|以内|之内)$/u, '<='],
];

const numberPattern = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/u;
/**
 * A unit: a short run of letters, CJK, %‰ or a squared/cubed symbol (`㎡`), optionally per one or two
 * things (`元/人`, `元/㎡/月`, `元/人·次`) or with alternatives (`台（套）`, `个（台、套、件、辆）`).
 */
const unitPattern =
  /^[%‰℃°㎡㎥㎞a-zA-Z\u4e00-\u9fff]{1,6}(?:(?:\/[㎡㎥a-zA-Z\u4e00-\u9fff]{1,4}(?:[·.][\u4e00-\u9fff]{1,2})?){1,2}|[（(][\u4e00-\u9fff]{1,3}(?:[、/][\u4e00-\u9fff]{1,3}){0,5}[)）])?$/u;
/** A unit printed in brackets after the figure (`13459.00(平方米)`). */
const bracketedUnit = /^[（(]([^()（）]{1,8})[)）]$/u;
/** Stems of the qualitative targets notices print (合格, 提升, 及时, 符合, 不超标, 达到, 是 …). */
const qualitativeStems =
  /合格|合规|达标|提升|提高|增强|改善|加强|优化|及时|按时|准时|符合|超标|达到|是|否|有效|准确|促进|发挥|良好|优良|优秀|较好|好转|明显|显著|满意|完成|规范|安全|稳定|正常|无|不适用|持续|保障|逐步|降低|减少|下降|增加|扩大|健全|完善|落实|到位|实现|推进|可控|控制|合理|一致|畅通|长期|有序|到达|齐全|完整|清晰|高效|便捷|公开|透明|覆盖|不超|通过|不发生|不出现|未出现|未发生|未检出|完好|保持|推动/u;

/**
 * A symbol column's cell: a comparator, or none. A marker of the target's kind (`文字描述`, `定性`, `定量`) says
 * nothing: a value printing a whole figure is read (`定性 | 100 | %` is = 100%), words stay qualitative.
 */
export interface SymbolCell {
  operator: Operator | null;
}

export function readSymbolCell(text: string): SymbolCell {
  const match = leadingOperator(normalizeForParsing(text));
  return { operator: match && match.rest === '' ? match.operator : null };
}

/** Whether a symbol column's text is a comparator to print into `raw` (markers such as 文字描述 are not). */
export function isComparatorSymbol(text: string): boolean {
  return readSymbolCell(text).operator !== null;
}

/**
 * Parse a target printed in one cell (`≥90%`, `不超过4月`, `1人`, `合格`). Where
 * the symbol has its own column, the caller folds a comparator into `raw` and
 * passes the column's reading as `symbol`.
 */
export function parseTarget(raw: string, symbol?: SymbolCell): Target {
  const printed = cleanText(raw);
  const qualitative: Target = { raw: printed, operator: null, value: null, unit: null, text: printed || null };
  const folded = normalizeForParsing(printed);
  const quantity = readFigure(folded) ?? parseSubjectQuantity(folded) ?? parseFrequency(folded);
  if (!quantity) return qualitative;
  return {
    raw: printed,
    operator: quantity.operator ?? symbol?.operator ?? '=',
    value: quantity.value,
    unit: quantity.unit,
    ...(quantity.upTo === undefined ? {} : { upTo: quantity.upTo }),
    text: null,
  };
}

/** Units an indicator name may end with in brackets; other bracketed words (`（含线上）`) are not units. */
const unitsNamedInBrackets =
  /^(?:%|‰|元|千元|万元|亿元|人|人次|次|个|件|项|天|日|工作日|月|年|小时|分钟|秒|台|套|台\/套|份|册|篇|条|卷|间|部|家|户|吨|米|公里|平方米|亩|场|期|批|所|座|辆|箱|元\/人|万元\/[\u4e00-\u9fff]{1,3}|(?:次|个|场|期|人次)\/(?:年|季度|月|周|日|天))$/u;

/** The unit an indicator's name states in brackets (`法律顾问服务成本（万元）`, `审核修订合同合格率（%）`), or null. */
export function unitInName(name: string): string | null {
  const unit = /[（(]([^()（）]{1,6})[)）]$/u.exec(foldWidth(name))?.[1];
  return unit !== undefined && unitsNamedInBrackets.test(unit) ? unit : null;
}

/**
 * A grade as the target (`优`, `好`, `高`), or opening it (`优，持续保障单位车辆使用`, `优（条目数量不低于1000条）`):
 * the grade is the target, the rest describes it.
 */
const grade = /^(?:[优良中差好](?:[，,（(]|$)|[高低]$)/u;
const spanDash = '(?:-|—|–|~|至)';
const monthDay = '\\d{1,2}月(?:\\d{1,2}日)?';
const yearMonthDay = `(?:\\d{4}年)?${monthDay}`;
const dottedDate = '\\d{4}([/.-])\\d{1,2}\\1\\d{1,2}';
const before = '(?:前|以前|之前)';
/**
 * 时效 targets: a date or a period, not a quantity. Ordered data; each form is matched against the whole text.
 * A month or day without a year needs `前` (`6月30日前完工`) or a span (`1-12月`): a bare `4月` is a figure (4 months).
 */
const timeForms: RegExp[] = [
  // A deadline: `2026年10月底前`, `2026年6月`, `2026/6/1`, `2027年12月31日前完成`.
  new RegExp(
    `^(?:\\d{4}年(?:\\d{1,2}(?:至\\d{1,2})?月)?(?:\\d{1,2}日)?(?:底|末|初|中旬|上旬|下旬)?|${dottedDate})${before}?(?:完成|完工)?$`,
    'u',
  ),
  // A deadline in the year: `6月30日前完工`, `4月30日前`, `4月底前完成`.
  new RegExp(`^${monthDay}(?:底|末)?${before}(?:完成|完工)?$`, 'u'),
  // A deadline named as such: `完成时限（9月15日）` (brackets folded to half width).
  new RegExp(`^完成时限\\(${yearMonthDay}\\)$`, 'u'),
  // A span of months in a year: `1-12月`, `2022年10—12月`, `2022年1-4月`.
  new RegExp(`^(?:\\d{4}年)?\\d{1,2}${spanDash}\\d{1,2}月$`, 'u'),
  // A span between dates: `1月1日-12月31日`, `2022年1月至2022年12月`, `2026年10月至11月`, `2022.1.1-2023.12.30`.
  new RegExp(`^${yearMonthDay}${spanDash}${yearMonthDay}$`, 'u'),
  new RegExp(`^${dottedDate}${spanDash}\\d{4}([/.-])\\d{1,2}\\2\\d{1,2}$`, 'u'),
  // A word: the whole year, in real time. Only alone: `全年信息系统出现重大故障次数` is no target.
  /^(?:全年|实时)$/u,
];

/**
 * A qualitative target the notices use: no figure and a recognised wording
 * (合格, 及时提升, 不适用), a grade followed by its description, or a deadline.
 */
export function isRecognisedQualitative(text: string): boolean {
  const folded = normalizeForParsing(text);
  if (grade.test(folded) || timeForms.some((form) => form.test(folded))) return true;
  return folded !== '' && !/\d/u.test(folded) && qualitativeStems.test(folded);
}

/** Chinese numerals a fraction's numerator is written in (`十万分之一`). */
const chineseDigits: Record<string, string> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/**
 * A count in one Chinese digit (`至少一次`, `每月一次`) before the measure word it is written with, ending the
 * text: `一个月内`, `一级`, `一次性` are words, not counts.
 */
const chineseCount = new RegExp(
  `^[${Object.keys(chineseDigits).join('')}](?=[次个份场期项批](?:(?:及|或)?(?:以上|以下|以内))?$)`,
  'u',
);
/**
 * `N分之M` fractions, largest denominator first: 百分之/千分之 are the signs % and ‰; a finer one
 * (`十万分之一`, a 发生率) becomes the percentage it is (0.001%), the unit the genre compares rates in.
 */
const fractionDenominators: [string, number][] = [
  ['百万', 1_000_000],
  ['十万', 100_000],
  ['万', 10_000],
];
const fraction = new RegExp(
  `(${fractionDenominators.map(([word]) => word).join('|')})分之([${Object.keys(chineseDigits).join('')}]|\\d+(?:\\.\\d+)?)$`,
  'u',
);

function normalizeForParsing(text: string): string {
  return foldWidth(text)
    .replace(/\s+/gu, '')
    .replace(/[／]/gu, '/')
    .replace(/百分之|百分比/gu, '%')
    .replace(/千分之/gu, '‰')
    .replace(fraction, (_, denominator: string, numerator: string) => {
      const over = fractionDenominators.find(([word]) => word === denominator)![1];
      return `${new Decimal(chineseDigits[numerator] ?? numerator).times(100).div(over).toString()}%`;
    });
}

interface Quantity {
  operator: Operator | null;
  value: number;
  unit: string | null;
  /** A range's upper end (`5%-10%`): the target is value ≤ x ≤ upTo. */
  upTo?: number;
}

/** A figure, or a range of two (`5%-10%`, `90-100%`), possibly after a subject word. */
function readFigure(text: string): Quantity | null {
  return parseQuantity(text) ?? parseRange(text);
}

/** The dashes and words joining a range's ends. */
const rangeJoin = /^([^-—–~至到]+)(?:-|—|–|~|至|到)([^-—–~至到]+)$/u;

/**
 * `5%-10%`, `90-100%`: both ends figures without comparators, in one of the genre's units (printed on the upper
 * end at least; `300-400人浮动` is prose), the lower end smaller. Read as `>=` the lower end with `upTo` the
 * upper end. A period (`1-12月`) is a date, not a range.
 */
function parseRange(text: string): Quantity | null {
  const ends = rangeJoin.exec(text);
  if (!ends || timeForms.some((form) => form.test(text))) return null;
  const [low, high] = [parseQuantity(ends[1]!), parseQuantity(ends[2]!)];
  if (!low || !high || low.operator !== null || high.operator !== null) return null;
  if (high.unit === null || !unitsNamedInBrackets.test(high.unit)) return null;
  if ((low.unit !== null && low.unit !== high.unit) || low.value >= high.value) return null;
  return { operator: '>=', value: low.value, unit: high.unit, upTo: high.value };
}

function parseQuantity(text: string): Quantity | null {
  const leading = leadingOperator(text);
  let rest = leading ? leading.rest : text;
  // `百分之90`, `千分之5` print the unit before the figure.
  if (/^[%‰]/u.test(rest)) rest = `${rest.slice(1)}${rest[0]}`;
  rest = rest.replace(chineseCount, (digit) => chineseDigits[digit]!);
  const number = numberPattern.exec(rest);
  if (!number) return null;
  rest = rest.slice(number[0].length);
  let operator = leading?.operator ?? null;
  for (const [suffix, meaning] of suffixOperators) {
    if (operator === null && suffix.test(rest)) {
      rest = rest.replace(suffix, '');
      operator = meaning;
    }
  }
  rest = rest.replace(bracketedUnit, '$1');
  if (rest !== '' && !unitPattern.test(rest)) return null;
  return { operator, value: Number(number[0].replace(/,/gu, '')), unit: rest === '' ? null : rest };
}

/**
 * Words a target may print before its figure, naming what is measured (`合格率95.4%`), whom it holds for
 * (`均大于95%`) or whose money it is (`财政资金400万元`, `不超过预算305万元`), each with the units it
 * goes with. Ordered data. A subject is dropped from the reading (`raw` keeps it); any other word before a
 * figure (`全年4次`, `可控性100%`) is prose and stays unread.
 */
const subjects: { words: RegExp; units: RegExp }[] = [
  // A rate or degree (合格率, 满意度) before a percentage: the rate the indicator measures.
  { words: /^[\u4e00-\u9fff]*[率度]/u, units: /^[%‰]$/u },
  // `均`: each of the things the indicator names.
  { words: /^均/u, units: /./u },
  // Growth: `上涨5%-10%` for a 增幅 indicator.
  { words: /^(?:上涨|增长)/u, units: /^[%‰]$/u },
  // Funds: 财政资金, 预算 before an amount.
  { words: /^(?:财政资金|预算资金|预算)/u, units: /元$/u },
];

/** A figure after a subject word, the comparator on either side of the subject (`不超过预算305万元`, `满意度>95%`). */
function parseSubjectQuantity(text: string): Quantity | null {
  const leading = leadingOperator(text);
  const afterOperator = leading ? leading.rest : text;
  for (const { words, units } of subjects) {
    const subject = words.exec(afterOperator)?.[0];
    if (subject === undefined) continue;
    const quantity = readFigure(afterOperator.slice(subject.length));
    if (!quantity || quantity.unit === null || !units.test(quantity.unit)) continue;
    if (leading && quantity.operator !== null) continue;
    return { ...quantity, operator: leading?.operator ?? quantity.operator };
  }
  return null;
}

/** The periods a frequency is counted in (`每季度不少于1次` → ≥1 次/季度), as data. */
const frequencyPeriods = /^每(年|季度|月|周|天|日)/u;
/** Things a frequency counts. */
const countedThings = /^(?:次|场|期|批)$/u;

/** `每年1次`, `每季度不少于1次`, `每月一次`: a count per period, the period appended to the unit (`次/年`). */
function parseFrequency(text: string): Quantity | null {
  const period = frequencyPeriods.exec(text);
  if (!period) return null;
  const quantity = parseQuantity(text.slice(period[0].length));
  if (!quantity?.unit || !countedThings.test(quantity.unit)) return null;
  return { ...quantity, unit: `${quantity.unit}/${period[1]!}` };
}

function leadingOperator(text: string): { operator: Operator; rest: string } | null {
  const hit = prefixOperators.find(([spelling]) => text.startsWith(spelling));
  return hit ? { operator: hit[1], rest: text.slice(hit[0].length) } : null;
}
