// One 绩效目标表 → the targets it holds. The table is read row by row, so the
// same reader serves every layout the genre prints: a titled table with a
// 绩效目标 row over an indicator grid, a key/value form (项目名称 | … |
// 项目总额 | …) over its grid, several such forms stacked in one table, and a
// grid whose 项目名称 column spans each project's rows. A table the table stage
// keeps in several parts over pages (a run, see tables/continuation.ts
// `continuesTable`) is read as one: the reader carries its header, unit and open
// project from one part to the next.
import { type CurrencyUnit, parseAmount, toYuan } from '../../money/amount.js';
import type { Indicator, PerformanceTarget, RawCell, SelfEvaluation, Target } from '../../schema/canonical.js';
import type { Grid, GridSlot } from '../../tables/grid.js';
import { joinPrintings, onLaterPage } from '../../tables/page-break.js';
import type { Table } from '../../tables/table.js';
import { totalRole } from '../../tables/total-words.js';
import { foldWidth } from '../../text/clean.js';
import { type ColumnRole, type Header, isHeaderWord, readHeader, statedUnit } from './columns.js';
import { splitGoals } from './goals.js';
import { splitProjectCode } from './project-name.js';
import { isPointsLine, printedNumber, readFundsHeader, readFundsTotal } from './self-evaluation.js';
import { parseSerializedIndicators, type SerializedIndicator } from './serialized.js';
import { isComparatorSymbol, parseTarget, readSymbolCell, unitInName } from '../../text/target.js';

/** `other` labels a value that is none of the target's own (中长期目标, 实施期总目标, 项目总目标 — goals are the year's): recognised so it is never taken for a value. */
type Label = 'name' | 'code' | 'budget' | 'goals' | 'other';

/** Row labels of a project's key/value lines, matched on the label without its colon or bracketed unit. */
const labelWords: [Label, RegExp][] = [
  ['name', /^项目名称$/u],
  ['code', /^项目(?:代码|编码|编号)$/u],
  ['budget', /^(?:(?:项目|年度|本年|实施期)?(?:资金|预算|预算支出)?(?:总额|总金额)|年度资金|项目资金|预算金额|预算资金|资金金额|项目预算|(?:当年|本年|年度)预算(?:数)?)$/u],
  ['other', /^(?:中长期|长期|实施期|项目)(?:绩效)?总目标$/u],
  ['goals', /^(?:项目|部门|单位)?(?:整体支出)?(?:当年|本年|年度)?(?:整体|总体)?(?:年度)?(?:绩效)?总?目标$/u],
];

interface Draft {
  name: string | null;
  code: string | null;
  /** The unit spending the project's funds, as the table states it (PerformanceTarget.unit). */
  body: string | null;
  /** Goal texts as printed; split into items when the target is done. */
  goalTexts: string[];
  budget: number | null;
  indicators: Indicator[];
  /** Whether `name` was read from a 项目名称 label or column (not the table's title). */
  namedInTable: boolean;
  /** The table the target starts in. */
  table: number;
  /** The 项目名称 cell of a grid that lists several projects, and its text (code and name as printed). */
  projectCell: RawCell | null;
  projectText: string;
  /** Set once the table shows itself a self-evaluation (a funds block, a 实际完成值 column or a 总分 line). */
  selfEvaluation: SelfEvaluation | null;
}

/** The targets a performance table holds; `defaultName` names the one the table itself does not name. */
export function readTargetTable(table: Table, defaultName: string | null): PerformanceTarget[] {
  return readTargetRun([table], defaultName, table.caption.unit);
}

/**
 * The targets a run of tables holds: the first table and the parts that
 * continue it. `defaultName` names the target the tables themselves do not name;
 * `unit` is the currency unit of the run's amounts where no header states one.
 */
export function readTargetRun(run: readonly Table[], defaultName: string | null, unit: CurrencyUnit | null): PerformanceTarget[] {
  const first = run[0];
  const drafts: Draft[] = [];
  let draft = emptyDraft(defaultName, first.index);
  let header: Header | null = null;
  let levels: { level1: string | null; level2: string | null } = { level1: null, level2: null };
  /** The unit whose own line in a 项目名称（资金使用单位） column heads the projects below it. */
  let listedBody: string | null = null;
  const startProject = (next: Draft): void => {
    if (hasContent(draft)) drafts.push(draft);
    draft = next;
    levels = { level1: null, level2: null };
  };

  for (const table of run) {
    const grid = table.grid;
    const captions = new Set(table.body.filter((line) => line.role === 'caption').map((line) => line.row));
    for (let row = 0; row < grid.length; row++) {
      const nextHeader = readHeader(grid, row);
      if (nextHeader) {
        header = header && table !== first ? continuedHeader(nextHeader, header, grid) : nextHeader;
        levels = { level1: null, level2: null };
        row = nextHeader.lastRow;
        continue;
      }
      if (captions.has(row)) continue;
      const funds = readFundsHeader(grid, row);
      if (funds) {
        evaluationOf(draft).funds ??= readFundsTotal(grid, funds, unit, table.index);
        row = funds.lastRow;
        continue;
      }
      if (header && isPointsLine(grid, row)) {
        Object.assign(evaluationOf(draft), { totalWeight: numberAt(grid, row, header, 'weight'), totalScore: numberAt(grid, row, header, 'score') });
        continue;
      }
      const inline = readLabels(grid, row, header?.columns.goals);
      // A key/value row (项目名称 | … , 项目资金总额 | …) of the next project's form is no indicator, whatever columns it fills.
      const dataRow = header !== null && inline.length === 0 && isIndicatorRow(grid, row, header);
      const labelsBelow = dataRow || inline.length > 0 ? [] : labelsOverValues(grid, row);
      const labels = dataRow ? [] : labelsBelow.length > 0 ? labelsBelow : inline;
      if (labelsBelow.length > 0) row++;
      if (labels.length > 0) {
        for (const { label, value, unit: labelUnit } of labels) {
          if (label === 'name') {
            if (draft.namedInTable || draft.indicators.length > 0) startProject(emptyDraft(null, table.index));
            // A new project form prints its own indicator header below.
            header = null;
            Object.assign(draft, splitProjectCode(value), { namedInTable: true, projectText: value });
          } else if (label === 'code') draft.code = value;
          else if (label === 'goals') draft.goalTexts.push(value);
          else if (label === 'budget') draft.budget ??= amountOf(value, labelUnit ?? unit);
        }
        continue;
      }
      if (!header) continue;
      const project = header.columns.project === undefined ? null : grid[row][header.columns.project].cell;
      const namesProject = project !== null && project.text !== '' && project !== draft.projectCell && totalRole(project.text.replace(/[:：]$/u, '')) === null;
      // A unit's own line (name and funds, no goals or indicators) heads the projects listed below it.
      if (namesProject && !dataRow && header.projectListsBodies) listedBody = project.text;
      if (!dataRow) continue;
      if (project && namesProject) {
        const opened = projectFromColumns(grid, row, header, project, header.budgetUnit ?? unit, table.index);
        if (header.projectListsBodies) opened.body ??= listedBody;
        const budgetRunsOn = header.columns.budget !== undefined && !grid[row][header.columns.budget].origin;
        if (continuesProject(draft, opened, budgetRunsOn)) mergeInto(draft, opened);
        else startProject(opened);
      }
      else if (!project) takeRowFields(draft, grid, row, header, unit);
      const serialized = header.columns.value === undefined ? parseSerializedIndicators(cellText(grid, row, header, 'name')) : null;
      if (serialized) draft.indicators.push(...serialized.map((item) => serializedIndicator(item, row, table.index)));
      const indicator = serialized ? null : readIndicator(grid, row, header, levels, table.index);
      if (indicator) {
        levels = { level1: indicator.level1, level2: indicator.level2 };
        draft.indicators.push(indicator);
        if (indicator.actual) evaluationOf(draft);
      }
    }
  }
  startProject(emptyDraft(null, first.index));
  return drafts.map((done) => ({
    name: done.name ?? first.title.printed ?? '',
    code: done.code,
    unit: done.body,
    goals: done.goalTexts.flatMap(splitGoals),
    budget: done.budget,
    indicators: done.indicators,
    ...(done.selfEvaluation ? { selfEvaluation: done.selfEvaluation } : {}),
    source: { table: done.table },
  }));
}

/** The draft's self-evaluation, opened on first use. */
function evaluationOf(draft: Draft): SelfEvaluation {
  draft.selfEvaluation ??= { funds: null, totalWeight: null, totalScore: null };
  return draft.selfEvaluation;
}

/**
 * A header repeated in a later part of a run read as the run's header when the
 * part's grid has the same width: the part's own spans may place a column's
 * name a column off from where the first part prints it. Kept here, not
 * in the table stage, because the stage keeps each part's header as printed
 * (the parts are not joined, see tables/continuation.ts `continuesTable`).
 */
function continuedHeader(header: Header, before: Header, grid: Grid): Header {
  const columns = grid[0].length === before.width ? { ...header.columns, ...before.columns } : header.columns;
  return { ...header, columns, budgetUnit: header.budgetUnit ?? before.budgetUnit };
}

/** Goal and budget columns of a table without a project column (a unit-level grid) belong to the current target. */
function takeRowFields(draft: Draft, grid: Grid, row: number, header: Header, unit: CurrencyUnit | null): void {
  const goals = cellText(grid, row, header, 'goals');
  if (goals !== '' && !draft.goalTexts.some((text) => text.includes(goals))) draft.goalTexts.push(goals);
  draft.budget ??= amountOf(cellText(grid, row, header, 'budget'), header.budgetUnit ?? unit);
}

/**
 * A project cell continuing the open project over a page break. The break cuts
 * the project's merged cells: each page prints its part (`11000022T000000459099-重点调查`
 * | `研究专项工作经费`, or a bare code fragment `11000022T000000` | `456102-成本监审工作经费`),
 * or some producers the whole text again. A page's own project cells always
 * start a project of their own, and a project starts its budget cell with it:
 * a budget cell running on into this row, or a part without the code the open
 * project prints, is the same project — unless both print a code and the codes differ.
 *
 * Kept in the reader, not the table stage: whether two cells are one project
 * turns on the project code they print, and joining them in the stage would
 * change the cells the canonical JSON's tables carry. The page test and the
 * joining of the two printings are the stage's (tables/page-break.ts).
 */
function continuesProject(draft: Draft, opened: Draft, budgetRunsOn: boolean): boolean {
  const before = draft.projectText;
  if (before === '' || draft.projectCell === null || !acrossPageBreak(draft, opened)) return false;
  // Two project codes printed in full name two projects, whatever the cells around them do.
  if (draft.code !== null && opened.code !== null && draft.code !== opened.code) return false;
  if (budgetRunsOn || opened.projectText.startsWith(before) || before.includes(opened.projectText)) return true;
  return /^[0-9A-Za-z]+$/u.test(before) || (draft.code !== null && opened.code === null);
}

/** Whether the opened project cell is on a later page than the open project's (or, without page numbers, in a later table of the run). */
function acrossPageBreak(draft: Draft, opened: Draft): boolean {
  const later = draft.projectCell && opened.projectCell ? onLaterPage(draft.projectCell, opened.projectCell) : null;
  return later ?? opened.table !== draft.table;
}

function mergeInto(draft: Draft, opened: Draft): void {
  const projectText = joinPrintings(draft.projectText, opened.projectText);
  const goals = joinPrintings(draft.goalTexts.join(''), opened.goalTexts.join(''));
  const named = splitProjectCode(projectText);
  Object.assign(draft, named, {
    code: named.code ?? draft.code,
    projectText,
    projectCell: opened.projectCell,
    goalTexts: goals === '' ? [] : [goals],
    budget: draft.budget ?? opened.budget,
  });
}

function emptyDraft(name: string | null, table: number): Draft {
  return { name, code: null, body: null, goalTexts: [], budget: null, indicators: [], namedInTable: false, projectCell: null, projectText: '', table, selfEvaluation: null };
}

/** A target states goals or indicators; a row that only names a body and its funds (a unit's own line) is none. */
function hasContent(draft: Draft): boolean {
  return draft.indicators.length > 0 || draft.goalTexts.some((text) => splitGoals(text).length > 0);
}

/** A project opened by its 项目名称 cell in a grid listing several projects; its code, budget and goals sit in the same row. */
function projectFromColumns(grid: Grid, row: number, header: Header, project: RawCell, unit: CurrencyUnit | null, table: number): Draft {
  const text = (role: ColumnRole): string => cellText(grid, row, header, role);
  const code = text('code');
  const named = splitProjectCode(project.text);
  const goals = text('goals');
  return {
    ...named,
    code: code || named.code,
    body: text('body') || null,
    goalTexts: goals === '' ? [] : [goals],
    budget: amountOf(text('budget'), unit),
    indicators: [],
    namedInTable: true,
    projectCell: project,
    projectText: project.text,
    table,
    selfEvaluation: null,
  };
}

interface LabelledValue {
  label: Label;
  value: string;
  /** A unit the label states (`项目总额（万元）`). */
  unit: CurrencyUnit | null;
}

/**
 * The label/value pairs of a key/value row (`项目名称 | 机关工作经费 | 项目总额 | 50`, or `绩效目标：…` in one cell).
 * A cell of the grid's goals column (`goalsColumn`) is a goal text, whatever label it opens with (`年度目标：本项目拟…`).
 */
function readLabels(grid: Grid, row: number, goalsColumn?: number): LabelledValue[] {
  const cells = grid[row].filter((slot) => slot.origin && slot.column !== goalsColumn);
  const pairs: LabelledValue[] = [];
  cells.forEach((slot, at) => {
    const inline = /^([^:：]{2,12})[:：](.+)$/u.exec(slot.cell.text);
    const labelText = inline ? inline[1] : slot.cell.text;
    const label = labelOf(labelText);
    if (!label) return;
    const right = inline ? inline[2].trim() : (cells.slice(at + 1).find((next) => next.cell.text !== '')?.cell.text ?? '');
    const value = label === 'budget' && !inline ? budgetValue(grid, slot, right) : right;
    if (value !== '' && !labelOf(value) && !isHeaderWord(value)) pairs.push({ label, value, unit: statedUnit(labelText) ?? unitToTheLeft(grid, row, slot.column) });
  });
  return pairs;
}

/**
 * A budget label's figure: to its right, or — in a funds sub-grid whose
 * labels head columns (`预算支出总额 | 财政拨款 | 其他资金` over the figures) —
 * in the cell just below the label.
 */
function budgetValue(grid: Grid, label: GridSlot, right: string): string {
  if (amountOf(right, '元') !== null) return right;
  const below = grid[label.row + label.cell.rowSpan]?.[label.column];
  return below && amountOf(below.cell.text, '元') !== null ? below.cell.text : right;
}

/** A unit stated by a group label left of a label (`专项资金情况（万元）` spanning 资金总额 | 财政拨款 | 其他资金). */
function unitToTheLeft(grid: Grid, row: number, column: number): CurrencyUnit | null {
  for (const slot of grid[row].slice(0, column).reverse()) {
    const unit = statedUnit(slot.cell.text);
    if (unit) return unit;
  }
  return null;
}

/**
 * Labels on their own row with their values on the next, each under its
 * label (`当年整体绩效目标` over the goal text; `项目总目标 | 年度总体目标` over
 * the two goal texts). A side label spanning both rows is not one of them.
 */
function labelsOverValues(grid: Grid, row: number): LabelledValue[] {
  if (row + 1 >= grid.length) return [];
  const cells = grid[row].filter((slot) => slot.origin && slot.cell.text !== '' && slot.cell.rowSpan === 1);
  const labels = cells.map((slot) => labelOf(slot.cell.text));
  if (cells.length === 0 || labels.some((label) => label === null)) return [];
  return cells.flatMap((slot, at) => {
    const below = grid[row + 1][slot.column];
    const value = below.origin ? below.cell.text : '';
    return value === '' || labelOf(value) || isHeaderWord(value) ? [] : [{ label: labels[at]!, value, unit: statedUnit(slot.cell.text) }];
  });
}

/**
 * After a header, a row is an indicator when its name and its value are separate cells (a cell
 * spanning both is a label's value). In a grid of projects and their goals only (no indicator
 * columns) a row stating goals is a project's line; a body's own line states none.
 */
function isIndicatorRow(grid: Grid, row: number, header: Header): boolean {
  if (header.columns.name === undefined && header.columns.value === undefined) return cellText(grid, row, header, 'goals') !== '';
  const name = header.columns.name === undefined ? undefined : grid[row][header.columns.name];
  const value = header.columns.value === undefined ? undefined : grid[row][header.columns.value];
  if (name && value && name.cell === value.cell) return false;
  return (name?.cell.text ?? '') !== '' || (value?.cell.text ?? '') !== '';
}

function labelOf(text: string): Label | null {
  const bare = text.replace(/\s+/gu, '').replace(/[:：]$/u, '').replace(/[（(][^）)]*[)）]$/u, '');
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
  if (totalRole(name || text('level1')) !== null) return null;
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
    weight: printedNumber(text('weight')),
    ...(header.columns.actual === undefined ? {} : achieved(text, levels.name)),
    source: { table: tableIndex, row },
  };
}

/** A self-evaluation's columns beside the target: the value achieved, parsed as the target is, its score and the deviation note. */
function achieved(text: (role: ColumnRole) => string, name: string): Pick<Indicator, 'actual' | 'score' | 'deviation'> {
  return { actual: withUnitFromName(parseTarget(text('actual')), name), score: printedNumber(text('score')), deviation: text('deviation') || null };
}

function numberAt(grid: Grid, row: number, header: Header, role: ColumnRole): number | null {
  return printedNumber(cellText(grid, row, header, role));
}

function serializedIndicator(item: SerializedIndicator, row: number, tableIndex: number): Indicator {
  return {
    level1: item.level1,
    level2: item.level2,
    name: item.name,
    description: null,
    scoringRule: null,
    target: withUnitFromName(parseTarget(item.annualTarget), item.name),
    basis: null,
    weight: null,
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
/** A 度量单位 cell naming no measure: Beijing prints `其他` there for its 定性 targets (`优`) and for counts of no unit. */
const noMeasure = /^其他$/u;

function targetText(symbol: string, value: string, unit: string): string {
  const comparator = isComparatorSymbol(symbol) ? symbol : '';
  const suffix = unit !== '' && !noMeasure.test(unit) && !value.endsWith(unit) ? unit : '';
  return `${comparator}${value}${suffix}`;
}

function cellText(grid: Grid, row: number, header: Header, role: ColumnRole): string {
  const column = header.columns[role];
  return column === undefined ? '' : grid[row][column].cell.text;
}

/** A budget figure (`85.36`, `85.36万元`) in yuan, or null when it is not a plain amount or its unit is unknown. */
function amountOf(text: string, unit: CurrencyUnit | null): number | null {
  const match = /^(.*?)(亿元|万元|千元|元)?$/u.exec(foldWidth(text).replace(/\s+/gu, ''));
  const amount = match ? parseAmount(match[1]) : null;
  const stated = (match?.[2] as CurrencyUnit | undefined) ?? unit;
  return amount === null || !stated ? null : toYuan(amount, stated);
}

