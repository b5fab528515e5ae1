// A 指标值 as printed → { operator, value, unit } or a qualitative text.
// The operator comes from the value text (or its own symbol column, folded in
// by the caller) only: never from the indicator's description or scoring rule.
import type { Target } from '../schema/canonical.js';
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
 * things (`元/人`, `元/㎡/月`) or with an alternative (`台（套）`).
 */
const unitPattern =
  /^[%‰℃°㎡㎥㎞a-zA-Z\u4e00-\u9fff]{1,6}(?:(?:\/[㎡㎥a-zA-Z\u4e00-\u9fff]{1,4}){1,2}|[（(][\u4e00-\u9fff]{1,3}[)）])?$/u;
/** A unit printed in brackets after the figure (`13459.00(平方米)`). */
const bracketedUnit = /^[（(]([^()（）]{1,8})[)）]$/u;
/** Words that make a cell a symbol-column marker of a qualitative (or quantitative) target, not a comparator. */
const kindMarkers = /^(?:文字描述|定性|定量|文本|描述)$/u;

/** Stems of the qualitative targets notices print (合格, 提升, 及时, 符合, 不超标, 达到, 是 …). */
const qualitativeStems =
  /合格|合规|达标|提升|提高|增强|改善|加强|优化|及时|按时|准时|符合|超标|达到|是|否|有效|准确|促进|发挥|良好|优良|优秀|较好|好转|明显|显著|满意|完成|规范|安全|稳定|正常|无|不适用|持续|保障|逐步|降低|减少|下降|增加|扩大|健全|完善|落实|到位|实现|推进|可控|控制|合理|一致|畅通|长期|有序|到达|齐全|完整|清晰|高效|便捷|公开|透明|覆盖|不超|通过|不发生|不出现|未出现|未发生|未检出|完好|保持|推动/u;

/** A symbol column's cell: a comparator, or a marker (`文字描述`) saying the target is qualitative. */
export interface SymbolCell {
  operator: Operator | null;
  qualitative: boolean;
}

export function readSymbolCell(text: string): SymbolCell {
  const folded = normalizeForParsing(text);
  if (kindMarkers.test(folded)) return { operator: null, qualitative: /文字|定性|文本|描述/u.test(folded) };
  const match = leadingOperator(folded);
  return { operator: match && match.rest === '' ? match.operator : null, qualitative: false };
}

/** Whether a symbol column's text is a comparator to print into `raw` (markers such as 文字描述 are not). */
export function isComparatorSymbol(text: string): boolean {
  return readSymbolCell(text).operator !== null;
}

/**
 * Parse a target printed in one cell (`≥90%`, `不超过4月`, `1人`, `合格`). Where
 * the symbol has its own column, the caller folds a comparator into `raw` and
 * passes the column's reading as `symbol` (a `文字描述` marker makes it qualitative).
 */
export function parseTarget(raw: string, symbol?: SymbolCell): Target {
  const printed = cleanText(raw);
  const qualitative: Target = { raw: printed, operator: null, value: null, unit: null, text: printed || null };
  if (symbol?.qualitative) return qualitative;
  const quantity = parseQuantity(normalizeForParsing(printed));
  if (!quantity) return qualitative;
  return {
    raw: printed,
    operator: quantity.operator ?? symbol?.operator ?? '=',
    value: quantity.value,
    unit: quantity.unit,
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
/** A deadline (`2026年10月底前`, `2026年9至10月`, `2026/6/1`): a date, not a quantity. */
const deadline =
  /^(?:\d{4}年(?:\d{1,2}(?:至\d{1,2})?月)?(?:\d{1,2}日)?(?:底|末|初|中旬|上旬|下旬)?|\d{4}([/.-])\d{1,2}\1\d{1,2})(?:前|以前|之前)?$/u;

/** A 时效 target in a word: the whole year, in real time. Only alone: `全年信息系统出现重大故障次数` is no target. */
const timeWords = /^(?:全年|实时)$/u;

/**
 * A qualitative target the notices use: no figure and a recognised wording
 * (合格, 及时提升, 不适用), a grade followed by its description, or a deadline.
 */
export function isRecognisedQualitative(text: string): boolean {
  const folded = normalizeForParsing(text);
  if (grade.test(folded) || deadline.test(folded) || timeWords.test(folded)) return true;
  return folded !== '' && !/\d/u.test(folded) && qualitativeStems.test(folded);
}

function normalizeForParsing(text: string): string {
  return foldWidth(text)
    .replace(/\s+/gu, '')
    .replace(/[／]/gu, '/')
    .replace(/百分之|百分比/gu, '%');
}

interface Quantity {
  operator: Operator | null;
  value: number;
  unit: string | null;
}

function parseQuantity(text: string): Quantity | null {
  const leading = leadingOperator(text);
  let rest = leading ? leading.rest : text;
  // `百分之90` prints the unit before the figure.
  if (rest.startsWith('%')) rest = `${rest.slice(1)}%`;
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

function leadingOperator(text: string): { operator: Operator; rest: string } | null {
  const hit = prefixOperators.find(([spelling]) => text.startsWith(spelling));
  return hit ? { operator: hit[1], rest: text.slice(hit[0].length) } : null;
}
