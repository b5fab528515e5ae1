// The changes worth a chart: the biggest absolute movements among the summary
// figures and the fiscal lines' totals.
import type { Comparison, FiscalLineChange } from './compare.js';
import { figureLabels } from './figure-labels.js';

export interface ChartBar {
  label: string;
  delta: number;
}

export function largestChanges(comparison: Comparison, count = 12): ChartBar[] {
  const bars: ChartBar[] = [
    ...comparison.budgetSummary
      // The printed change from the prior year is itself a difference: charting its change says nothing.
      .filter((c) => c.delta !== null && c.delta !== 0 && !c.figure.startsWith('changeFromPriorYear.'))
      .map((c) => ({ label: figureLabels[c.figure] ?? c.figure, delta: c.delta! })),
    ...comparison.fiscalLines
      .filter((c) => c.measure === 'total' && c.status !== 'unchanged')
      .map((c) => ({ label: `${c.code ? `${c.code} ` : ''}${c.name}`, delta: movement(c) }))
      .filter((bar): bar is ChartBar => bar.delta !== null && bar.delta !== 0),
  ];
  return bars
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    .slice(0, count);
}

/** An added line moved from nothing to its value, a removed one from its value to nothing. */
function movement(c: FiscalLineChange): number | null {
  if (c.status === 'added') return c.target;
  if (c.status === 'removed') return c.base === null ? null : -c.base;
  return c.delta;
}
