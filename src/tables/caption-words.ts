// A caption line printed with a table: the body it is for (`编制部门：…`, `部门名称：…`),
// the currency unit of its amounts (`单位：万元`) or the date it is drawn up to
// (`截止时间：2022年12月31日`). Never a title, never a row.

/** The label of a body caption (`编制部门：`, `单位名称：`). */
const bodyLabel = '(?:编制(?:部门|单位)|单位名称|预算单位|部门名称)[:：]';
/** A currency-unit caption closing its line (`单位：万元`). */
const unitNote = '(?:金额)?单位[:：]\\s*(?:亿元|万元|千元|元)\\s*$';

/** A line that is a caption and nothing else: a body caption, or a unit caption standing alone. */
export const captionLine = new RegExp(`^${bodyLabel}|${unitNote}`, 'u');

/** Where a caption starts inside a line (`…情况表（按经济分类科目）单位名称：某局 单位：万元`), with the space before it. */
export const captionStart = new RegExp(`\\s*(?:${bodyLabel}|${unitNote})`, 'u');

/** The body a caption names (`编制部门：某局 单位：万元` → 某局); a unit note after the name is not part of it. */
export const bodyCaption = new RegExp(`^${bodyLabel}\\s*(.+?)\\s*(?:(?:金额)?单位[:：].*)?$`, 'u');

/** The day a table is drawn up to (`截止时间：2022年12月31日`, `截至2022年12月31日`). */
export const datedCaption = /截[止至](?:时间|日期)?[:：]?(\d{4})年(\d{1,2})月(\d{1,2})日/u;

/** The year-end a table is drawn up to (`截至2022年底`). */
export const yearEndCaption = /截[止至](\d{4})年(?:底|末)/u;
