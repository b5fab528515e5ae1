// The budget-execution report: a plain list of what ran over or under, then every
// figure and line with budget, actual, difference and execution rate; and its CSV.
import { Decimal } from 'decimal.js';
import type { Cell } from '../export/fields.js';
import { csvText } from './csv.js';
import type { Execution, ExecutionFigure, ExecutionIndicator, Verdict } from './execution.js';
import { formatDelta, formatYuan, orDash } from './format.js';
import { tableKindLabels } from './labels.js';
import { reportWarnings, type ReportModel } from './report-model.js';

export const verdictLabels: Record<Verdict, string> = { over: '超预算', under: '未达预算', within: '在幅度内', not_stated: '未列出' };

const formatRate = (rate: number | null) => (rate === null ? '—' : `${new Decimal(rate).toFixed(2)}%`);
const sourceLabel = (f: ExecutionFigure) => (f.figure ? '预算总览' : (tableKindLabels[f.source as keyof typeof tableKindLabels] ?? f.source));
const nameOf = (f: ExecutionFigure) => `${f.code ? `${f.code} ` : ''}${f.name}${f.measure && f.measure !== '合计' ? `（${f.measure}）` : ''}`;

function calledOut(f: ExecutionFigure): string {
  const reason = f.reason ? `（公告所述原因：${f.reason}）` : '';
  return `${nameOf(f)}：预算 ${formatYuan(f.budget)} 元，决算 ${formatYuan(f.actual)} 元，${verdictLabels[f.verdict]} ${formatYuan(Math.abs(f.difference ?? 0))} 元（执行率 ${formatRate(f.rate)}）${reason}。`;
}

const metLabel = (met: boolean | null) => (met === null ? '—' : met ? '达标' : '未达标');

function missed(i: ExecutionIndicator): string {
  return `绩效指标「${i.name}」（${i.project}）：目标 ${i.target}，实际完成 ${i.actual}，未达目标。`;
}

const row = (f: ExecutionFigure) => [sourceLabel(f), nameOf(f), formatYuan(f.budget), formatYuan(f.actual), formatDelta(f.difference), formatRate(f.rate), verdictLabels[f.verdict], orDash(f.reason), f.alsoIn.join('；')];

export function executionModel(e: Execution): ReportModel {
  const percent = new Decimal(e.threshold).times(100).toFixed();
  const out = [...e.figures, ...e.lines].filter((f) => f.verdict === 'over' || f.verdict === 'under');
  const header = ['来源', '项目', '预算数', '决算数', '差额', '执行率', `超出±${percent}%`, '公告所述原因', '同见'];
  const numeric = [false, false, true, true, true, true, false, false, false];
  return {
    title: `${e.finalAccounts.unit}：${e.budget.fiscalYear}年预算执行情况`,
    facts: [`预算：${e.budget.title}（${e.budget.file}）`, `决算：${e.finalAccounts.title}（${e.finalAccounts.file}）`, `金额单位：元；执行率 = 决算数 ÷ 预算数；偏离预算超过 ${percent}% 的列为超预算或未达预算；每项只列一次`],
    headline: [...(out.length > 0 ? out.map(calledOut) : [`没有偏离预算超过 ${percent}% 的数字。`]), ...e.indicators.filter((i) => i.met === false).map(missed)],
    notes: [],
    warnings: reportWarnings(e.warnings),
    chart: [],
    tables: [
      { heading: '预算总览', empty: '两份公告没有共同的总览数字。', header, numeric, rows: e.figures.map(row) },
      { heading: '预算表科目', empty: '两份公告没有可对应的科目。', header, numeric, rows: e.lines.map(row) },
      {
        heading: '绩效指标',
        empty: '没有两份公告都列出的绩效指标。',
        header: ['项目', '三级指标', '预算目标值', '决算目标值', '实际完成值', '得分/分值', '是否达标'],
        numeric: [false, false, false, false, false, false, false],
        rows: e.indicators.map((i) => [i.project, i.name, i.target, i.differs ? i.finalTarget : '同预算', orDash(i.actual), i.score === null ? '—' : `${i.score}/${i.weight ?? '—'}`, metLabel(i.met)]),
      },
    ],
  };
}

export function executionCsv(e: Execution): string {
  const header = ['来源', '编码', '名称', '栏目', '预算数', '决算数', '差额', '执行率(%)', '判断', '公告所述原因', '同见'];
  const rows: Cell[][] = [...e.figures, ...e.lines].map((f) => [sourceLabel(f), f.code, f.name, f.measure, f.budget, f.actual, f.difference, f.rate, verdictLabels[f.verdict], f.reason, f.alsoIn.join('；') || null]);
  return csvText(header, rows);
}
