// A table understood once, between the document model and the domain readers:
// its title (number label and name apart), caption, kind, header and body rows
// with their roles and levels. Every reader maps a Table to its domain; none
// finds titles, captions, headers or total rows again. The RawTable of the
// canonical JSON is a serialization of it (normalize/raw-tables.ts).
import type { Cell } from '../model/document.js';
import type { TableCaption } from './caption.js';
import type { Grid } from './grid.js';
import type { TableHeader } from './header.js';
import type { RowRole } from './row-role.js';
import type { TableKind } from './table-kind.js';

export interface TableTitle {
  /** The title as printed (number label included), or null where none is printed. */
  printed: string | null;
  /** The number label printed in or just above the title (部门公开表3, 预算05表, 表一), without spaces, or null. */
  label: string | null;
  /** The title without its number label and list number (`预算01表 收支总表` → `收支总表`), or null. */
  name: string | null;
}

export interface BodyRow {
  /** The row's index in the table's grid (and in its printed rows). */
  row: number;
  role: RowRole;
  /** The row's label: its first text other than a running row number (`合计`, `办公设备`, `一、部门预算`). */
  label: string;
  /** The grid column the label stands in. */
  labelColumn: number;
  /** The row's level in a hierarchy its labels show by numbering (一、 over 1、) or indentation; null where they show none. */
  level: 1 | 2 | 3 | null;
  /** Per grid column, the text of the cell there: a cell spanning columns counts once, at its first column; one spanning rows in each row. */
  texts: string[];
}

export interface Table {
  index: number;
  title: TableTitle;
  caption: TableCaption;
  kind: TableKind;
  /** Pages the table occupies, or null where the format has no pages. */
  pages: number[] | null;
  /** The printed rows, cleaned, in HTML semantics (a spanning cell once, at its top-left position). */
  cells: Cell[][];
  grid: Grid;
  header: TableHeader;
  /** The rows below the header that print anything, in order. */
  body: BodyRow[];
  /** The texts printed just before the table, nearest first. */
  before: string[];
  /** The texts printed just after the table (after its last part), in reading order: a note stating it empty stands there. */
  after: string[];
}
