// The standard disclosure tables (收支总表 … 三公, with their classification
// codes): every Table of kind `fiscal` read into a FiscalTable.
import { unitFromCaption, type CurrencyUnit } from '../../money/amount.js';
import type { FiscalTable } from '../../schema/canonical.js';
import { continuesTable } from '../../tables/continuation.js';
import type { Table } from '../../tables/table.js';
import type { DocumentView } from '../document-view.js';
import { readFiscalTable } from './read-table.js';

export function readFiscalTables(view: DocumentView): FiscalTable[] {
  const tables: FiscalTable[] = [];
  // A table printing no unit caption of its own is in the unit of the table before it, else of the document's first caption.
  // Kept here, not in the table stage: a Table's caption (and the RawTable's unitOfMeasure) is what the table prints.
  let unit: CurrencyUnit = view.paragraphs.map(unitFromCaption).find((found) => found !== null) ?? '元';
  const read = new Set<Table>();
  for (const printed of view.tables) {
    if (printed.kind !== 'fiscal' || read.has(printed)) continue;
    const parts = laterParts(view.tables, printed);
    parts.forEach((part) => read.add(part));
    const table = readFiscalTable(printed, unit, parts);
    if (!isFiscal(table)) continue;
    unit = table.unitOfMeasure as CurrencyUnit;
    tables.push(table);
  }
  return tables;
}

/**
 * The parts continuing `opening` over later pages, whatever kind the table stage
 * gave them: a 项目支出及其他支出预算表 whose parts print only its header and a
 * 绩效目标 column are performance tables to the stage, and still lines of this table.
 */
function laterParts(tables: readonly Table[], opening: Table): Table[] {
  const parts: Table[] = [];
  let open = opening;
  for (const next of tables.slice(opening.index + 1)) {
    if (!continuesTable(open, next)) break;
    parts.push(next);
    open = next;
  }
  return parts;
}

/**
 * A table the catalogue does not name is kept when it has a title and a column
 * the measure data knows. (A title naming 绩效 made the table stage's kind performance already.)
 */
function isFiscal(table: FiscalTable): boolean {
  if (table.kind !== 'other') return true;
  // An untitled table the catalogue cannot name is a list (Xi'an's 目录 of its tables), not a fiscal table.
  return table.title !== '' && table.measures.some((measure) => !measure.key.includes('/'));
}
