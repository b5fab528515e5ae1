// The level of a line that prints no classification code: from its numbering
// (一、 over 1、 over (1) in Xi'an's 收支总表; 一、 over 1. in Jiangsu's) or,
// without numbering, from the indentation of its name (a hierarchy shown by
// leading spaces only). Levels are relative to the panel: the first numbering
// style met is level 1, the next new one level 2, …; the smallest indent is
// level 1. Only three levels exist (类/款/项), so a fourth is null.
import { foldWidth } from '../text/clean.js';

/** The numbering style a name starts with (`一、`, `（一）`, `1.`, `1、`, `(1)`), or null. */
export function numberingStyle(text: string): string | null {
  // `其中：（1）公务用车购置费` (Fuzhou's 三公 rows) is numbered like the `（2）` after it.
  const folded = foldWidth(text).trim().replace(/^其中[:：]\s*/u, '');
  if (/^[一二三四五六七八九十百]+[、.]/u.test(folded)) return '一、';
  if (/^\([一二三四五六七八九十百]+\)/u.test(folded)) return '(一)';
  if (/^\d+、/u.test(folded)) return '1、';
  if (/^\d+\.(?!\d)/u.test(folded)) return '1.';
  if (/^\(\d+\)/u.test(folded)) return '(1)';
  return null;
}

export interface UncodedLine {
  panel: number;
  style: string | null;
  indent: number | null;
}

/** Levels for the code-less lines of a table, in their order; null where neither numbering nor indentation tells. */
export function uncodedLevels(lines: readonly UncodedLine[]): (1 | 2 | 3 | null)[] {
  const styles = new Map<number, string[]>();
  const indents = new Map<number, number[]>();
  for (const line of lines) {
    if (line.style !== null) {
      const seen = styles.get(line.panel) ?? [];
      if (!seen.includes(line.style)) seen.push(line.style);
      styles.set(line.panel, seen);
    } else if (line.indent !== null) {
      const seen = indents.get(line.panel) ?? [];
      if (!seen.includes(line.indent)) seen.push(line.indent);
      indents.set(line.panel, seen);
    }
  }
  for (const seen of indents.values()) seen.sort((a, b) => a - b);
  return lines.map((line) => {
    if (line.style !== null) return asLevel(styles.get(line.panel)!.indexOf(line.style));
    const seen = indents.get(line.panel);
    // One indentation throughout says nothing about a hierarchy.
    if (line.indent === null || !seen || seen.length < 2) return null;
    return asLevel(seen.indexOf(line.indent));
  });
}

function asLevel(at: number): 1 | 2 | 3 | null {
  return at === 0 ? 1 : at === 1 ? 2 : at === 2 ? 3 : null;
}
