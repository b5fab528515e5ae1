// Findings report what the document says; they never change extracted figures.
import type { Disclosure, Finding } from '../schema/canonical.js';
import { validateAssets } from './assets.js';
import { validateFiscal } from './fiscal.js';
import { validateProcurement } from './procurement.js';
import { validateSections } from './sections.js';
import { validateSelfEvaluations } from './self-evaluation.js';
import { validateSummary } from './summary.js';
import { validateTargets } from './targets.js';
import { validateYears } from './years.js';

export function validate(disclosure: Disclosure): Finding[] {
  return [
    ...validateSummary(disclosure),
    ...validateYears(disclosure),
    ...validateSections(disclosure),
    ...validateFiscal(disclosure),
    ...validateProcurement(disclosure),
    ...validateAssets(disclosure),
    ...validateTargets(disclosure),
    ...validateSelfEvaluations(disclosure),
  ];
}
