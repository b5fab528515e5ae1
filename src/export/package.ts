// A whole export in memory: canonical documents in, the files of an open-data
// package out (CSV tables, an Excel workbook, a SQLite database, NDJSON and
// datapackage.json). Pure: writing the files is the caller's business.
import { createHash } from 'node:crypto';
import type { Disclosure } from '../schema/canonical.js';
import { csvHeader, csvRows } from './csv.js';
import { csvPath, dataPackage, NDJSON_FILE, type PackagedDocument, type WrittenFile } from './datapackage.js';
import { database, SQLITE_FILE } from './sqlite.js';
import { exportTables, type TableRows } from './tables.js';
import { workbook, XLSX_FILE } from './xlsx.js';

export const exportFormats = ['csv', 'xlsx', 'sqlite'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportOptions {
  /** Which renderings of the tables to write; documents.ndjson and datapackage.json are always written. Default: csv. */
  formats?: readonly ExportFormat[];
  /**
   * When the exported data was made: datapackage.json's `created` and the
   * workbook's dates. Pass a time derived from the input (the command line
   * takes the newest modification time of the folder's JSON files), so that the same input
   * gives byte-identical files.
   */
  created: Date;
}

export interface ExportedFile {
  /** File name inside the output folder. */
  path: string;
  data: Uint8Array;
}

export const DATAPACKAGE_FILE = 'datapackage.json';

/**
 * The export of `documents`, in the given order; each source file (document_id)
 * may appear once. Documents are read one at a time (an async generator reading
 * files works), and only their rows are kept.
 */
export async function exportPackage(documents: Iterable<Disclosure> | AsyncIterable<Disclosure>, options: ExportOptions): Promise<ExportedFile[]> {
  const sheets: TableRows[] = exportTables.map((table) => ({ table, rows: [] }));
  const notices: PackagedDocument[] = [];
  const ndjson: string[] = [];
  const ids = new Set<string>();
  for await (const document of documents) {
    if (ids.has(document.source.sha256)) throw new Error(`document ${document.source.file} is exported twice (sha256 ${document.source.sha256})`);
    ids.add(document.source.sha256);
    for (const sheet of sheets) for (const row of sheet.table.rows(document)) sheet.rows.push(row);
    ndjson.push(`${JSON.stringify(document)}\n`);
    notices.push({ source: document.source, document: document.document });
  }

  const formats = new Set(options.formats ?? ['csv']);
  const encode = (text: string) => new TextEncoder().encode(text);
  const files: ExportedFile[] = [];
  if (formats.has('csv')) {
    for (const { table, rows } of sheets) files.push({ path: csvPath(table), data: encode(csvHeader(table.fields) + csvRows(rows)) });
  }
  files.push({ path: NDJSON_FILE, data: encode(ndjson.join('')) });
  if (formats.has('xlsx')) files.push({ path: XLSX_FILE, data: await workbook(sheets, options.created) });
  if (formats.has('sqlite')) files.push({ path: SQLITE_FILE, data: await database(sheets) });

  const written: WrittenFile[] = files.map((file) => ({ path: file.path, bytes: file.data.length, sha256: createHash('sha256').update(file.data).digest('hex') }));
  const created = options.created.toISOString().replace(/\.\d{3}Z$/u, 'Z');
  const descriptor = dataPackage(exportTables, { documents: notices, files: written, created });
  files.push({ path: DATAPACKAGE_FILE, data: encode(`${JSON.stringify(descriptor, null, 2)}\n`) });
  return files;
}
