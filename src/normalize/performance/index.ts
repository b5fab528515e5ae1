// 绩效目标表 → performance: the unit-level (整体) target and one target per project.
import type { CurrencyUnit } from '../../money/amount.js';
import type { Disclosure, PerformanceTarget } from '../../schema/canonical.js';
import { continuesTable, openingPart } from '../../tables/continuation.js';
import type { Table } from '../../tables/table.js';
import type { DocumentView } from '../document-view.js';
import { overallGoals } from './overall-goals.js';
import { projectNameFromTitle } from './project-name.js';
import { readTargetRun } from './read-table.js';

/** `unit` names the overall target: the publishing body (document.unit). */
export function readPerformance(view: DocumentView, unit: string): Disclosure['performance'] {
  const runs = tableRuns(view.tables.filter((table) => table.kind === 'performance_overall' || table.kind === 'performance_project' || listsProjectGoals(table)));
  const overallRun = runs.find((run) => run[0].kind === 'performance_overall');
  const projects = withoutRepeats(
    runs
      .filter((run) => run !== overallRun)
      .flatMap((run) => readTargetRun(run, run[0].kind === 'fiscal' ? null : projectNameFromTitle(run[0].title.printed), runUnit(view.tables, run))),
  );
  if (!overallRun) return { overall: null, projects };
  const overall = joinTargets(readTargetRun(overallRun, unit, runUnit(view.tables, overallRun)), overallRun[0].index);
  return {
    overall: { ...overall, name: unit, goals: overall.goals.length > 0 ? overall.goals : overallGoals(view) },
    projects,
  };
}

/**
 * A spending table printing each project's 绩效目标 beside its figures (Guangzhou's
 * 项目支出及其他支出预算表) is a fiscal table that also states the projects' targets.
 */
function listsProjectGoals(table: Table): boolean {
  return table.kind === 'fiscal' && table.header.paths.some((path) => /绩效目标$/u.test(path.split('/').at(-1) ?? ''));
}

/**
 * A project two tables list (Guangzhou's 项目支出及其他支出预算表 gives every project's
 * 绩效目标; its 项目支出绩效目标表 repeats the main ones) is one target: the same name,
 * budget and goals, under the same unit or one table naming none. The first listing
 * stands, taking from the later what it lacks (its unit, goals or indicators).
 */
function withoutRepeats(projects: readonly PerformanceTarget[]): PerformanceTarget[] {
  const kept: PerformanceTarget[] = [];
  for (const project of projects) {
    const at = kept.findIndex((earlier) => repeats(earlier, project));
    if (at < 0) {
      kept.push(project);
      continue;
    }
    const earlier = kept[at];
    kept[at] = {
      ...earlier,
      unit: earlier.unit ?? project.unit,
      goals: earlier.goals.length > 0 ? earlier.goals : project.goals,
      indicators: earlier.indicators.length > 0 ? earlier.indicators : project.indicators,
    };
  }
  return kept;
}

function repeats(earlier: PerformanceTarget, later: PerformanceTarget): boolean {
  const same = <T>(a: T | null, b: T | null) => a === null || b === null || a === b;
  const goals = (target: PerformanceTarget) => target.goals.join('\n');
  return (
    earlier.name === later.name &&
    earlier.name !== '' &&
    earlier.budget !== null &&
    earlier.budget === later.budget &&
    same(earlier.unit, later.unit) &&
    same(earlier.code, later.code) &&
    (earlier.goals.length === 0 || later.goals.length === 0 || goals(earlier) === goals(later)) &&
    (earlier.indicators.length === 0 || later.indicators.length === 0)
  );
}

/** Performance tables grouped into runs: a table and the parts that continue it. */
function tableRuns(tables: Table[]): Table[][] {
  const runs: Table[][] = [];
  for (const table of tables) {
    const run = runs.at(-1);
    if (run && continuesTable(run.at(-1)!, table)) run.push(table);
    else runs.push([table]);
  }
  return runs;
}

/**
 * The currency unit of a run's amounts: its parts' caption, else the caption of
 * the table its first part continues (a 项目支出预算表 whose 绩效目标 column runs on
 * as a performance table over later pages).
 */
function runUnit(tables: readonly Table[], run: readonly Table[]): CurrencyUnit | null {
  return run.find((table) => table.caption.unit !== null)?.caption.unit ?? openingPart(tables, run[0]).caption.unit;
}

/** The unit-level target is one target, however many blocks its table prints. */
function joinTargets(targets: PerformanceTarget[], table: number): PerformanceTarget {
  return {
    name: '',
    code: null,
    unit: null,
    goals: targets.flatMap((target) => target.goals),
    budget: targets.find((target) => target.budget !== null)?.budget ?? null,
    indicators: targets.flatMap((target) => target.indicators),
    ...selfEvaluationOf(targets),
    source: { table },
  };
}

/** The self-evaluation of the unit-level target's blocks (its funds block and its 总分 line may sit in different blocks). */
function selfEvaluationOf(targets: PerformanceTarget[]): Pick<PerformanceTarget, 'selfEvaluation'> {
  const parts = targets.flatMap((target) => (target.selfEvaluation ? [target.selfEvaluation] : []));
  if (parts.length === 0) return {};
  return {
    selfEvaluation: {
      funds: parts.find((part) => part.funds !== null)?.funds ?? null,
      totalWeight: parts.find((part) => part.totalWeight !== null)?.totalWeight ?? null,
      totalScore: parts.find((part) => part.totalScore !== null)?.totalScore ?? null,
    },
  };
}
