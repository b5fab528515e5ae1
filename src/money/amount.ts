// Money is exact: amounts are parsed into decimals and converted to yuan with
// decimal arithmetic; a binary float appears only at the very end, as the JSON
// number of a value already rounded to the fen.
import { Decimal } from 'decimal.js';
import { foldWidth } from '../text/clean.js';

export type CurrencyUnit = '元' | '万元' | '亿元' | '千元';

const yuanPer: Record<CurrencyUnit, Decimal> = {
  元: new Decimal(1),
  千元: new Decimal(1000),
  万元: new Decimal(10000),
  亿元: new Decimal(100000000),
};

const amountPattern = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[-−]?\.\d+$/u;

/**
 * The decimal a cell or phrase prints (`4,196.63`, `４１９６．６３`, `-12.5`),
 * or null when it is not a plain amount (blank, `——`, words).
 */
export function parseAmount(text: string): Decimal | null {
  const folded = foldWidth(text).replace(/[\s\u00A0\u3000]/gu, '').replace(/，/gu, ',');
  if (!amountPattern.test(folded)) return null;
  return new Decimal(folded.replace(/,/gu, '').replace('−', '-'));
}

/** An amount in `unit` as yuan, rounded half-up to the fen. */
export function toYuan(amount: Decimal, unit: CurrencyUnit): number {
  return amount.times(yuanPer[unit]).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
}

/** parseAmount then toYuan; null when the text is not an amount. */
export function yuanFromText(text: string, unit: CurrencyUnit): number | null {
  const amount = parseAmount(text);
  return amount === null ? null : toYuan(amount, unit);
}

/** Exact sum of yuan values (each already exact to the fen). */
export function sumYuan(values: readonly number[]): number {
  return values.reduce((sum, value) => sum.plus(value), new Decimal(0)).toNumber();
}

/** a - b, exactly. */
export function subtractYuan(a: number, b: number): number {
  return new Decimal(a).minus(b).toNumber();
}

const unitCaption = /(?:金额|计量|货币)?单位\s*[:：]\s*(亿元|万元|千元|元)/u;

/** The unit a caption states (`单位：万元`, `金额单位：元`), or null. */
export function unitFromCaption(text: string): CurrencyUnit | null {
  const match = unitCaption.exec(text);
  return match ? (match[1] as CurrencyUnit) : null;
}

export function isCurrencyUnit(text: string): text is CurrencyUnit {
  return text in yuanPer;
}
