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
