import type { Disclosure, Finding } from '../schema/canonical.js';

export function validateProcurement(disclosure: Disclosure): Finding[] {
  void disclosure;
  return [];
}
