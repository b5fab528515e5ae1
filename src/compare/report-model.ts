// What a comparison report shows, independent of Markdown or HTML: a heading,
// the warnings and one table per part, figures already formatted.
import type { Comparison } from './compare.js';
import { figureLabel, formatDelta, formatPercent, formatYuan, orDash } from './format.js';

export interface ReportTable {
  heading: string;
  /** Shown instead of the table when it has no rows. */
  empty: string;
  header: string[];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
  rows: string[][];
}

export interface ReportModel {
  title: string;
  facts: string[];
  warnings: { code: string; message: string }[];
  tables: ReportTable[];
}

export function reportModel(c: Comparison): ReportModel {
  const [y0, y1] = [String(c.base.fiscalYear), String(c.target.fiscalYear)];
  const p = c.procurement;
  const { added, removed, changed } = c.indicators;
  return {
    title: `${c.target.unit}: ${c.base.fiscalYear} → ${c.target.fiscalYear}`,
    facts: [`base: ${c.base.title} (${c.base.file})`, `target: ${c.target.title} (${c.target.file})`, 'amounts in 元 (yuan)'],
    warnings: c.warnings,
    tables: [
      {
        heading: 'Budget summary',
        empty: 'Neither document states a summary figure.',
        header: ['figure', y0, y1, 'change', '%'],
        numeric: [false, true, true, true, true],
        rows: c.budgetSummary
          .filter((f) => f.base !== null || f.target !== null)
          .map((f) => [figureLabel(f.figure), formatYuan(f.base), formatYuan(f.target), formatDelta(f.delta), formatPercent(f.percent)]),
      },
      {
        heading: 'Fiscal table lines',
        empty: c.fiscalLines.length === 0 ? 'No fiscal table lines to compare.' : 'No line changed.',
        header: ['table', 'code', 'name', 'measure', y0, y1, 'change', '%', 'status'],
        numeric: [false, false, false, false, true, true, true, true, false],
        rows: c.fiscalLines
          .filter((l) => l.status !== 'unchanged')
          .map((l) => [l.tableTitle, orDash(l.code), l.name, l.measure, formatYuan(l.base), formatYuan(l.target), formatDelta(l.delta), formatPercent(l.percent), l.status]),
      },
      {
        heading: 'Performance indicators',
        empty: 'No indicator added, removed or changed.',
        header: ['project', '三级指标', y0, y1, 'status'],
        numeric: [false, false, false, false, false],
        rows: [
          ...changed.map((i) => [i.project, i.name, i.baseTarget, i.targetTarget, 'changed']),
          ...added.map((i) => [i.project, i.name, '—', i.target, 'added']),
          ...removed.map((i) => [i.project, i.name, i.target, '—', 'removed']),
        ],
      },
      {
        heading: 'Procurement',
        empty: 'No procurement line added, removed or changed.',
        header: ['project', 'item', 'catalogue', 'field', y0, y1, 'change', 'status'],
        numeric: [false, false, false, false, true, true, true, false],
        rows: [
          ...p.changed.flatMap((l) =>
            l.changes.map((ch) => [orDash(l.project), orDash(l.item), orDash(l.catalogCode), ch.field, formatYuan(ch.base), formatYuan(ch.target), formatDelta(ch.delta), 'changed']),
          ),
          ...p.added.map((l) => [orDash(l.project), orDash(l.item), orDash(l.catalogCode), 'amount', '—', formatYuan(l.amount), '', 'added']),
          ...p.removed.map((l) => [orDash(l.project), orDash(l.item), orDash(l.catalogCode), 'amount', formatYuan(l.amount), '—', '', 'removed']),
        ],
      },
    ],
  };
}
