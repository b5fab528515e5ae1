// The faithful table layer: every table of the document, cleaned, with its
// title, unit of measure and kind. Every record elsewhere points into it.
import { unitFromCaption } from '../money/amount.js';
import type { Block, TableBlock } from '../model/document.js';
import type { RawCell, RawTable, RawTableKind } from '../schema/canonical.js';
import { cleanText } from '../text/clean.js';

/** How far back from a table a title or caption paragraph may stand. */
const LOOKBACK = 3;

export function buildRawTables(blocks: readonly Block[]): RawTable[] {
  const tables: RawTable[] = [];
  blocks.forEach((block, at) => {
    if (block.type !== 'table') return;
    const rows = block.rows.map((row) => row.map(toRawCell));
    const captions = precedingTexts(blocks, at);
    const title = tableTitle(rows, captions);
    tables.push({
      index: tables.length,
      title,
      pages: block.pages && block.pages.length > 0 ? [...block.pages] : null,
      kind: tableKind(title, rows),
      unitOfMeasure: tableUnit(rows, captions),
      rows,
    });
  });
  return tables;
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

const captionLine = /^(?:编制(?:部门|单位)|单位名称|预算单位|部门名称)[:：]|(?:金额)?单位[:：]\s*(?:亿元|万元|千元|元)\s*$/u;
const titleLike = /表$|表[（(].*[)）]$|情况$|预算$|决算$|目标$|指标$|明细$|清单$|一览$/u;
/** A year line printed under a title (`（2026年度）`): the title stands above it. */
const yearLine = /^[（(]?\s*\d{4}\s*年度?\s*[)）]?$/u;

function tableTitle(rows: RawCell[][], captions: string[]): string | null {
  for (const text of captions) {
    if (text === '' || captionLine.test(text) || yearLine.test(text)) continue;
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

function tableKind(title: string | null, rows: RawCell[][]): RawTableKind {
  const header = rows
    .slice(0, 4)
    .flat()
    .map((cell) => cell.text)
    .join('|');
  const heading = title ?? '';
  const all = `${heading}|${header}`;
  if (/绩效/.test(all) || /一级指标|二级指标|三级指标/.test(header)) {
    // 整体 in a header label marks the unit-level table; in a long goal cell (…提升人才工作整体水平) it does not.
    const labels = rows.slice(0, 4).flat().filter((cell) => cell.text.length <= 20).map((cell) => cell.text).join('|');
    return /整体|部门绩效目标|单位绩效目标/.test(heading) || /整体/.test(labels) ? 'performance_overall' : 'performance_project';
  }
  if (/政府采购/.test(all) || /采购(?:品目|目录|物品|项目)/.test(header)) return 'procurement';
  if (/固定资产|资产总额|资产占用/.test(all)) return 'assets';
  if (/单位性质|经费保障形式|机构设置/.test(all)) return 'organization';
  if (/科目|功能分类|经济分类|收支|收入|支出|三公|拨款/.test(all)) return 'fiscal';
  return 'other';
}
