// One RawTable → one FiscalTable: identity (kind, label, phase, unit), value
// columns as measures, body rows as lines and totals, and whether the document
// states the table empty.
import { Decimal } from 'decimal.js';
import { isCurrencyUnit, parseAmount, yuanFromText, type CurrencyUnit } from '../../money/amount.js';
import type { FiscalLine, FiscalTable, RawTable } from '../../schema/canonical.js';
import { toGrid, type Grid } from '../../tables/grid.js';
import { readHeader } from '../../tables/header.js';
import { stripEnumerator } from '../narrative/enumerators.js';
import { SplitCodeReader, codeFromCell, levelOf, schemeOf, splitCodedName } from './classification.js';
import { readColumns, type Panel, type Slot } from './columns.js';
import { emptyStatement } from './empty-statement.js';
import { foldTitle, kindFromTitle, labelFrom, phaseOf, titleWithoutLabel } from './table-identity.js';

/** The texts printed around a table: before it nearest first, after it in reading order. */
export interface TableSurroundings {
  before: readonly string[];
  after: readonly string[];
}

const totalName = /^(?:合计|总计|小计)$|(?:合计|总计)$/u;
const titleLike = /表$|表[（(].*[)）]$/u;

export function readFiscalTable(raw: RawTable, around: TableSurroundings, fallbackUnit: CurrencyUnit): FiscalTable {
  const printedTitle = raw.title ?? around.before.find((text) => titleLike.test(text)) ?? '';
  const label = labelFrom([printedTitle, ...around.before]);
  const title = titleWithoutLabel(printedTitle, label);
  const kind = kindFromTitle(title) ?? 'other';
  const grid = toGrid(raw.rows);
  const header = readHeader(grid);
  const phase = phaseOf(title, header.paths);
  const unit = raw.unitOfMeasure && isCurrencyUnit(raw.unitOfMeasure) ? raw.unitOfMeasure : fallbackUnit;
  const summary = kind === 'income_expenditure_summary' || kind === 'appropriation_summary';
  const panels = readColumns(header.paths, summary, phase);

  const readers = new Map<Slot, SplitCodeReader>();
  const totals: FiscalTable['totals'] = [];
  const lines: FiscalLine[] = [];
  const notes: string[] = [];
  for (let row = header.bodyStart; row < grid.length; row++) {
    const note = noteRow(grid, row);
    if (note !== null) {
      notes.push(note);
      continue;
    }
    if (isColumnNumberRow(grid, row)) continue;
    for (const panel of panels) {
      const values = readValues(grid, row, panel, unit);
      const labels = panel.slots.map((slot) => readSlot(grid, row, slot, readers));
      const primary = labels.find((entry) => entry.name !== '' || entry.code !== null) ?? null;
      const hasValue = Object.values(values).some((value) => value !== null);
      if (!primary && !hasValue) continue;
      const name = primary?.name ?? '';
      // A table with no label column (三公, Beijing's 收入总表) prints one row of figures: its total.
      if (panel.slots.length === 0 || (primary?.code == null && totalName.test(foldTitle(name)))) {
        totals.push({ side: panel.side, name: foldTitle(name), values });
        continue;
      }
      const unitLabel = labels.find((entry, at) => panel.slots[at].unit && entry.name !== '');
      lines.push({
        side: panel.side,
        code: primary?.code ?? null,
        scheme: primary?.scheme ?? null,
        level: primary?.code && !primary.unit ? levelOf(primary.code) : null,
        name,
        codes: labels
          .filter((entry) => entry !== primary && entry.code !== null && !entry.unit && entry.scheme !== null)
          .map((entry) => ({ scheme: entry.scheme!, code: entry.code!, name: entry.name })),
        unit: unitLabel?.name ?? null,
        values,
        source: { table: raw.index, row },
      });
    }
  }

  // A table whose every figure is blank or zero has no data, whatever its rows list.
  const empty = ![...lines, ...totals].some((entry) => Object.values(entry.values).some((value) => value !== null && value !== 0));
  const note = empty ? emptyStatement([...notes, ...around.after, ...around.before]) : null;
  return {
    kind,
    title,
    label,
    phase,
    unitOfMeasure: unit,
    measures: uniqueMeasures(panels),
    totals,
    lines,
    empty,
    note,
    source: { table: raw.index },
  };
}

interface SlotLabel {
  code: string | null;
  name: string;
  scheme: FiscalLine['scheme'];
  unit: boolean;
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
  if (code === null && !slot.unit) {
    const split = splitCodedName(name);
    if (split) ({ code, name } = split);
  }
  // A label printed across the code column (合 计 spanning 科目编码 and 科目名称), or a code column holding words.
  if (name === '') name = codeTexts.find((text) => text !== '' && codeFromCell(text) === null) ?? '';
  return {
    code,
    name: stripEnumerator(name).trim(),
    scheme: code === null || slot.unit ? null : schemeOf(code, slot.scheme),
    unit: slot.unit,
  };
}

function readValues(grid: Grid, row: number, panel: Panel, unit: CurrencyUnit): FiscalLine['values'] {
  const values: FiscalLine['values'] = {};
  for (const { column, key } of panel.values) {
    const slot = grid[row][column];
    // A figure belongs to the column where its cell starts, never to the columns its span covers.
    const text = slot.column === column ? slot.cell.text : '';
    values[key] = key.endsWith('changePct') ? percent(text) : yuanFromText(text, unit);
  }
  return values;
}

function percent(text: string): number | null {
  const amount = parseAmount(text.replace(/[%％]\s*$/u, ''));
  return amount === null ? null : new Decimal(amount).toNumber();
}

/** A row of column numbers under the header (`** | ** | 1 | 2 | 3`, 栏次). */
function isColumnNumberRow(grid: Grid, row: number): boolean {
  const texts = originTexts(grid, row);
  return texts.length >= 2 && texts.every((text) => /^(?:\*+|栏次|\d{1,2})$/u.test(text)) && texts.some((text) => /^\*+|栏次$/u.test(text) || text === '1');
}

/** A note printed as a row of its own inside the table (`注：…`, `（注：…）`), or null. */
function noteRow(grid: Grid, row: number): string | null {
  const texts = originTexts(grid, row);
  if (texts.length !== 1) return null;
  return /^[（(]?注[:：]/u.test(texts[0]) || emptyStatement(texts) !== null ? texts[0] : null;
}

function originTexts(grid: Grid, row: number): string[] {
  return grid[row].filter((slot) => slot.origin && slot.row === row && slot.cell.text !== '').map((slot) => slot.cell.text);
}

function uniqueMeasures(panels: readonly Panel[]): FiscalTable['measures'] {
  const measures: FiscalTable['measures'] = [];
  for (const { key, label } of panels.flatMap((panel) => panel.values)) {
    if (!measures.some((measure) => measure.key === key)) measures.push({ key, label });
  }
  return measures;
}
