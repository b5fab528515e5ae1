// datapackage.json: a Frictionless Data Package (v1) describing the export's
// files — each CSV a Tabular Data Resource with its Table Schema (types,
// primary and foreign keys), the workbook, database and NDJSON as plain
// resources — with the Fiscal Data Package's column roles (columnType),
// currency and fiscal period.
import type { Disclosure } from '../schema/canonical.js';
import type { Field } from './fields.js';
import { SQLITE_FILE } from './sqlite.js';
import type { ExportTable } from './tables.js';
import { XLSX_FILE } from './xlsx.js';

export const NDJSON_FILE = 'documents.ndjson';

export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** What the descriptor says of each exported document. */
export type PackagedDocument = Pick<Disclosure, 'source' | 'document'>;

export interface PackageFacts {
  /** The exported documents, in export order. */
  documents: readonly PackagedDocument[];
  /** Every file written beside datapackage.json. */
  files: readonly WrittenFile[];
  /** When the exported data was made (RFC 3339), derived from the input, not the clock. */
  created: string;
}

export function csvPath(table: ExportTable): string {
  return `${table.name}.csv`;
}

const resourceName = (table: ExportTable) => table.name.replace(/_/gu, '-');

/** The files other than the CSV tables, with what a reader needs to open them. */
const otherFiles: Record<string, { name: string; title: string; description: string; format: string; mediatype: string }> = {
  [NDJSON_FILE]: {
    name: 'documents-json',
    title: 'Canonical documents',
    description: 'Every notice as its full canonical JSON, one per line (schemas/disclosure.schema.json of disclosure).',
    format: 'ndjson',
    mediatype: 'application/x-ndjson',
  },
  [XLSX_FILE]: {
    name: 'workbook',
    title: 'Workbook',
    description: 'The CSV tables as one Excel workbook, a sheet each; row 1 the field names, row 2 their Chinese headers.',
    format: 'xlsx',
    mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  [SQLITE_FILE]: {
    name: 'database',
    title: 'SQLite database',
    description: 'The CSV tables as one SQLite database, with their primary and foreign keys.',
    format: 'sqlite',
    mediatype: 'application/vnd.sqlite3',
  },
};

/** The package's own licence: the conversion is dedicated to the public domain; the notices' content is not ours to license. */
const dataLicence = {
  name: 'ODC-PDDL-1.0',
  path: 'https://opendatacommons.org/licenses/pddl/1-0/',
  title: 'Open Data Commons Public Domain Dedication and License v1.0 (the conversion; the notices themselves are public government information)',
};

export function dataPackage(tables: readonly ExportTable[], facts: PackageFacts): object {
  const file = (path: string) => {
    const found = facts.files.find((entry) => entry.path === path);
    return found ? { bytes: found.bytes, hash: `sha256:${found.sha256}` } : null;
  };
  const fiscalYears = [...new Set(facts.documents.map((d) => d.document.fiscalYear))].sort((a, b) => a - b);
  const first = fiscalYears[0];
  const last = fiscalYears.at(-1);
  return {
    profile: 'data-package',
    name: 'disclosure-export',
    title: 'Chinese government budget-disclosure notices (部门/单位预算、决算公开), converted by disclosure',
    description:
      `${facts.documents.length} notice(s). Money is in yuan (CNY), exact to the fen, whatever unit the notice printed. ` +
      'Source note: the notices are public government information, published by the bodies named in `sources` under ' +
      'the Regulations on the Disclosure of Government Information (政府信息公开条例) and the Budget Law (预算法); ' +
      'they carry no licence of their own, and the licence of this package covers the conversion only.',
    created: facts.created,
    licenses: [dataLicence],
    sources: facts.documents.map((d) => ({
      title: `${d.document.unit}: ${d.document.title} (${d.source.format}, sha256 ${d.source.sha256})`,
      path: d.source.file,
    })),
    currency: 'CNY',
    fiscalYears,
    ...(first !== undefined ? { fiscalPeriod: { start: `${first}-01-01`, end: `${last}-12-31` } } : {}),
    resources: [
      ...tables.flatMap((table) => {
        const written = file(csvPath(table));
        return written ? [tableResource(table, written)] : [];
      }),
      ...Object.entries(otherFiles).flatMap(([path, about]) => {
        const written = file(path);
        return written ? [{ profile: 'data-resource', name: about.name, path, title: about.title, description: about.description, format: about.format, mediatype: about.mediatype, ...(about.format === 'ndjson' ? { encoding: 'utf-8' } : {}), ...written }] : [];
      }),
    ],
  };
}

function tableResource(table: ExportTable, written: { bytes: number; hash: string }): object {
  return {
    profile: 'tabular-data-resource',
    name: resourceName(table),
    path: csvPath(table),
    title: table.title,
    description: table.description,
    format: 'csv',
    mediatype: 'text/csv',
    // The files start with a BOM (Excel reads BOM-less UTF-8 as the ANSI code page): utf-8-sig says so.
    encoding: 'utf-8-sig',
    ...written,
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: table.fields.map(describeField),
      missingValues: [''],
      primaryKey: table.primaryKey,
      ...(table.name === 'documents' ? {} : { foreignKeys: [{ fields: ['document_id'], reference: { resource: 'documents', fields: ['document_id'] } }] }),
    },
  };
}

function describeField(field: Field): object {
  return {
    name: field.name,
    title: field.title,
    type: field.type,
    description: field.description,
    ...(field.type === 'number' ? { bareNumber: true } : {}),
    ...(field.currency ? { currency: field.currency, unit: 'yuan' } : {}),
    ...(field.unit ? { unit: field.unit } : {}),
    ...(field.columnType ? { columnType: field.columnType } : {}),
    ...(field.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
  };
}
