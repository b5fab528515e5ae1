// The faithful table layer of the canonical JSON: each Table of the table stage
// serialized as the cells it prints, with its printed title, kind and unit. Every
// record elsewhere points into it.
import type { RawTable } from '../schema/canonical.js';
import type { Table } from '../tables/table.js';

export function serializeTable(table: Table): RawTable {
  return {
    index: table.index,
    title: table.title.printed,
    pages: table.pages,
    kind: table.kind,
    unitOfMeasure: table.caption.unit,
    rows: table.cells,
  };
}
