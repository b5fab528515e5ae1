// Number labels printed with a table (部门公开表3, 预算05表, 表一): the table stage
// keeps them apart from the table's name.
import { foldWidth } from '../text/clean.js';

/**
 * Number labels printed with a table: 部门公开表3, 预算05表, 预算表12, 公开01表,
 * 表一, 表1, 表1-2, 附表3. Matched on text with spaces removed.
 */
export const labelPatterns: readonly RegExp[] = [
  /部门公开表\d+/u,
  /公开\d+表/u,
  /预算\d+表/u,
  /决算\d+表/u,
  /预算表\d+/u,
  /决算表\d+/u,
  /附表\d+(?:-\d+)?/u,
  /^表\d+(?:-\d+)?(?![\d表])/u,
  /^表[一二三四五六七八九十]+(?![一二三四五六七八九十])/u,
];

/** A line that is only a number label (`公开01表`): the table's name is printed elsewhere. */
export function isLabelOnly(text: string): boolean {
  const folded = foldWidth(text).replace(/\s/gu, '');
  return labelPatterns.some((pattern) => pattern.exec(folded)?.[0] === folded);
}

/** A title as the catalogue compares it: no spaces, no quotation marks, ASCII digits. */
export function foldTitle(text: string): string {
  return foldWidth(text).replace(/[\s"'“”‘’〝〞「」]/gu, '');
}

/** The first number label (部门公开表3, 预算05表, 表一) found in the texts, as printed without spaces. */
export function labelFrom(texts: readonly string[]): string | null {
  for (const text of texts) {
    const folded = foldTitle(text);
    for (const pattern of labelPatterns) {
      const match = pattern.exec(folded);
      if (match) return match[0];
    }
  }
  return null;
}

/**
 * A title without its number label (`预算01表 收支总表` → `收支总表`) and without
 * its list number (`二、收入预算总表` → `收入预算总表`). A part heading the layout
 * ran into the title (`第二部分…预算表一、收支预算总表`) is dropped: the table's own
 * title is the one after the last list number.
 */
export function titleWithoutLabel(printed: string, label: string | null): string {
  const numbered = /(?:^|表|部分)\s*[一二三四五六七八九十]+[、．.]\s*(?=.*表)/gu;
  const last = [...printed.matchAll(numbered)].at(-1);
  const title = last ? printed.slice(last.index + last[0].length) : printed;
  if (!label) return title;
  const folded = foldTitle(title);
  const at = folded.indexOf(label);
  if (at !== 0) return title;
  const rest = folded.slice(label.length).replace(/^[:：.．、]/u, '');
  return rest === '' ? title : rest;
}
