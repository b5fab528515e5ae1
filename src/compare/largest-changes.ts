// The changes worth a chart: the biggest movements among the changes, each shown once.
import { movement } from './change.js';
import type { SignalChange } from './compare.js';
import { defaultCompareSettings } from './settings.js';

export interface ChartBar {
  label: string;
  delta: number;
}

export function largestChanges(changes: readonly SignalChange[], count = defaultCompareSettings.chartBars): ChartBar[] {
  return changes
    // The line's own name (not its parent's), and the column when it is not the line's 合计.
    .map((c) => ({ label: `${c.code ? `${c.code} ` : ''}${c.name.split(' › ').at(-1)}${c.measure && c.measure !== '合计' ? `（${c.measure}）` : ''}`, delta: movement(c) }))
    .filter((bar) => bar.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    .slice(0, count);
}
