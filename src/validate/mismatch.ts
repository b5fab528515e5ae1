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

/** Half the last printed digit of a table in this unit (two decimals of 万元), in yuan. */
const halfDigit: Record<string, number> = { 万元: 50 };

/**
 * A printed total that is not the sum of its `terms` printed parts. A difference
 * within the rounding of the printed figures (half a digit per figure) is still
 * in the document, so still reported, but as a warning — as for fiscal tables.
 */
export function sumMismatch(path: string, message: string, expected: number, actual: number, unit: string | null, terms: number): Finding {
  const finding = mismatch('SUM_MISMATCH', path, message, expected, actual);
  const tolerance = (unit === null ? 0 : (halfDigit[unit] ?? 0)) * terms;
  if (new Decimal(expected).minus(actual).abs().gt(tolerance)) return finding;
  return { ...finding, severity: 'warning', message: `${finding.message} (within the rounding of the printed figures)` };
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
