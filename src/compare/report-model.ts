// What a comparison report shows, independent of Markdown or HTML: a title, a plain
// headline, notes, the warnings and one table per part, figures already formatted, in Chinese.
import type { Comparison, SignalChange } from './compare.js';
import { formatDelta, formatPercent, formatYuan, orDash } from './format.js';
import { headlineSentence } from './headline-text.js';
import { procurementFieldLabels, statusLabels, tableKindLabels, warningLabels } from './labels.js';
import { largestChanges, type ChartBar } from './largest-changes.js';

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
  /** Plain-language sentences at the top. */
  headline: string[];
  /** Parts one notice lacks, and how figures were matched. */
  notes: string[];
  warnings: { code: string; message: string }[];
  chart: ChartBar[];
  tables: ReportTable[];
}

const sourceLabel = (c: SignalChange) => (c.figure ? '预算总览' : (tableKindLabels[c.source as keyof typeof tableKindLabels] ?? c.source));
/** A line printed under another name or code the year before says so: `一般公共预算资金（原：一般公共预算）`. */
export const nameWithRename = (c: SignalChange) => {
  const before = [c.recodedFrom, c.renamedFrom].filter(Boolean).join(' ');
  return before ? `${c.name}（原：${before}）` : c.name;
};

export const reportWarnings = (warnings: Comparison['warnings']) => warnings.map((w) => ({ code: warningLabels[w.code] ?? w.code, message: w.message }));

export function reportModel(c: Comparison): ReportModel {
  const [y0, y1] = [`${c.base.fiscalYear}年`, `${c.target.fiscalYear}年`];
  const p = c.procurement;
  const { added, removed, changed, projectsAdded, projectsRemoved } = c.indicators;
  const summary = c.changes.filter((ch) => ch.figure !== null);
  const lines = c.changes.filter((ch) => ch.figure === null);
  return {
    title: `${c.target.unit}：${c.base.fiscalYear}年 → ${c.target.fiscalYear}年`,
    facts: [`基年：${c.base.title}（${c.base.file}）`, `比较年：${c.target.title}（${c.target.file}）`, '金额单位：元；每项变化只列一次，同一变化的其他出处列在“同见”'],
    headline: c.headline.map(headlineSentence),
    notes: c.absent.map(
      (a) =>
        `${a.missingIn}年公告未列出${a.part}（${a.printedIn}年公告列出）${a.proseIn ? `，相关内容以文字说明，见“${a.proseIn}”` : ''}；不逐条列为${a.printedIn < a.missingIn ? '取消' : '新增'}。`,
    ),
    warnings: reportWarnings(c.warnings),
    chart: largestChanges(c.changes),
    tables: [
      {
        heading: '预算总览',
        empty: '预算总览的数字两年相同。',
        header: ['项目', y0, y1, '增减', '增减率', '状态', '公告所述原因', '同见'],
        numeric: [false, true, true, true, true, false, false, false],
        rows: summary.map((ch) => [ch.name, formatYuan(ch.base), formatYuan(ch.target), formatDelta(ch.delta), formatPercent(ch.percent), statusLabels[ch.status], orDash(ch.reason), ch.alsoIn.join('；')]),
      },
      {
        heading: '预算表科目',
        empty: '预算表科目两年相同。',
        header: ['表', '科目', '栏目', y0, y1, '增减', '增减率', '状态', '公告所述原因', '同见'],
        numeric: [false, false, false, true, true, true, true, false, false, false],
        rows: lines.map((ch) => [
          sourceLabel(ch),
          `${ch.code ? `${ch.code} ` : ''}${nameWithRename(ch)}`,
          orDash(ch.measure),
          formatYuan(ch.base),
          formatYuan(ch.target),
          formatDelta(ch.delta),
          formatPercent(ch.percent),
          statusLabels[ch.status],
          orDash(ch.reason),
          ch.alsoIn.join('；'),
        ]),
      },
      {
        heading: '绩效指标',
        empty: c.absent.some((a) => a.part === '绩效指标') ? '见上方说明。' : '绩效指标没有新增、取消或变化。',
        header: ['项目', '三级指标', y0, y1, '状态'],
        numeric: [false, false, false, false, false],
        rows: [
          ...changed.map((i) => [i.project, i.name, i.baseTarget, i.targetTarget, statusLabels.changed]),
          ...added.map((i) => [i.project, i.name, '—', i.target, statusLabels.added]),
          ...removed.map((i) => [i.project, i.name, i.target, '—', statusLabels.removed]),
          ...projectsAdded.map((pr) => [pr.project, `（整个项目，${pr.indicators}项指标）`, '—', '列出', statusLabels.added]),
          ...projectsRemoved.map((pr) => [pr.project, `（整个项目，${pr.indicators}项指标）`, '列出', '—', statusLabels.removed]),
        ],
      },
      {
        heading: '政府采购',
        empty: c.absent.some((a) => a.part === '政府采购明细') ? '见上方说明。' : '政府采购明细没有新增、取消或变化。',
        header: ['项目', '品目', '目录编码', '字段', y0, y1, '增减', '状态'],
        numeric: [false, false, false, false, true, true, true, false],
        rows: [
          ...p.changed.flatMap((l) =>
            l.changes.map((ch) => [orDash(l.project), orDash(l.item), orDash(l.catalogCode), procurementFieldLabels[ch.field] ?? ch.field, formatYuan(ch.base), formatYuan(ch.target), formatDelta(ch.delta), statusLabels.changed]),
          ),
          ...p.added.map((l) => [orDash(l.project), orDash(l.item), orDash(l.catalogCode), procurementFieldLabels.amount, '—', formatYuan(l.amount), '', statusLabels.added]),
          ...p.removed.map((l) => [orDash(l.project), orDash(l.item), orDash(l.catalogCode), procurementFieldLabels.amount, formatYuan(l.amount), '—', '', statusLabels.removed]),
        ],
      },
    ],
  };
}
