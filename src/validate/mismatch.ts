// One shape for every "two figures that should agree but do not" finding:
// `path` points at the printed figure that disagrees (`actual`), `expected`
// is what the document's other figures say it should be, `against` where those figures are.
import type { Finding } from '../schema/canonical.js';
import { sumTolerance, withinTolerance } from '../money/rounding.js';

export function mismatch(
  code: 'SUM_MISMATCH' | 'CROSS_TABLE_MISMATCH',
  path: string,
  message: string,
  expected: number,
  actual: number,
  against: readonly string[],
): Finding {
  return { code, severity: 'error', path, message: `${message}: ${actual} yuan printed, ${expected} yuan expected`, expected, actual, against: [...against] };
}

/**
 * A printed total that is not the sum of its `terms` printed parts. A difference
 * within the rounding of the printed figures (half a digit per figure) is still
 * in the document, so still reported, but as a warning — as for fiscal tables.
 */
export function sumMismatch(path: string, message: string, expected: number, actual: number, unit: string | null, against: readonly string[]): Finding {
  const terms = against.length + 1;
  const finding = mismatch('SUM_MISMATCH', path, message, expected, actual, against);
  if (!withinTolerance(expected, actual, sumTolerance(unit, terms))) return finding;
  return { ...finding, severity: 'warning', message: `${finding.message} (within the rounding of the printed figures)` };
}
