// One figure in two years: exact decimal difference and percentage.
import { Decimal } from 'decimal.js';

export interface Change {
  base: number | null;
  target: number | null;
  /** target − base, exact; null when either side is missing. */
  delta: number | null;
  /** delta as a percentage of |base|, rounded half-up to 2 decimals; null when base is missing or 0. */
  percent: number | null;
}

export function change(base: number | null, target: number | null): Change {
  if (base === null || target === null) return { base, target, delta: null, percent: null };
  const delta = new Decimal(target).minus(base);
  const percent = base === 0 ? null : delta.div(Math.abs(base)).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
  return { base, target, delta: delta.toNumber(), percent };
}

export const isChanged = (c: Change): boolean => c.base !== c.target;
