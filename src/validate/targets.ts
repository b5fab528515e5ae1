// UNPARSED_TARGET: a 指标值 the parser could not read as a figure, and which is
// not a qualitative target either (see isRecognisedQualitative): an approximate
// figure (`约40平方米`), a figure inside prose (`全年4次`), several targets in one
// cell, an empty cell, or wording no consumer could compare against.
import { isRecognisedQualitative } from '../text/target.js';
import type { Disclosure, Finding, PerformanceTarget } from '../schema/canonical.js';

export function validateTargets(disclosure: Disclosure): Finding[] {
  const { overall, projects } = disclosure.performance;
  return [
    ...(overall ? unparsed(overall, '/performance/overall') : []),
    ...projects.flatMap((project, at) => unparsed(project, `/performance/projects/${at}`)),
  ];
}

function unparsed(target: PerformanceTarget, path: string): Finding[] {
  return target.indicators.flatMap((indicator, at) => {
    const { raw, value } = indicator.target;
    if (value !== null || isRecognisedQualitative(raw)) return [];
    const finding: Finding = {
      code: 'UNPARSED_TARGET',
      severity: 'warning',
      path: `${path}/indicators/${at}/target`,
      message:
        raw === ''
          ? `${target.name}: indicator "${indicator.name}" has no target value (table ${indicator.source.table}, row ${indicator.source.row})`
          : `${target.name}: target "${raw}" of indicator "${indicator.name}" is neither a figure nor a recognised qualitative target (table ${indicator.source.table}, row ${indicator.source.row})`,
    };
    return [finding];
  });
}
