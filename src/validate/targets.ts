import type { Disclosure, Finding } from '../schema/canonical.js';

export function validateTargets(disclosure: Disclosure): Finding[] {
  void disclosure;
  return [];
}
