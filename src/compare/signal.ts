// Candidates for "each change once": every summary figure and every fiscal line column of a
// pair of notices, labelled in Chinese with the reason the later notice gives, then grouped
// so each movement of money is shown once (one-change.ts).
import { statusOf, type Change } from './change.js';
import type { FigureChange, SignalChange } from './compare.js';
import { figureLabels } from './figure-labels.js';
import { printedMeasure, renaming, type LocatedLine } from './fiscal-lines.js';
import { spendingFirst, tablePreference } from './headline-figures.js';
import { measureLabel, tableKindLabels } from './labels.js';
import { oneChangeEach, type Candidate } from './one-change.js';
import type { ReasonIndex } from './reasons.js';

/** One column of a fiscal line in both notices. */
export interface LinePair {
  a: LocatedLine | null;
  b: LocatedLine | null;
  measure: string;
  values: Change;
}

/** Candidates in order of preference: summary figures, then lines by table, the most specific line first, then the table's column order. */
export function signalChanges(summary: readonly FigureChange[], lines: readonly LinePair[], reasons: ReasonIndex): SignalChange[] {
  type Entry = Candidate & { change: SignalChange };
  const figureEntries: Entry[] = spendingFirst(summary, (f) => f.figure)
    // The printed change from the prior year is itself a difference: its change says nothing.
    .filter((f) => !f.figure.startsWith('changeFromPriorYear.'))
    .map((f) => {
      const name = figureLabels[f.figure];
      const reason = reasons.figure(f.figure);
      return { ...f, code: null, scheme: null, name, table: null, where: name, change: { ...changeFields(f), source: 'budgetSummary', figure: f.figure, code: null, name, renamedFrom: null, recodedFrom: null, measure: null, alsoIn: [], reason } };
    });
  const rank = (p: LinePair) => {
    const line = (p.b ?? p.a)!;
    return [tablePreference.indexOf(line.table.kind), -(line.line.code?.length ?? 0), line.table.measures.findIndex((m) => m.key === p.measure)];
  };
  const ordered = [...lines].sort((x, y) => {
    const [rx, ry] = [rank(x), rank(y)];
    return rx[0] - ry[0] || rx[1] - ry[1] || rx[2] - ry[2];
  });
  const lineEntries: Entry[] = ordered.map((p) => {
    const located = (p.b ?? p.a)!;
    const { line } = located;
    const name = located.parentName ? `${located.parentName} › ${line.name}` : line.name;
    const measure = measureLabel(p.measure, printedMeasure(located, p.measure));
    const where = `${tableKindLabels[located.table.kind]} · ${line.code ? `${line.code} ` : ''}${line.name}${p.measure === 'total' ? '' : ` · ${measure}`}`;
    const reason = line.code ? reasons.line(line.name, located.parentName) : null;
    return {
      ...p.values,
      figure: null,
      code: line.code,
      scheme: line.scheme,
      name: line.name,
      table: tableKindLabels[located.table.kind],
      where,
      change: { ...changeFields(p.values), source: located.table.kind, figure: null, code: line.code, name, ...renaming(p.a, p.b), measure, alsoIn: [], reason },
    };
  });
  return oneChangeEach([...figureEntries, ...lineEntries]).map(({ shown, alsoIn }) => ({ ...shown.change, alsoIn }));
}

const changeFields = (c: Change) => ({ base: c.base, target: c.target, delta: c.delta, percent: c.percent, status: statusOf(c) });
