import type { Disclosure, Finding } from '../schema/canonical.js';

export function validateAssets(disclosure: Disclosure): Finding[] {
  void disclosure;
  return [];
}
