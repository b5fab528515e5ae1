import type { Disclosure, Finding } from '../schema/canonical.js';

export function validateSummary(disclosure: Disclosure): Finding[] {
  void disclosure;
  return [];
}
