// How far a printed figure may sit from an exact one because it was rounded to
// its last printed digit, before that counts as a mistake in the document.
//
// Two rules, because there are two kinds of comparison:
// - A total against the sum of its printed parts (tables, and the summary's
//   figures): every figure is printed to two decimals of its unit, so each of
//   the `terms` figures may be off by half of 0.01 of that unit.
// - A narrative figure against a table's: the narrative often prints a coarser
//   figure than the table, so its own precision sets the margin. Where the
//   normalizer read the figure from the text it knows that precision (the
//   summary's `tolerance`, from the printed decimals); where only the value in
//   yuan is left, `agreesWithinRounding` infers it from the value. The fiscal
//   validator's 三公 check is the one exception: it allows the 0.01万元 step
//   only (`halfLastDigit('万元')` on a figure in whole hundreds, else exact),
//   never a coarser one, so 12.5万元 against a table's 12.48万元 is reported there.
import { Decimal } from 'decimal.js';

/** Yuan in half of the last printed digit (0.01 of the unit); figures in 元 are exact. */
const halfDigitInYuan: Record<string, number> = { 千元: 5, 万元: 50, 亿元: 500000 };

export function halfLastDigit(unit: string | null): number {
  return unit === null ? 0 : (halfDigitInYuan[unit] ?? 0);
}

/** How far the sum of printed figures in `unit` may miss its printed total: half a digit for each of `terms` figures. */
export function sumTolerance(unit: string | null, terms: number): number {
  return halfLastDigit(unit) * terms;
}

/** Whether two figures in yuan are at most `tolerance` yuan apart (exact decimals). */
export function withinTolerance(a: Decimal.Value, b: Decimal.Value, tolerance: Decimal.Value): boolean {
  return new Decimal(a).minus(b).abs().lte(tolerance);
}

/**
 * Whether a narrative figure agrees with a table figure within the narrative's
 * own rounding: a narrative figure is read at the precision it was printed in
 * (`367.8万元` to 0.1万元, `18,976.76万元` to 0.01万元), so it may differ from the
 * table by half of that step. The step is the largest power of ten, up to
 * one 万元, that divides the narrative figure.
 */
export function agreesWithinRounding(narrative: number, table: number): boolean {
  return withinTolerance(narrative, table, printedStep(narrative).div(2));
}

/** The step a figure in yuan was printed to, inferred from its value: the largest power of ten, up to one 万元, that divides it. */
export function printedStep(yuan: number): Decimal {
  const figure = new Decimal(yuan);
  let step = new Decimal(10000);
  while (step.gt(0.01) && !figure.mod(step).isZero()) step = step.div(10);
  return step;
}
