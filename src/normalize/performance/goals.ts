// Goals are the numbered objectives a 绩效目标 cell or paragraph prints: one
// string per item, the enumerators (1. 1、 （1） （一） 一、) not content.

const enumerator = /^(?:[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．](?!\d)|(?:目标|第)\s*\d{1,2}\s*[:：、.．])\s*/u;

/** Text with its leading enumerator removed (`1.机关工作经费` → `机关工作经费`). */
export function stripEnumerator(text: string): string {
  return text.replace(enumerator, '').trim();
}

/** The numbers 1, 2, 3 … (or 一, 二, 三 …) printed as enumerators in a run of text, in order. */
const itemStart = /(?:^|(?<=[。；;！!？?\s]))\s*(?:[（(]?(\d{1,2})[)）]|(\d{1,2})[.、．](?!\d))/gu;

/**
 * Split a goal text into its items. Items are recognised only when their
 * numbers run 1, 2, 3 … from the start (a figure like `3.41万元` or a stray
 * `2、` inside a sentence is not an item); otherwise the text is one goal.
 */
export function splitGoals(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '' || /^(?:无|——|-+|\/)$/u.test(trimmed)) return [];
  const starts: number[] = [];
  for (const match of trimmed.matchAll(itemStart)) {
    const number = Number(match[1] ?? match[2]);
    if (number !== starts.length + 1) continue;
    starts.push(match.index);
  }
  if (starts.length === 0 || trimmed.slice(0, starts[0]).trim() !== '') {
    return [cleanGoal(trimmed)].filter(Boolean);
  }
  return starts
    .map((start, i) => cleanGoal(trimmed.slice(start, starts[i + 1] ?? trimmed.length)))
    .filter((goal) => goal !== '');
}

/** A goal without its enumerator and without the separator that ended it (`；`), its own full stop kept. */
function cleanGoal(text: string): string {
  return stripEnumerator(text.trim()).replace(/[；;，,、\s]+$/u, '');
}
