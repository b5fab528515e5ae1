// A value column's canonical measure key, from its printed header path
// (top to bottom), through the measureWords data.
import type { FiscalTable } from '../../schema/canonical.js';
import { foldTitle } from '../../tables/table-label.js';
import { measureWords, type MeasureWord } from './measure-words.js';

/** A header segment as measureWords compares it: folded, ASCII parentheses, 其中： removed. */
export function foldSegment(text: string): string {
  return foldTitle(text)
    .replace(/（/gu, '(')
    .replace(/）/gu, ')')
    .replace(/^其中[:：]?/u, '');
}

function wordFor(segment: string, phase: FiscalTable['phase']): MeasureWord | null {
  const folded = foldSegment(segment);
  for (const word of measureWords) {
    if (word.role === 'block' && word.finalAccountsOnly && phase !== 'final_accounts') continue;
    if (word.pattern.test(folded)) return word;
  }
  return null;
}

/** Whether a header segment is a known measure word (any role): used to tell value columns from label columns. */
export function isMeasureWord(segment: string, phase: FiscalTable['phase']): boolean {
  return wordFor(segment, phase) !== null;
}

/**
 * The key of a column with this header path. Unrecognised wording keeps the
 * printed path as its key, so nothing is lost and the gap shows in the output.
 */
export function measureKey(path: readonly string[], phase: FiscalTable['phase']): string {
  const blocks: string[] = [];
  const keys: { key: string; transparent: boolean | readonly string[] }[] = [];
  let unknown = false;
  path.forEach((segment) => {
    const word = wordFor(segment, phase);
    if (!word) {
      unknown = true;
      return;
    }
    if (word.role === 'block') {
      if (!blocks.includes(word.key)) blocks.push(word.key);
    } else if (word.role === 'measure') {
      const previous = keys.at(-1);
      if (previous?.key === word.key) return;
      if (previous?.transparent === true || (Array.isArray(previous?.transparent) && previous.transparent.includes(word.key))) keys.pop();
      keys.push({ key: word.key, transparent: word.transparent ?? false });
    }
  });
  if (unknown && keys.length === 0) return path.map(foldSegment).join('/');
  const main = keys.map((entry) => entry.key).join('.') || 'total';
  return blocks.length > 0 ? [...blocks, main].join('.') : main;
}
