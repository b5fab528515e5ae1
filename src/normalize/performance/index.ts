// 绩效目标表 → performance: the unit-level (整体) target and one target per project.
import type { Disclosure } from '../../schema/canonical.js';
import type { DocumentView } from '../document-view.js';
import { overallGoals } from './overall-goals.js';
import { projectNameFromTitle } from './project-name.js';
import { readTargetTable } from './read-table.js';

/** `unit` names the overall target: the publishing body (document.unit). */
export function readPerformance(view: DocumentView, unit: string): Disclosure['performance'] {
  const overallTable = view.tables.find((table) => table.kind === 'performance_overall');
  const projects = view.tables
    .filter((table) => table.kind === 'performance_project')
    .flatMap((table) => readTargetTable(table, projectNameFromTitle(table.title)));
  if (!overallTable) return { overall: null, projects };
  const [read] = readTargetTable(overallTable, unit);
  const overall = read ?? { name: unit, code: null, goals: [], budget: null, indicators: [], source: { table: overallTable.index } };
  return {
    overall: { ...overall, name: unit, goals: overall.goals.length > 0 ? overall.goals : overallGoals(view) },
    projects,
  };
}
