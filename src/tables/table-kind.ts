// What a table is about, from the words of its title and, only where the title
// says nothing, of its header. The title decides first: a 支出总表 with a
// 政府采购 column is a fiscal table, not a procurement table.

/** What a table is about; the canonical schema's RawTable kinds are these. */
export const tableKinds = ['performance_overall', 'performance_project', 'procurement', 'assets', 'organization', 'fiscal', 'other'] as const;
export type TableKind = (typeof tableKinds)[number];

interface KindWords {
  kind: 'performance' | Exclude<TableKind, 'performance_overall' | 'performance_project' | 'other'>;
  /** Words that name the kind in a title. */
  title: RegExp;
  /** Words that name it in a header (first rows of the table). */
  header: RegExp;
}

/** Tried in order, against the title first, then against the header. */
const kindWords: readonly KindWords[] = [
  { kind: 'performance', title: /绩效/u, header: /绩效|一级指标|二级指标|三级指标/u },
  { kind: 'procurement', title: /政府采购/u, header: /政府采购|采购(?:品目|目录|物品|项目)/u },
  { kind: 'assets', title: /固定资产|资产总额|资产占用/u, header: /固定资产|资产总额|资产占用/u },
  { kind: 'organization', title: /单位性质|经费保障形式|机构设置/u, header: /单位性质|经费保障形式|机构设置/u },
  { kind: 'fiscal', title: /科目|功能分类|经济分类|收支|收入|支出|三公|拨款/u, header: /科目|功能分类|经济分类|收支|收入|支出|三公|拨款/u },
];

/** 整体 in a header label marks the unit-level table; in a long goal cell (…提升人才工作整体水平) it does not. */
const overallTitle = /整体|部门绩效目标|单位绩效目标/u;
const overallLabel = /整体/u;
const LABEL_LENGTH = 20;

/** A list of the notice's tables (序号 | 内容 | 是否空表 | 表格为空的理由, 决算 notices): its cells name tables, it holds none. */
const tableListHeader = /^(?:是否空表|表格为空的理由|空表理由|页码)$/u;

/**
 * The list of the body's budget units (预算单位构成: `序号 | 单位名称 | 拟变动情况`): columns
 * naming a unit, its row number and remarks, and nothing else. It is what a 机构设置 table is
 * without the nature and funding columns.
 */
const unitListColumn = /^(?:序号|单位名称|单位|单位全称|拟变动情况|变动情况|备注)$/u;
const unitNameColumn = /^(?:单位名称|单位|单位全称)$/u;

/**
 * @param headerTexts the texts of the table's first rows (its header and perhaps a few body rows)
 * @param columns the header path of each column, as the table's header reads them
 */
export function tableKind(title: string | null, headerTexts: readonly string[], columns: readonly string[]): TableKind {
  if (headerTexts.some((text) => tableListHeader.test(text))) return 'other';
  if (isUnitList(columns)) return 'organization';
  const header = headerTexts.join('|');
  const words = (title && kindWords.find((entry) => entry.title.test(title))) || kindWords.find((entry) => entry.header.test(header));
  if (!words) return 'other';
  if (words.kind !== 'performance') return words.kind;
  const labels = headerTexts.filter((text) => text.length <= LABEL_LENGTH).join('|');
  return overallTitle.test(title ?? '') || overallLabel.test(labels) ? 'performance_overall' : 'performance_project';
}

function isUnitList(columns: readonly string[]): boolean {
  return columns.length >= 2 && columns.every((path) => unitListColumn.test(path)) && columns.some((path) => unitNameColumn.test(path));
}
