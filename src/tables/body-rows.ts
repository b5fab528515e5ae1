// The body rows of a table: each with its label, role and level.
import { parseAmount } from '../money/amount.js';
import { isRowNumberColumn } from './column-words.js';
import { originTexts, type Grid } from './grid.js';
import type { TableHeader } from './header.js';
import { numberingStyle, uncodedLevels } from './line-level.js';
import { ordinalStyle } from './row-number.js';
import { rowRole } from './row-role.js';
import type { BodyRow } from './table.js';

/** Roles whose rows stand in a hierarchy of labels (a total sums it, a note or caption is outside it). */
const ranked = new Set<BodyRow['role']>(['data', 'group', 'subtotal']);

/** `title` is the table's printed title: a page the ingester joined on may print it again as a row of its own. */
export function readBody(grid: Grid, header: TableHeader, title: string | null = null): BodyRow[] {
  const rowNumbers = new Set(header.paths.flatMap((path, column) => (isRowNumberColumn(path) ? [column] : [])));
  const rows = grid.slice(header.bodyStart).map((_, at) => header.bodyStart + at);
  const figures = rows.some((row) => grid[row].some((slot) => slot.origin && slot.row === row && parseAmount(slot.cell.text) !== null));
  // A header row of two texts or more (one text alone may be a group label the body repeats).
  const headerRows = new Set(
    grid
      .slice(header.start, header.bodyStart)
      .map((_, at) => originTexts(grid, header.start + at))
      .filter((texts) => texts.length >= 2)
      .map((texts) => texts.join('|')),
  );
  if (title !== null) headerRows.add(title);
  const body: Omit<BodyRow, 'level'>[] = [];
  for (const row of rows) {
    const texts = grid[row].map((slot, column) => (slot.column === column ? slot.cell.text : ''));
    // A running number (1, 2, 3 …) in a 序号 column numbers the row; it is not its label.
    const labelColumn = texts.findIndex((text, column) => text !== '' && !(rowNumbers.has(column) && ordinalStyle(text) !== null));
    if (labelColumn === -1 && texts.every((text) => text === '')) continue;
    const at = labelColumn === -1 ? texts.findIndex((text) => text !== '') : labelColumn;
    body.push({ row, role: rowRole(grid, row, texts[at], figures, headerRows), label: texts[at], labelColumn: at, texts });
  }
  const hierarchy = body.filter((entry) => ranked.has(entry.role));
  const levels = uncodedLevels(
    hierarchy.map((entry) => ({ panel: 0, style: numberingStyle(entry.label), indent: grid[entry.row][entry.labelColumn].cell.indent ?? null })),
  );
  return body.map((entry) => ({ ...entry, level: levels[hierarchy.indexOf(entry)] ?? null }));
}
