// The faithful table layer: every table of the document, cleaned, with its
// title, unit of measure and kind. Every record elsewhere points into it.
import { unitFromCaption } from '../money/amount.js';
import type { Block, TableBlock } from '../model/document.js';
import type { RawCell, RawTable } from '../schema/canonical.js';
import { captionLine } from '../tables/caption-words.js';
import { joinContinuedTables, type TablePart } from '../tables/continuation.js';
import { isLabelOnly } from '../tables/table-label.js';
import { tableKind } from '../tables/table-kind.js';
import { cleanText } from '../text/clean.js';

/** How many of a table's first rows are read as its header when telling its kind. */
const HEADER_ROWS = 4;

/** How far back from a table a title or caption paragraph may stand. */
const LOOKBACK = 3;

export interface RawTables {
  tables: RawTable[];
  /** For each table block of the document, in order, the index of the RawTable it is part of. */
  owners: number[];
}

export function buildRawTables(blocks: readonly Block[]): RawTables {
  const parts: (TablePart & { captions: string[] })[] = [];
  let between: string[] = [];
  blocks.forEach((block, at) => {
    if (block.type !== 'table') {
      const text = cleanText(block.text);
      if (text) between.push(text);
      return;
    }
    const rows = block.rows.map((row) => row.map(toRawCell));
    const captions = precedingTexts(blocks, at);
    parts.push({ rows, title: tableTitle(rows, captions), pages: block.pages && block.pages.length > 0 ? [...block.pages] : null, between, captions });
    between = [];
  });
  const joined = joinContinuedTables(parts);
  const tables = joined.tables.map(({ rows, title, pages, captions }, index) => ({
    index,
    title,
    pages,
    kind: tableKind(title, rows.slice(0, HEADER_ROWS).flat().map((cell) => cell.text)),
    unitOfMeasure: tableUnit(rows, captions),
    rows,
  }));
  return { tables, owners: joined.owners };
}

function toRawCell(cell: TableBlock['rows'][number][number]): RawCell {
  const raw: RawCell = { text: cleanText(cell.text), rowSpan: cell.rowSpan, colSpan: cell.colSpan };
  if (cell.page !== undefined) raw.page = cell.page;
  if (cell.bbox) raw.bbox = cell.bbox;
  // cleanText drops leading spaces, so a hierarchy shown by indentation only survives here.
  if (cell.indent !== undefined && cell.indent > 0) raw.indent = cell.indent;
  return raw;
}

/** The cleaned texts of the paragraphs just before a table, nearest first, up to the previous table. */
function precedingTexts(blocks: readonly Block[], at: number): string[] {
  const texts: string[] = [];
  for (let i = at - 1; i >= 0 && texts.length < LOOKBACK; i--) {
    const block = blocks[i];
    if (block.type === 'table') break;
    texts.push(cleanText(block.text));
  }
  return texts;
}

const titleLike = /表$|表[（(].*[)）]$|情况$|预算$|决算$|目标$|指标$|明细$|清单$|一览$/u;
/** A year line printed under a title (`（2026年度）`): the title stands above it. */
const yearLine = /^[（(]?\s*\d{4}\s*年度?\s*[)）]?$/u;

function tableTitle(rows: RawCell[][], captions: string[]): string | null {
  for (const text of captions) {
    // A number label alone on its line (`公开01表`) is no name: the name stands above it.
    if (text === '' || captionLine.test(text) || yearLine.test(text) || isLabelOnly(text)) continue;
    if (text.length <= 60 && titleLike.test(text)) return text;
    break;
  }
  // A title printed as the table's own first row: one cell spanning the whole width.
  const first = rows[0];
  if (first && first.length === 1 && rows.length > 1 && first[0].colSpan > 1 && first[0].text.length <= 60) {
    return first[0].text || null;
  }
  return null;
}

function tableUnit(rows: RawCell[][], captions: string[]): string | null {
  for (const text of captions) {
    const unit = unitFromCaption(text);
    if (unit) return unit;
  }
  for (const row of rows.slice(0, 4)) {
    for (const cell of row) {
      const unit = unitFromCaption(cell.text);
      if (unit) return unit;
    }
  }
  return null;
}
