// One shape for every "two figures that should agree but do not" finding:
// `path` points at the printed figure that disagrees (`actual`), `expected`
// is what the document's other figures say it should be.
import { Decimal } from 'decimal.js';
import type { Finding } from '../schema/canonical.js';

export function mismatch(
  code: 'SUM_MISMATCH' | 'CROSS_TABLE_MISMATCH',
  path: string,
  message: string,
  expected: number,
  actual: number,
): Finding {
  return { code, severity: 'error', path, message: `${message}: ${actual} yuan printed, ${expected} yuan expected`, expected, actual };
}

/**
 * Whether a narrative figure agrees with a table figure within the narrative's
 * own rounding: a narrative figure is read at the precision it was printed in
 * (`367.8万元` to 0.1万元, `18,976.76万元` to 0.01万元), so it may differ from the
 * table by half of that step. The step is the largest power of ten, up to
 * one 万元, that divides the narrative figure.
 */
export function agreesWithinRounding(narrative: number, table: number): boolean {
  const figure = new Decimal(narrative);
  let step = new Decimal(10000);
  while (step.gt(0.01) && !figure.mod(step).isZero()) step = step.div(10);
  return figure.minus(table).abs().lte(step.div(2));
}
