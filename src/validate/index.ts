// Findings report what the document says; they never change extracted figures.
import type { Disclosure, Finding } from '../schema/canonical.js';

export function validate(disclosure: Disclosure): Finding[] {
  void disclosure;
  return [];
}
