// Some notices (Guangzhou's 项目绩效目标表) print all of a project's
// indicators in one cell, each item as
// `1.1－产出指标，11－数量指标，<三级指标>；实施周期指标值：…，年度指标值：…`
// (item number, then coded 一级 and 二级 names), items joined by `；`/`;`.

export interface SerializedIndicator {
  level1: string;
  level2: string;
  name: string;
  /** 年度指标值, the year's target (实施周期指标值, the whole term's, is not the year's). */
  annualTarget: string;
}

/** The start of an item: an optional item number (`1.`, `2、`) and a coded 一级 name (`1－`). */
const itemStart = String.raw`(?:\d{1,2}\s*[、.．]\s*)?\d{1,2}\s*[－—-]`;
const itemSeparator = new RegExp(String.raw`[;；。]\s*(?=${itemStart})`, 'u');
const item = new RegExp(
  String.raw`^${itemStart}\s*([^，,；;]+?)\s*[，,]\s*\d{1,3}\s*[－—-]\s*([^，,；;]+?)\s*[，,]\s*(.+?)\s*[;；]\s*实施周期指标值[:：].*?年度指标值[:：]\s*(.*?)[;；。，,\s]*$`,
  'su',
);

/** The indicators a serialized cell holds, or null when the cell is not (wholly) in that form. */
export function parseSerializedIndicators(text: string): SerializedIndicator[] | null {
  const items = text.trim().split(itemSeparator).filter((part) => part.trim() !== '');
  const parsed = items.map((part) => item.exec(part.trim()));
  if (parsed.length === 0 || parsed.some((match) => match === null)) return null;
  return parsed.map((match) => {
    const [, level1, level2, name, annualTarget] = match!;
    return { level1, level2, name, annualTarget };
  });
}
