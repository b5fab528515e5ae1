// The export tables as one SQLite database (sql.js: SQLite compiled to
// WebAssembly, so installing needs no compiler and downloads nothing): the
// same tables and columns as the CSV files, primary keys, foreign keys to
// documents, and indexes on the columns people filter by. sqlite3 and
// Datasette open the file as it is.
import initSqlJs from 'sql.js';
import type { Cell, Field } from './fields.js';
import type { TableRows } from './tables.js';

export const SQLITE_FILE = 'disclosure.sqlite';

/** Columns worth an index where a table has them: what a notice, a year, a body or a classification is looked up by. */
const indexedColumns = ['notice_id', 'fiscal_year', 'unit', 'code', 'functional_code', 'economic_code', 'catalog_code', 'severity'];

const quote = (name: string) => `"${name.replace(/"/gu, '""')}"`;

function columnType(field: Field): string {
  if (field.type === 'integer' || field.type === 'boolean') return 'INTEGER';
  if (field.type === 'number') return 'REAL';
  return 'TEXT';
}

function createTable({ table }: TableRows): string {
  const columns = table.fields.map((field) => `  ${quote(field.name)} ${columnType(field)}`);
  const keys = [`  PRIMARY KEY (${table.primaryKey.map(quote).join(', ')})`];
  if (table.name !== 'documents') keys.push(`  FOREIGN KEY ("document_id") REFERENCES "documents" ("document_id")`);
  return `CREATE TABLE ${quote(table.name)} (\n${[...columns, ...keys].join(',\n')}\n)`;
}

function sqlValue(cell: Cell): number | string | null {
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  return cell;
}

export async function database(tables: readonly TableRows[]): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  try {
    db.run('PRAGMA foreign_keys = ON');
    db.run('BEGIN');
    for (const sheet of tables) {
      const { table, rows } = sheet;
      db.run(createTable(sheet));
      for (const column of indexedColumns.filter((name) => table.fields.some((field) => field.name === name) && !(table.primaryKey.length === 1 && table.primaryKey[0] === name))) {
        db.run(`CREATE INDEX ${quote(`${table.name}_${column}`)} ON ${quote(table.name)} (${quote(column)})`);
      }
      const insert = db.prepare(`INSERT INTO ${quote(table.name)} VALUES (${table.fields.map(() => '?').join(', ')})`);
      try {
        for (const row of rows) insert.run(row.map(sqlValue));
      } finally {
        insert.free();
      }
    }
    db.run('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}
