// The columns of a fiscal table, from its header paths: which hold codes and
// names (grouped into classification slots) and which hold values (with their
// measure keys), split into the side-by-side panels of a 收支总表.
import type { FiscalTable } from '../../schema/canonical.js';
import { isRowNumberColumn, priorYearColumns } from '../../tables/column-words.js';
import { schemeFromHeader, type Scheme } from './classification.js';
import { foldSegment, measureKey } from './measure-key.js';

export type Side = 'revenue' | 'expenditure';

/** One classification printed on a row: its code column(s) and its name column. */
export interface Slot {
  codeColumns: number[];
  nameColumn: number | null;
  /** The slot names sub-units (单位编码 / 单位名称), not a classification. */
  unit: boolean;
  /** The slot's rows are units, each above its items (支出项目类别（资金使用单位）). */
  unitGroups: boolean;
  /** The slot names each row's year (年度: 2025年 | 2026年 | 增减变化金额 under each unit). */
  yearRows: boolean;
  scheme: Scheme | null;
}

export interface ValueColumn {
  column: number;
  /** The grid columns the measure's figures print in: `column` and those it shares its header with (tables/shared-columns.ts). */
  columns: readonly number[];
  key: string;
  label: string;
}

export interface Panel {
  side: Side | null;
  slots: Slot[];
  values: ValueColumn[];
}

type Role = 'code' | 'unitCode' | 'name' | 'unitName' | 'unitGroupedName' | 'yearName' | 'ignored' | 'value';

const sideSegment = /^(?:本年|财政拨款)?(收入|支出)$/u;

function roleOf(segments: readonly string[]): Role {
  const leaf = foldSegment(segments.at(-1) ?? '');
  const path = segments.map(foldSegment).join('/');
  // Items with their unit in brackets (支出项目类别（资金使用单位）), or Shenzhen's 支出项目类别 alone: the rows list
  // units, each above its items.
  if (/^支出项目类别$|(项目|类别|科目)[^()]*\((资金)?(使用|预算)?单位\)$/u.test(leaf)) return 'unitGroupedName';
  // Text columns beside the figures (项目简介, 项目类别, 资金性质, 绩效目标) say nothing a measure holds.
  if (leaf === '' || /备注|说明|简介|类别$|性质$|绩效目标$/u.test(leaf)) return 'ignored';
  if (/单位(编码|代码)/u.test(path)) return 'unitCode';
  if (/(编码|代码|编号)$|^[类款项]$/u.test(leaf)) return 'code';
  if (/^(预算)?(单位|部门)(名称)?$/u.test(leaf)) return 'unitName';
  // `部门预算支出经济科目` (Guangzhou) names its rows like 经济科目 does.
  if (/名称$|^(项目|科目)$|(?:功能|经济)科目$|分类科目|科目\(按.*\)$|^[一二三]级$/u.test(leaf)) return 'name';
  // `年度` names its rows by year (Shenzhen's 三公 table: 2025年 | 2026年 | 增减变化金额 under each unit).
  if (leaf === '年度') return 'yearName';
  return 'value';
}

/**
 * Panels of the table: a new panel starts wherever a label column follows a
 * value column. In summary tables (收支总表, 财政拨款收支总表) the panel's side
 * comes from its 收入 / 支出 header, else the first panel is revenue and the
 * rest expenditure.
 */
export function readColumns(
  paths: readonly string[],
  summary: boolean,
  phase: FiscalTable['phase'],
  textColumns: ReadonlySet<number> = new Set(),
  shared: ReadonlyMap<number, readonly number[]> = new Map(),
): Panel[] {
  const panels: Panel[] = [];
  let current: Panel | null = null;
  let lastRole: Role | null = null;
  const prior = priorYearColumns(paths);
  const sharing = new Set([...shared.values()].flatMap((group) => group.slice(1)));
  paths.forEach((path, column) => {
    // 序号 and 行次 number the rows: never money, and no boundary between panels.
    if (isRowNumberColumn(path)) return;
    // A column sharing its header with the one before is that column (a page's figures printed one grid column over).
    if (sharing.has(column)) return;
    let segments = path === '' ? [] : path.split('/');
    let side: Side | null = null;
    const sideMatch = summary && segments.length > 1 ? sideSegment.exec(foldSegment(segments[0])) : null;
    if (sideMatch) {
      side = sideMatch[1] === '收入' ? 'revenue' : 'expenditure';
      segments = segments.slice(1);
    }
    // A column with no header of its own that holds names (Jiangsu's 项目名称 printed over a group column and an item column).
    const role = path === '' && textColumns.has(column) ? 'name' : roleOf(segments);
    if (role === 'ignored') return;
    const label = role !== 'value';
    if (!current || (label && lastRole === 'value')) {
      current = { side, slots: [], values: [] };
      panels.push(current);
    }
    current.side ??= side;
    lastRole = role;
    if (role === 'value') {
      const key = prior.has(column) ? asPriorYear(measureKey(segments, phase)) : measureKey(segments, phase);
      current.values.push({ column, columns: shared.get(column) ?? [column], key, label: path });
      return;
    }
    addToSlot(current, column, role, segments.join('/'));
  });
  if (summary) {
    panels.forEach((panel, at) => {
      panel.side ??= at === 0 ? 'revenue' : 'expenditure';
    });
  }
  for (const panel of panels) {
    separateThreePublicTotal(panel.values);
    disambiguate(panel.values);
  }
  return panels.filter((panel) => panel.values.length > 0);
}

/** A column under an earlier year than the table's own reports the prior year (`priorYear.*`). */
function asPriorYear(key: string): string {
  return key.startsWith('priorYear') ? key : key === 'total' ? 'priorYear.total' : `priorYear.${key}`;
}

function addToSlot(panel: Panel, column: number, role: Role, header: string): void {
  const open = panel.slots.at(-1);
  const isCode = role === 'code' || role === 'unitCode';
  const unit = role === 'unitCode' || role === 'unitName';
  const unitGroups = role === 'unitGroupedName';
  const yearRows = role === 'yearName';
  const scheme = unit ? null : schemeFromHeader(header);
  // A name column right after a 单位编码 column names the unit on rows with a code (Xi'an's 单位（项目）名称).
  if (open && open.nameColumn === null && (open.unit === unit || (open.unit && role === 'name'))) {
    if (isCode) open.codeColumns.push(column);
    else open.nameColumn = column;
    open.scheme ??= scheme;
    return;
  }
  panel.slots.push({ codeColumns: isCode ? [column] : [], nameColumn: isCode ? null : column, unit, unitGroups, yearRows, scheme });
}

/**
 * A "三公" table printing the three categories' 小计 under a “三公”经费 group and,
 * beside it, a 合计 that also adds 会议费 and 培训费 (Jiangsu, Xi'an): the 小计 is
 * `total` (the contract's three-category total), the 合计 `totalWithMeetingTraining`.
 */
function separateThreePublicTotal(values: ValueColumn[]): void {
  if (!values.some((value) => /(^|\.)(meeting|training)$/u.test(value.key))) return;
  const isSubtotal = (value: ValueColumn) => /三公.*\/(小计|合计)$/u.test(value.label);
  for (const subtotal of values.filter(isSubtotal)) {
    for (const whole of values) {
      if (whole === subtotal || whole.key !== subtotal.key || isSubtotal(whole)) continue;
      // `change` (an 增减 block's 合计) is the change of the total: its key gains the suffix.
      whole.key = /(^|\.)total$/u.test(whole.key) ? whole.key.replace(/total$/u, 'totalWithMeetingTraining') : `${whole.key}.totalWithMeetingTraining`;
    }
  }
}

/** Two columns that map to one key (an unforeseen layout) keep apart as key, key.2, … */
function disambiguate(values: ValueColumn[]): void {
  const seen = new Map<string, number>();
  for (const value of values) {
    const count = (seen.get(value.key) ?? 0) + 1;
    seen.set(value.key, count);
    if (count > 1) value.key = `${value.key}.${count}`;
  }
}
