// The export tables as one Excel workbook: a sheet per table, row 1 the field
// names (what pandas and scripts key on), row 2 the Chinese headers (what the
// people who publish and audit the notices read), both frozen; money in a
// thousands format with the fen, dates as Excel dates.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Cell, Field } from './fields.js';
import type { TableRows } from './tables.js';

export const XLSX_FILE = 'disclosure.xlsx';

/** Rows an Excel sheet holds (1,048,576) less the two header rows. */
const sheetCapacity = 1_048_576 - 2;

function columnFormat(field: Field): string | undefined {
  if (field.currency) return '#,##0.00';
  if (field.type === 'date') return 'yyyy-mm-dd';
  if (field.unit === '%') return '0.00';
  return undefined;
}

/** A cell as Excel stores it: a date column's ISO text becomes a date (midnight UTC, as Excel has no zone). */
function excelValue(field: Field, cell: Cell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (field.type === 'date' && typeof cell === 'string') return new Date(`${cell}T00:00:00Z`);
  return cell;
}

/** The workbook's bytes; `created` stamps the document properties and every zip entry, so the same input gives the same bytes. */
export async function workbook(sheets: readonly TableRows[], created: Date): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'disclosure';
  book.created = created;
  book.modified = created;
  for (const { table, rows } of sheets) {
    if (rows.length > sheetCapacity) {
      throw new Error(`${table.name} has ${rows.length} rows, more than an Excel sheet holds (${sheetCapacity}): export it as csv or sqlite`);
    }
    const sheet = book.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.columns = table.fields.map((field) => ({
      key: field.name,
      width: Math.min(40, Math.max(10, field.name.length + 2, field.title.length * 2 + 2)),
      ...(columnFormat(field) ? { style: { numFmt: columnFormat(field) } } : {}),
    }));
    sheet.addRow(table.fields.map((field) => field.name)).font = { bold: true };
    sheet.addRow(table.fields.map((field) => field.title)).font = { bold: true };
    for (const row of rows) sheet.addRow(row.map((cell, index) => excelValue(table.fields[index], cell)));
  }
  const written = await book.xlsx.writeBuffer();
  return stampEntries(new Uint8Array(written as ArrayBuffer), created);
}

/** exceljs dates each zip entry with the clock: repack with one fixed date. */
async function stampEntries(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const stamped = new JSZip();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) stamped.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return stamped.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
