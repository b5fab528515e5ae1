// The unit's overall goals as the narrative prints them: the paragraphs under
// a 总体绩效目标 heading (or after `总体绩效目标：` on the heading's own line).
import type { DocumentView } from '../document-view.js';
import { splitGoals, stripEnumerator } from './goals.js';

const goalsHeading = /^(?:(?:部门|单位)?(?:整体|总体|年度总体|年度)(?:绩效)?目标)(?:[:：](.*))?$/u;
/** A line that opens the next part: an outline enumerator of the heading kind (（二）, 二、, 第二部分). */
const nextPart = /^(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)/u;

export function overallGoals(view: DocumentView): string[] {
  const items = view.items;
  for (let at = 0; at < items.length; at++) {
    const item = items[at];
    if (item.type !== 'text') continue;
    const heading = goalsHeading.exec(stripEnumerator(item.text));
    if (!heading) continue;
    const body = heading[1]?.trim() ? [heading[1].trim()] : [];
    for (let next = at + 1; next < items.length; next++) {
      const following = items[next];
      if (following.type !== 'text' || following.heading || nextPart.test(following.text)) break;
      body.push(following.text);
    }
    const goals = body.flatMap(splitGoals);
    if (goals.length > 0) return goals;
  }
  return [];
}
