// Whether what was achieved meets a performance target: decided only where both
// are figures in the same measure and the target's comparator says which way
// is better. An `=` target (a planned quantity or cost) has no direction: it is
// met when hit exactly and undecided otherwise. A range (`5%-10%`) is met inside it.
import type { Target } from '../schema/canonical.js';

export function meetsTarget(target: Target, actual: Target): boolean | null {
  if (target.value === null || actual.value === null || target.unit !== actual.unit) return null;
  const [planned, achieved] = [target.value, actual.value];
  if (target.upTo !== undefined) return achieved >= planned && achieved <= target.upTo;
  switch (target.operator) {
    case '>=':
      return achieved >= planned;
    case '>':
      return achieved > planned;
    case '<=':
      return achieved <= planned;
    case '<':
      return achieved < planned;
    default:
      return achieved === planned ? true : null;
  }
}
