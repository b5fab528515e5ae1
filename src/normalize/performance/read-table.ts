// One 绩效目标表 → the targets it holds. The table is read row by row, so the
// same reader serves every layout the genre prints: a titled table with a
// 绩效目标 row over an indicator grid, a key/value form (项目名称 | … |
// 项目总额 | …) over its grid, several such forms stacked in one table, and a
// grid whose 项目名称 column spans each project's rows.
import { type CurrencyUnit, parseAmount, toYuan } from '../../money/amount.js';
import type { Indicator, PerformanceTarget, RawCell, RawTable, Target } from '../../schema/canonical.js';
import { type Grid, toGrid } from '../../tables/grid.js';
import { foldWidth } from '../../text/clean.js';
import { type ColumnRole, type Header, readHeader, statedUnit } from './columns.js';
import { splitGoals } from './goals.js';
import { splitProjectCode } from './project-name.js';
import { isComparatorSymbol, parseTarget, readSymbolCell, unitInName } from './target.js';

type Label = 'name' | 'code' | 'budget' | 'goals';

/** Row labels of a project's key/value lines, matched on the label without its colon or bracketed unit. */
const labelWords: [Label, RegExp][] = [
  ['name', /^项目名称$/u],
  ['code', /^项目(?:代码|编码|编号)$/u],
  ['budget', /^(?:(?:项目|年度|本年)?(?:资金|预算)?(?:总额|总金额)|年度资金|项目资金|预算金额|预算资金|资金金额|项目预算)$/u],
  ['goals', /^(?:项目|部门|单位)?(?:当年|本年|年度)?(?:整体|总体)?(?:年度)?(?:绩效)?目标$/u],
];

interface Draft {
  name: string | null;
  code: string | null;
  goals: string[];
  budget: number | null;
  indicators: Indicator[];
  /** Whether `name` was read from a 项目名称 label or column (not the table's title). */
  namedInTable: boolean;
  /** The 项目名称 cell of a grid that lists several projects. */
  projectCell: RawCell | null;
}

/** The targets a performance table holds; `defaultName` names the one the table itself does not name. */
export function readTargetTable(table: RawTable, defaultName: string | null): PerformanceTarget[] {
  const grid = toGrid(table.rows);
  const drafts: Draft[] = [];
  let draft = emptyDraft(defaultName);
  let header: Header | null = null;
  let levels: { level1: string | null; level2: string | null } = { level1: null, level2: null };
  const startProject = (next: Draft): void => {
    if (hasContent(draft)) drafts.push(draft);
    draft = next;
    levels = { level1: null, level2: null };
  };

  for (let row = 0; row < grid.length; row++) {
    const nextHeader = readHeader(grid, row);
    if (nextHeader) {
      header = nextHeader;
      levels = { level1: null, level2: null };
      row = nextHeader.lastRow;
      continue;
    }
    const dataRow = header !== null && isIndicatorRow(grid, row, header);
    const labelBelow = dataRow ? null : labelOverValue(grid, row);
    const labels = dataRow ? [] : labelBelow ? [labelBelow] : readLabels(grid, row);
    if (labelBelow) row++;
    if (labels.length > 0) {
      for (const { label, value, unit } of labels) {
        if (label === 'name') {
          if (draft.namedInTable || draft.indicators.length > 0) startProject(emptyDraft(null));
          Object.assign(draft, splitProjectCode(value), { namedInTable: true });
        } else if (label === 'code') draft.code = value;
        else if (label === 'goals') draft.goals.push(...splitGoals(value));
        else draft.budget ??= amountOf(value, unit ?? unitOfMeasure(table));
      }
      continue;
    }
    if (!header || !dataRow) continue;
    const project = header.columns.project === undefined ? null : grid[row][header.columns.project].cell;
    if (project && project.text !== '' && project !== draft.projectCell && !/^(?:合计|总计|小计)$/u.test(project.text)) {
      startProject(projectFromColumns(grid, row, header, project, table));
    }
    const indicator = readIndicator(grid, row, header, levels, table.index);
    if (indicator) {
      levels = { level1: indicator.level1, level2: indicator.level2 };
      draft.indicators.push(indicator);
    }
  }
  startProject(emptyDraft(null));
  return drafts.map((done) => ({
    name: done.name ?? table.title ?? '',
    code: done.code,
    goals: done.goals,
    budget: done.budget,
    indicators: done.indicators,
    source: { table: table.index },
  }));
}

function emptyDraft(name: string | null): Draft {
  return { name, code: null, goals: [], budget: null, indicators: [], namedInTable: false, projectCell: null };
}

/** A target states goals or indicators; a row that only names a body and its funds (a unit's own line) is none. */
function hasContent(draft: Draft): boolean {
  return draft.indicators.length > 0 || draft.goals.length > 0;
}

/** A project opened by its 项目名称 cell in a grid listing several projects; its code, budget and goals sit in the same row. */
function projectFromColumns(grid: Grid, row: number, header: Header, project: RawCell, table: RawTable): Draft {
  const text = (role: ColumnRole): string => cellText(grid, row, header, role);
  const code = text('code');
  const named = splitProjectCode(project.text);
  return {
    ...named,
    code: code || named.code,
    goals: splitGoals(text('goals')),
    budget: amountOf(text('budget'), header.budgetUnit ?? unitOfMeasure(table)),
    indicators: [],
    namedInTable: true,
    projectCell: project,
  };
}

interface LabelledValue {
  label: Label;
  value: string;
  /** A unit the label states (`项目总额（万元）`). */
  unit: CurrencyUnit | null;
}

/** The label/value pairs of a key/value row (`项目名称 | 机关工作经费 | 项目总额 | 50`, or `绩效目标：…` in one cell). */
function readLabels(grid: Grid, row: number): LabelledValue[] {
  const cells = grid[row].filter((slot) => slot.origin);
  const pairs: LabelledValue[] = [];
  cells.forEach((slot, at) => {
    const inline = /^([^:：]{2,12})[:：](.+)$/u.exec(slot.cell.text);
    const labelText = inline ? inline[1] : slot.cell.text;
    const label = labelOf(labelText);
    if (!label) return;
    const value = inline ? inline[2].trim() : (cells.slice(at + 1).find((next) => next.cell.text !== '')?.cell.text ?? '');
    if (value !== '' && !labelOf(value)) pairs.push({ label, value, unit: statedUnit(labelText) ?? unitToTheLeft(grid, row, slot.column) });
  });
  return pairs;
}

/** A unit stated by a group label left of a label (`专项资金情况（万元）` spanning 资金总额 | 财政拨款 | 其他资金). */
function unitToTheLeft(grid: Grid, row: number, column: number): CurrencyUnit | null {
  for (const slot of grid[row].slice(0, column).reverse()) {
    const unit = statedUnit(slot.cell.text);
    if (unit) return unit;
  }
  return null;
}

/** A label alone on its row with its value alone on the next (`当年整体绩效目标` over the goal text). */
function labelOverValue(grid: Grid, row: number): LabelledValue | null {
  const lone = (r: number): string | null => {
    const cells = grid[r]?.filter((slot) => slot.origin && slot.cell.text !== '') ?? [];
    return cells.length === 1 && grid[r].every((slot) => slot.cell === cells[0].cell || slot.cell.text === '') ? cells[0].cell.text : null;
  };
  const labelText = lone(row);
  const label = labelText === null ? null : labelOf(labelText);
  const value = label ? lone(row + 1) : null;
  return label && value !== null && !labelOf(value) ? { label, value, unit: statedUnit(labelText!) } : null;
}

/** After a header, a row is an indicator when its name and its value are separate cells (a cell spanning both is a label's value). */
function isIndicatorRow(grid: Grid, row: number, header: Header): boolean {
  const name = header.columns.name === undefined ? undefined : grid[row][header.columns.name];
  const value = header.columns.value === undefined ? undefined : grid[row][header.columns.value];
  if (name && value && name.cell === value.cell) return false;
  return (name?.cell.text ?? '') !== '' || (value?.cell.text ?? '') !== '';
}

function labelOf(text: string): Label | null {
  const bare = text.replace(/[（(][^）)]*[)）]$/u, '').replace(/\s+/gu, '');
  return labelWords.find(([, words]) => words.test(bare))?.[0] ?? null;
}

function readIndicator(
  grid: Grid,
  row: number,
  header: Header,
  carried: { level1: string | null; level2: string | null },
  tableIndex: number,
): Indicator | null {
  const text = (role: ColumnRole): string => cellText(grid, row, header, role);
  const name = text('name');
  const raw = targetText(text('symbol'), text('value'), text('unit'));
  if (name === '' && raw === '') return null;
  if (/^(?:合计|总计|小计)$/u.test(name || text('level1'))) return null;
  const levels =
    header.columns.level1 === undefined && header.columns.level2 === undefined
      ? (splitFusedLevels(name) ?? { level1: null, level2: null, name })
      : mergedLevels(text('level1'), text('level2'), carried, name);
  return {
    ...levels,
    description: text('description') || null,
    scoringRule: text('scoringRule') || null,
    target: withUnitFromName(parseTarget(raw, header.columns.symbol === undefined ? undefined : readSymbolCell(text('symbol'))), levels.name),
    basis: text('basis') || null,
    weight: numberIn(text('weight')),
    source: { table: tableIndex, row },
  };
}

/** A visually merged 一级/二级 cell the source did not mark as merged prints only in its first row: carry it down. */
function mergedLevels(
  level1Text: string,
  level2Text: string,
  carried: { level1: string | null; level2: string | null },
  name: string,
): { level1: string | null; level2: string | null; name: string } {
  const level1 = level1Text || carried.level1;
  const level2 = level2Text || (level1 === carried.level1 ? carried.level2 : null);
  return { level1: level1 || null, level2: level2 || null, name };
}

const fusedWithSeparators = /^(\S{2,8}指标)\s*[-－—:：/|、，,]\s*(\S{2,10}指标)\s*[-－—:：/|、，,]\s*(.+)$/u;
/** The standard 一级/二级 names, recognisable even run together (`效益指标可持续影响指标持续推动…`). */
const fusedStandardLevels =
  /^(产出指标|效益指标|效果指标|成本指标|满意度指标)((?:数量|质量|时效|成本|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度)指标)(.+)$/u;

/** `产出指标-数量指标-培训人次` printed in one indicator cell: the levels split off when both read as …指标. */
function splitFusedLevels(text: string): { level1: string; level2: string; name: string } | null {
  const match = fusedWithSeparators.exec(text) ?? fusedStandardLevels.exec(text);
  return match ? { level1: match[1], level2: match[2], name: match[3] } : null;
}

/** A figure printed without a unit takes the unit its indicator's name states (`法律顾问服务成本（万元）` | `≤5`). */
function withUnitFromName(target: Target, name: string): Target {
  return target.value !== null && target.unit === null ? { ...target, unit: unitInName(name) } : target;
}

/** The printed target: a comparator from its own column, the value, then a unit from its own column unless the value already ends with it. */
function targetText(symbol: string, value: string, unit: string): string {
  const comparator = isComparatorSymbol(symbol) ? symbol : '';
  const suffix = unit !== '' && !value.endsWith(unit) ? unit : '';
  return `${comparator}${value}${suffix}`;
}

function cellText(grid: Grid, row: number, header: Header, role: ColumnRole): string {
  const column = header.columns[role];
  return column === undefined ? '' : grid[row][column].cell.text;
}

function unitOfMeasure(table: RawTable): CurrencyUnit | null {
  return statedUnit(`（${table.unitOfMeasure ?? ''}）`);
}

/** A budget figure (`85.36`, `85.36万元`) in yuan, or null when it is not a plain amount or its unit is unknown. */
function amountOf(text: string, unit: CurrencyUnit | null): number | null {
  const match = /^(.*?)(亿元|万元|千元|元)?$/u.exec(foldWidth(text).replace(/\s+/gu, ''));
  const amount = match ? parseAmount(match[1]) : null;
  const stated = (match?.[2] as CurrencyUnit | undefined) ?? unit;
  return amount === null || !stated ? null : toYuan(amount, stated);
}

function numberIn(text: string): number | null {
  const match = /^\d+(?:\.\d+)?/u.exec(foldWidth(text).replace(/\s+/gu, ''));
  return match ? Number(match[0]) : null;
}
