import type { Disclosure, Finding } from '../schema/canonical.js';

export function validateFiscal(disclosure: Disclosure): Finding[] {
  void disclosure;
  return [];
}
