// The series as a report (one row per figure, one column per year) and as CSV.
import type { Cell } from '../export/fields.js';
import { csvText } from './csv.js';
import { formatDelta, formatPercent, formatYuan, orDash } from './format.js';
import { tableKindLabels } from './labels.js';
import { reportWarnings, type ReportModel } from './report-model.js';
import type { Series, SeriesRow } from './series.js';

const sourceLabel = (r: SeriesRow) => (r.figure ? '预算总览' : (tableKindLabels[r.source as keyof typeof tableKindLabels] ?? r.source));

export function seriesModel(s: Series): ReportModel {
  const years = s.documents.map((d) => `${d.fiscalYear}年`);
  const span = `${years[0]}→${years.at(-1)}`;
  const header = ['来源', '编码', '名称', ...years, `增减（${span}）`, '增减率', '同见'];
  const numeric = [false, false, false, ...years.map(() => true), true, true, false];
  const row = (r: SeriesRow) => [sourceLabel(r), orDash(r.code), r.name, ...r.values.map(formatYuan), formatDelta(r.overall.delta), formatPercent(r.overall.percent), r.alsoIn.join('；')];
  return {
    title: `${s.documents.at(-1)!.unit}：${years.join('、')}`,
    facts: [...s.documents.map((d) => `${d.fiscalYear}年：${d.title}（${d.file}）`), '金额单位：元；同一数字在各年都相同的其他出处列在“同见”'],
    headline: [],
    notes: [],
    warnings: reportWarnings(s.warnings),
    chart: [],
    tables: [
      { heading: '预算总览', empty: '各年都没有总览数字。', header, numeric, rows: s.rows.filter((r) => r.figure).map(row) },
      { heading: '预算表科目（合计）', empty: '各年都没有预算表科目。', header, numeric, rows: s.rows.filter((r) => !r.figure).map(row) },
    ],
  };
}

export function seriesCsv(s: Series): string {
  const header = ['来源', '编码', '名称', ...s.documents.map((d) => `${d.fiscalYear}年`), '增减', '增减率(%)', '同见'];
  const rows: Cell[][] = s.rows.map((r) => [sourceLabel(r), r.code, r.name, ...r.values, r.overall.delta, r.overall.percent, r.alsoIn.join('；') || null]);
  return csvText(header, rows);
}
