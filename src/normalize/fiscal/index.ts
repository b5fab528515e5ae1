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
    unit = table.unitOfMeasure as CurrencyUnit;
    tables.push(table);
  });
  return tables;
}

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
