// One figure in two notices: exact decimal difference and percentage.
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

/** A figure not printed and a figure printed as 0 say the same: nothing was budgeted. Only a different amount is a change. */
export const isChanged = (c: Pick<Change, 'base' | 'target'>): boolean => (c.base ?? 0) !== (c.target ?? 0);

/** How far the figure moved: an added figure from nothing to its value, a removed one from its value to nothing. */
export const movement = (c: Pick<Change, 'base' | 'target'>): number => new Decimal(c.target ?? 0).minus(c.base ?? 0).toNumber();

export type Status = 'added' | 'removed' | 'changed' | 'unchanged';

/** Added: from nothing to an amount; removed: from an amount to nothing; null and 0 are both nothing. */
export const statusOf = (c: Pick<Change, 'base' | 'target'>): Status =>
  !isChanged(c) ? 'unchanged' : (c.base ?? 0) === 0 ? 'added' : (c.target ?? 0) === 0 ? 'removed' : 'changed';
