// A row-number column (序号) as a source of hierarchy: some tables print their
// levels there (一 over 1 over (1)) rather than in the name. A running count
// (1, 2, 3 … to the end) says nothing about levels.
import { foldWidth } from '../text/clean.js';

/** The numbering style of a row-number cell (`一`, `1`, `（一）`, `(1)`, with or without 、 or .), or null. */
export function ordinalStyle(text: string): string | null {
  const folded = foldWidth(text).trim();
  if (/^[一二三四五六七八九十百]+[、.]?$/u.test(folded)) return '一、';
  if (/^\([一二三四五六七八九十百]+\)$/u.test(folded)) return '(一)';
  if (/^\d+[、.]?$/u.test(folded)) return '1、';
  if (/^\(\d+\)$/u.test(folded)) return '(1)';
  return null;
}

/** Whether a row-number column's cells (body rows, in order) mark levels: two or more styles. */
export function marksLevels(cells: readonly string[]): boolean {
  const styles = new Set(cells.map(ordinalStyle).filter((style) => style !== null));
  return styles.size >= 2;
}
