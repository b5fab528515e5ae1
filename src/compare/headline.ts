// The headline: the largest changes in spending, “三公”经费, 机关运行经费 and 政府采购,
// each told through the parts that moved, with the reason the notice gives, and the
// lowest-level spending lines that moved most.
import { change, isChanged, movement, type Change } from './change.js';
import type { FigureChange, SignalChange } from './compare.js';
import { figureLabels } from './figure-labels.js';
import { figureParts, headlineTopics } from './headline-figures.js';
import type { ReasonIndex } from './reasons.js';
import type { CompareSettings } from './settings.js';

export interface HeadlineItem extends Change {
  /** 支出, “三公”经费, 机关运行经费, 政府采购, or 支出科目 for a fiscal line. */
  topic: string;
  figure: string | null;
  code: string | null;
  label: string;
  reason: string | null;
  /** The parts whose change makes up this one (基本支出 and 项目支出 of 支出总计), only those that moved. */
  parts: HeadlineItem[];
}

const printed = (c: Change) => c.base !== null || c.target !== null;

function figureItem(topic: string, figure: string, summary: ReadonlyMap<string, FigureChange>, reasons: ReasonIndex): HeadlineItem {
  const c = summary.get(figure)!;
  const parts = (figureParts[figure] ?? [])
    .filter((part) => summary.has(part) && isChanged(summary.get(part)!))
    .map((part) => figureItem(topic, part, summary, reasons));
  return { topic, figure, code: null, label: figureLabels[figure], ...change(c.base, c.target), reason: reasons.figure(figure), parts };
}

export function headline(summary: readonly FigureChange[], changes: readonly SignalChange[], reasons: ReasonIndex, settings: CompareSettings): HeadlineItem[] {
  const byFigure = new Map(summary.map((f) => [f.figure, f]));
  const items = headlineTopics.flatMap(({ topic, figures }) => {
    const figure = figures.find((f) => byFigure.get(f) && byFigure.get(f)!.base !== null && byFigure.get(f)!.target !== null) ?? figures.find((f) => printed(byFigure.get(f)!));
    return figure ? [figureItem(topic, figure, byFigure, reasons)] : [];
  });
  const lines = changes
    .filter((c) => c.figure === null && c.code !== null && c.measure === '合计' && c.source !== 'income' && c.source !== 'income_expenditure_summary' && c.source !== 'appropriation_summary')
    .filter((c) => !changes.some((other) => other !== c && other.source === c.source && other.code?.startsWith(c.code!) && other.code.length > c.code!.length))
    .sort((a, b) => Math.abs(movement(b)) - Math.abs(movement(a)))
    .slice(0, settings.headlineLines)
    .map((c): HeadlineItem => ({ topic: '支出科目', figure: null, code: c.code, label: c.name, base: c.base, target: c.target, delta: c.delta, percent: c.percent, reason: c.reason, parts: [] }));
  return [...items, ...lines];
}
