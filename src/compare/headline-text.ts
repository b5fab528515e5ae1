// The headline in plain words, one sentence per topic:
// 支出总计 164,978,640 元 → 156,211,123 元，减少 8,767,517 元（−5.31%），公告所述原因：项目调整；其中 …
import { isChanged } from './change.js';
import { describeChange, formatYuan } from './format.js';
import type { HeadlineItem } from './headline.js';

function clause(item: HeadlineItem, told: Set<string>): string {
  const code = item.code ? `${item.code} ` : '';
  let text = `${code}${item.label}${describeChange(item)}`;
  if (item.reason && !told.has(item.reason)) {
    told.add(item.reason);
    text += `（公告所述原因：${item.reason}）`;
  }
  if (item.parts.length > 0) text += `（其中${item.parts.map((part) => clause(part, told)).join('，')}）`;
  return text;
}

export function headlineSentence(item: HeadlineItem): string {
  const told = new Set<string>();
  const amounts = isChanged(item) && (item.base ?? 0) !== 0 && (item.target ?? 0) !== 0 ? `${formatYuan(item.base)} 元 → ${formatYuan(item.target)} 元，` : '';
  const code = item.code ? `${item.code} ` : '';
  const first = `${code}${item.label}：${amounts}${describeChange(item)}`;
  const reason = item.reason ? (told.add(item.reason), `（公告所述原因：${item.reason}）`) : '';
  const parts = item.parts.length > 0 ? `；其中${item.parts.map((part) => clause(part, told)).join('；')}` : '';
  return `${first}${reason}${parts}。`;
}
