// A table's title: a title-like line among the texts just before it (a number
// label alone, a caption or a year line under the title are stepped over), else
// its own first row when that is one cell across the whole width. The number
// label is kept apart from the name.
import type { Cell } from '../model/document.js';
import { captionLine, captionStart } from './caption-words.js';
import type { TableTitle } from './table.js';
import { isLabelOnly, labelFrom, titleWithoutLabel } from './table-label.js';

const titleLike = /表$|表[（(].*[)）]$|情况$|预算$|决算$|目标$|指标$|明细$|清单$|一览$/u;
/** A year line printed under a title (`（2026年度）`): the title stands above it. */
const yearLine = /^[（(]?\s*\d{4}\s*年度?\s*[)）]?$/u;
/** Longer lines are prose, not titles. */
const TITLE_LENGTH = 60;


/** The printed title of a table part, from the texts before it (nearest first) or its first row, or null. */
export function printedTitle(rows: readonly (readonly Cell[])[], before: readonly string[]): string | null {
  for (const line of before) {
    // A title run together with its caption on one line (Guangzhou) is the text before the caption;
    // any other line holding a caption (`部门： 某局 单位：万元`) is a caption line.
    const head = beforeCaption(line);
    const text = captionLine.test(line) && !titleLike.test(head) ? '' : head;
    // A number label alone on its line (`公开01表`) is no name: the name stands above it.
    if (text === '' || yearLine.test(text) || isLabelOnly(text)) continue;
    if (text.length <= TITLE_LENGTH && titleLike.test(text)) return text;
    break;
  }
  // A title printed as the table's own first row: one cell spanning the whole width.
  const first = rows[0];
  if (first && first.length === 1 && rows.length > 1 && first[0].colSpan > 1 && first[0].text.length <= TITLE_LENGTH) {
    return first[0].text || null;
  }
  return null;
}

/** The title with its number label (from the title or a line just above it) and name apart. */
export function readTitle(printed: string | null, before: readonly string[]): TableTitle {
  const label = labelFrom([printed ?? '', ...before]);
  return { printed, label, name: printed === null ? null : titleWithoutLabel(printed, label) };
}

/** The line's text before a caption in it, the whole line where it holds none. */
function beforeCaption(line: string): string {
  const at = line.search(captionStart);
  return at < 0 ? line : line.slice(0, at).trim();
}
