// One Table of the table stage → one FiscalTable: identity (kind, phase, unit),
// value columns as measures, body rows as lines and totals, and whether the
// document states the table empty. Title, label, caption, header and row roles
// are the table stage's.
import { Decimal } from 'decimal.js';
import { parseAmount, yuanFromText, type CurrencyUnit } from '../../money/amount.js';
import type { FiscalLine, FiscalTable } from '../../schema/canonical.js';
import type { Grid } from '../../tables/grid.js';
import { isRowNumberColumn } from '../../tables/column-words.js';
import { marksLevels, ordinalStyle } from '../../tables/row-number.js';
import { stripEnumerator } from '../../text/enumerators.js';
import { SplitCodeReader, codeFromCell, levelOf, schemeOf, splitCodedName } from './classification.js';
import { readColumns, type Panel, type Slot } from './columns.js';
import { emptyStatement } from '../../tables/empty-statement.js';
import { isAside } from '../../tables/row-role.js';
import { sharedColumns } from '../../tables/shared-columns.js';
import type { BodyRow, Table } from '../../tables/table.js';
import { closesWithTotalWord } from '../../tables/total-words.js';
import { numberingStyle, uncodedLevels, type UncodedLine } from '../../tables/line-level.js';
import { foldTitle } from '../../tables/table-label.js';
import { kindFromTitle, phaseOf } from './table-identity.js';
import { nestUnderUnits, unitRowTotal } from './unit-groups.js';
import { pivotYearRows } from './year-rows.js';

/**
 * `parts` are the later parts of the run `table` opens (tables/continuation.ts
 * `continuesTable`: a table printed over pages whose column edges moved). Each part
 * is read with its own header; the run gives one FiscalTable.
 */
export function readFiscalTable(table: Table, fallbackUnit: CurrencyUnit, parts: readonly Table[] = []): FiscalTable {
  const title = table.title.name ?? '';
  const kind = kindFromTitle(title) ?? 'other';
  const phase = phaseOf(title, table.header.paths);
  const unit = table.caption.unit ?? fallbackUnit;
  const summary = kind === 'income_expenditure_summary' || kind === 'appropriation_summary';

  const totals: FiscalTable['totals'] = [];
  const lines: FiscalLine[] = [];
  const uncoded: (UncodedLine & { at: number })[] = [];
  const allPanels: Panel[] = [];
  // The sub-unit each panel's rows belong to: a row naming a unit applies to the coded lines beneath it, over page breaks too.
  const openUnit = new Map<number, string>();
  // Panels whose label column lists units, each above its items: their lines, in order.
  const grouped = new Map<number, FiscalLine[]>();
  // Panels naming each row's year (年度): their lines, in order.
  const byYear = new Map<number, FiscalLine[]>();
  for (const part of [table, ...parts]) {
    const { grid, header } = part;
    // Notes, captions and column-number rows print none of the table's content.
    const rows = part.body.filter((entry) => !isAside(entry.role));
    const panels = readColumns(header.paths, summary, phase, textColumns(rows), sharedColumns(header.paths, rows.map((entry) => entry.texts)));
    allPanels.push(...panels);
    const ordinals = levelColumn(rows, header.paths);
    const readers = new Map<Slot, SplitCodeReader>();
    for (const { row, texts } of rows) {
      panels.forEach((panel, at) => {
        const values = readValues(texts, panel, unit);
        const columns = Object.fromEntries(panel.values.map(({ columns, key }) => [key, printedColumn(texts, columns)]));
        const labels = panel.slots.map((slot) => readSlot(grid, row, slot, readers));
        const primary = primaryLabel(labels);
        const hasValue = Object.values(values).some((value) => value !== null);
        if (!primary && !hasValue) return;
        const name = primary?.name ?? '';
        const source = { table: part.index, row };
        // A table with no label column (三公, Beijing's 收入总表) prints one row of figures: its total.
        // Totals are told per panel, not by the row's role: a 收支总表 prints 本年收入合计 beside an expenditure line.
        if (panel.slots.length === 0 || (primary?.code == null && closesWithTotalWord(foldTitle(name)))) {
          totals.push({ side: panel.side, panel: at, name: totalLabel(labels, primary), values, columns, source });
          return;
        }
        if (primary?.unit && primary.name !== '') openUnit.set(at, primary.name);
        if (!primary?.code) {
          const style = primary?.style ?? (ordinals === null ? null : ordinalStyle(texts[ordinals]));
          uncoded.push({ at: lines.length, panel: at, style, indent: primary?.indent ?? null });
        }
        const line: FiscalLine = {
          side: panel.side,
          panel: at,
          code: primary?.code ?? null,
          scheme: primary?.scheme ?? null,
          level: primary?.code && !primary.unit ? levelOf(primary.code) : null,
          name,
          codes: labels
            .filter((entry) => entry !== primary && entry.code !== null && !entry.unit && entry.scheme !== null)
            .map((entry) => ({ scheme: entry.scheme!, code: entry.code!, name: entry.name })),
          unit: labels.find((entry) => entry.unit && entry.name !== '')?.name ?? (primary?.code ? (openUnit.get(at) ?? null) : null),
          values,
          columns,
          source,
        };
        lines.push(line);
        if (panel.slots.some((slot) => slot.unitGroups)) grouped.set(at, [...(grouped.get(at) ?? []), line]);
        if (panel.slots.some((slot) => slot.yearRows)) byYear.set(at, [...(byYear.get(at) ?? []), line]);
      });
    }
  }

  uncodedLevels(uncoded).forEach((level, i) => {
    lines[uncoded[i].at].level = level;
  });
  for (const [panel, panelLines] of grouped) {
    const head = nestUnderUnits(panelLines, unit, totals.some((total) => total.panel === panel));
    if (!head) continue;
    lines.splice(lines.indexOf(head), 1);
    const { side, name, values, columns, source } = head;
    totals.push({ side, panel, name, unit: name, values, columns, source });
  }

  let measures = uniqueMeasures(allPanels);
  for (const panelLines of byYear.values()) {
    const pivoted = pivotYearRows(panelLines, measures);
    if (!pivoted) continue;
    lines.splice(lines.indexOf(panelLines[0]), panelLines.length, ...pivoted.lines);
    measures = pivoted.measures;
  }

  // A table listing one budget unit and no 合计 row (Shenzhen's 支出总表, 预算单位 | 科目编码 | …): the unit's own row is its total;
  // listing a department and its units, the department's row, the sum of theirs.
  const unitTotal = totals.length === 0 ? unitRowTotal(lines, unit) : null;
  if (unitTotal) {
    lines.splice(lines.indexOf(unitTotal), 1);
    // Nested under that row by their sums (Shenzhen's 项目支出总表), its items are now the table's top-level lines.
    for (const line of lines) if (unitTotal.level === 1 && line.level === 2) line.level = 1;
    const { side, panel, name, values, columns, source } = unitTotal;
    totals.push({ side, panel, name, unit: name, values, columns, source });
  }

  // A table whose every figure is blank or zero has no data, whatever its rows list.
  const empty = ![...lines, ...totals].some((entry) => Object.values(entry.values).some((value) => value !== null && value !== 0));
  const notes = [table, ...parts].flatMap((part) => part.body.flatMap((entry) => (entry.role === 'note' ? [entry.label] : [])));
  const note = empty ? emptyStatement([...notes, ...(parts.at(-1) ?? table).after, ...table.before]) : null;
  return {
    kind,
    title,
    label: table.title.label,
    phase,
    unitOfMeasure: unit,
    measures,
    totals,
    lines,
    empty,
    note,
    source: { table: table.index },
  };
}

interface SlotLabel {
  code: string | null;
  name: string;
  scheme: FiscalLine['scheme'];
  /** The label names a sub-unit (a 单位编码 row), not a classification. */
  unit: boolean;
  /** The name cell starts in this row (not a group cell spanning down from above). */
  own: boolean;
  /** The name cell's indentation, where the source states it. */
  indent: number | null;
  /** The numbering style the printed name starts with (`一、`, `(1)`), before it is stripped. */
  style: string | null;
}

/**
 * The label a row is about: its first classification code; without codes, the
 * rightmost name of its own (a group cell spanning down from the left, Jiangsu's
 * 一般公共预算资金 over 小计 | 公共财政拨款(补助)资金, is the group, not the line).
 */
function primaryLabel(labels: readonly SlotLabel[]): SlotLabel | null {
  return (
    labels.find((entry) => entry.code !== null) ??
    labels.findLast((entry) => entry.own && entry.name !== '') ??
    labels.find((entry) => entry.name !== '') ??
    null
  );
}

/** A 小计 under a group label names its group (`一般公共预算资金小计`), so the table's subtotals stay apart. */
function totalLabel(labels: readonly SlotLabel[], primary: SlotLabel | null): string {
  const name = foldTitle(primary?.name ?? '');
  if (name !== '小计') return name;
  const group = labels.slice(0, primary ? labels.indexOf(primary) : 0).findLast((entry) => entry.name !== '' && entry.code === null);
  return group ? `${foldTitle(group.name)}${name}` : name;
}

function readSlot(grid: Grid, row: number, slot: Slot, readers: Map<Slot, SplitCodeReader>): SlotLabel {
  const codeTexts = slot.codeColumns.map((column) => grid[row][column].cell.text);
  let name = slot.nameColumn === null ? '' : grid[row][slot.nameColumn].cell.text;
  let code: string | null = null;
  if (codeTexts.length > 1) {
    if (!readers.has(slot)) readers.set(slot, new SplitCodeReader());
    code = readers.get(slot)!.read(codeTexts);
  } else if (codeTexts.length === 1) {
    code = codeFromCell(codeTexts[0]);
  }
  // Units and their items carry no classification code: 12320卫生热线服务项目 is named after a phone number.
  if (code === null && !slot.unit && !slot.unitGroups) {
    const split = splitCodedName(name);
    if (split) ({ code, name } = split);
  }
  // A label printed across the code column (合 计 spanning 科目编码 and 科目名称), or a code column holding words.
  if (name === '') name = codeTexts.find((text) => text !== '' && codeFromCell(text) === null) ?? '';
  const nameSlot = slot.nameColumn === null ? null : grid[row][slot.nameColumn];
  return {
    code,
    name: stripEnumerator(name).trim(),
    scheme: code === null || slot.unit ? null : schemeOf(code, slot.scheme),
    // A row of a unit slot without a unit code is not a unit (Xi'an's projects under 单位（项目）名称).
    unit: slot.unit && (code !== null || slot.codeColumns.length === 0),
    own: nameSlot === null || (nameSlot.row === row && nameSlot.column === slot.nameColumn),
    indent: nameSlot?.cell.indent ?? null,
    style: numberingStyle(name),
  };
}

/** The row's figures: a body row's texts hold a spanning cell at its first column only, never in the columns its span covers. */
function readValues(texts: readonly string[], panel: Panel, unit: CurrencyUnit): FiscalLine['values'] {
  const values: FiscalLine['values'] = {};
  for (const { columns, key } of panel.values) {
    const text = texts[printedColumn(texts, columns)];
    values[key] = key.endsWith('changePct') ? percent(text) : yuanFromText(text, unit);
  }
  return values;
}

/** Of a measure's grid columns, the one the row prints its figure in (else the first printing anything, else the first). */
function printedColumn(texts: readonly string[], columns: readonly number[]): number {
  if (columns.length === 1) return columns[0];
  return columns.find((column) => parseAmount(texts[column]) !== null) ?? columns.find((column) => texts[column] !== '') ?? columns[0];
}

function percent(text: string): number | null {
  const amount = parseAmount(text.replace(/[%％]\s*$/u, ''));
  return amount === null ? null : new Decimal(amount).toNumber();
}

/** The row-number column (序号) when it prints the table's levels (一 over 1), else null. */
function levelColumn(rows: readonly BodyRow[], paths: readonly string[]): number | null {
  const column = paths.findIndex(isRowNumberColumn);
  if (column < 0) return null;
  return marksLevels(rows.map((entry) => entry.texts[column])) ? column : null;
}

/** Columns whose body cells hold words rather than figures. */
function textColumns(rows: readonly BodyRow[]): Set<number> {
  const columns = new Set<number>();
  for (const { texts } of rows) {
    texts.forEach((text, column) => {
      if (text !== '' && parseAmount(text) === null) columns.add(column);
    });
  }
  return columns;
}

function uniqueMeasures(panels: readonly Panel[]): FiscalTable['measures'] {
  const measures: FiscalTable['measures'] = [];
  for (const { key, label } of panels.flatMap((panel) => panel.values)) {
    if (!measures.some((measure) => measure.key === key)) measures.push({ key, label });
  }
  return measures;
}
