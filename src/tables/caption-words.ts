// A caption line printed with a table: the body it is for (`编制部门：…`, `部门名称：…`)
// or the currency unit of its amounts (`单位：万元`). Never a title, never a row.
export const captionLine = /^(?:编制(?:部门|单位)|单位名称|预算单位|部门名称)[:：]|(?:金额)?单位[:：]\s*(?:亿元|万元|千元|元)\s*$/u;
