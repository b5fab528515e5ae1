// The comparison as CSV for a spreadsheet: one row per change, each change once
// (as in the report), amounts plain in 元. UTF-8 with a BOM and CRLF, like the exports.
import { BOM, csvRows } from '../export/csv.js';
import type { Cell } from '../export/fields.js';
import type { Comparison } from './compare.js';
import { procurementFieldLabels, statusLabels, tableKindLabels } from './labels.js';
import { nameWithRename } from './report-model.js';

export function csvText(header: readonly string[], rows: readonly Cell[][]): string {
  return BOM + csvRows([[...header], ...rows]);
}

export function comparisonCsv(c: Comparison): string {
  const header = ['部分', '表', '编码', '名称', '栏目', `${c.base.fiscalYear}年`, `${c.target.fiscalYear}年`, '增减', '增减率(%)', '状态', '公告所述原因', '同见'];
  const changes: Cell[][] = c.changes.map((ch) => [
    ch.figure ? '预算总览' : '预算表科目',
    ch.figure ? null : (tableKindLabels[ch.source as keyof typeof tableKindLabels] ?? ch.source),
    ch.code,
    nameWithRename(ch),
    ch.measure,
    ch.base,
    ch.target,
    ch.delta,
    ch.percent,
    statusLabels[ch.status],
    ch.reason,
    ch.alsoIn.join('；') || null,
  ]);
  const p = c.procurement;
  const procurement: Cell[][] = [
    ...p.changed.flatMap((l) => l.changes.map((ch) => ['政府采购', null, l.catalogCode, [l.project, l.item].filter(Boolean).join(' · '), procurementFieldLabels[ch.field] ?? ch.field, ch.base, ch.target, ch.delta, ch.percent, statusLabels.changed, null, null])),
    ...p.added.map((l) => ['政府采购', null, l.catalogCode, [l.project, l.item].filter(Boolean).join(' · '), procurementFieldLabels.amount, null, l.amount, null, null, statusLabels.added, null, null]),
    ...p.removed.map((l) => ['政府采购', null, l.catalogCode, [l.project, l.item].filter(Boolean).join(' · '), procurementFieldLabels.amount, l.amount, null, null, null, statusLabels.removed, null, null]),
  ];
  return csvText(header, [...changes, ...procurement]);
}
