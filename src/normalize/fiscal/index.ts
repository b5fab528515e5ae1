// The standard disclosure tables (收支总表 … 三公, with their classification
// codes): every RawTable of kind `fiscal` read into a FiscalTable.
import { unitFromCaption, type CurrencyUnit } from '../../money/amount.js';
import type { FiscalTable } from '../../schema/canonical.js';
import type { DocumentView, ViewItem } from '../document-view.js';
import { readFiscalTable, type TableSurroundings } from './read-table.js';

/** How many paragraphs on either side of a table may hold its label, caption or empty-table note. */
const REACH = 3;

export function readFiscalTables(view: DocumentView): FiscalTable[] {
  const tables: FiscalTable[] = [];
  // A table printing no unit caption of its own is in the unit of the table before it, else of the document's first caption.
  let unit: CurrencyUnit = view.paragraphs.map(unitFromCaption).find((found) => found !== null) ?? '元';
  view.items.forEach((item, at) => {
    if (item.type !== 'table' || item.table.kind !== 'fiscal') return;
    const table = readFiscalTable(item.table, surroundings(view.items, at), unit);
    if (!isFiscal(table)) return;
    unit = table.unitOfMeasure as CurrencyUnit;
    tables.push(table);
  });
  return tables;
}

/**
 * A table the catalogue does not name is kept when it has a title and a column
 * the measure data knows; a 绩效目标表 whose title only the paragraphs carry is not one.
 */
function isFiscal(table: FiscalTable): boolean {
  if (table.kind !== 'other') return true;
  // A list of the notice's tables saying which are empty (目录 | 是否空表 | 表格为空的理由, Xi'an 2022 决算) holds no figure.
  if (table.measures.some((measure) => LIST_OF_TABLES.test(measure.label))) return false;
  // An untitled table the catalogue cannot name is a list (Xi'an's 目录 of its tables), not a fiscal table.
  return table.title !== '' && !/绩效/u.test(table.title) && table.measures.some((measure) => !measure.key.includes('/'));
}

/** The header words of a list of tables. */
const LIST_OF_TABLES = /^是否空表|^表格为空的理由/u;

function surroundings(items: readonly ViewItem[], at: number): TableSurroundings {
  return { before: texts(items, at, -1), after: texts(items, at, 1) };
}

/** Paragraph texts stepping away from a table, up to REACH of them, stopping at the next table. */
function texts(items: readonly ViewItem[], at: number, step: 1 | -1): string[] {
  const found: string[] = [];
  for (let i = at + step; i >= 0 && i < items.length && found.length < REACH; i += step) {
    const item = items[i];
    if (item.type === 'table') break;
    found.push(item.text);
  }
  return found;
}
