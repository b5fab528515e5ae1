// datapackage.json: a Frictionless Data Package describing the export's files,
// with the Fiscal Data Package's column roles (columnType), currency and fiscal period.
import type { Field } from './fields.js';
import type { ExportTable } from './tables.js';

export const NDJSON_FILE = 'documents.ndjson';

export interface ExportedFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface PackageFacts {
  /** Fiscal years of the exported notices, ascending. */
  fiscalYears: number[];
  documents: number;
  files: ExportedFile[];
}

export function csvPath(table: ExportTable): string {
  return `${table.name}.csv`;
}

export function dataPackage(tables: readonly ExportTable[], facts: PackageFacts): object {
  const file = (path: string) => {
    const found = facts.files.find((entry) => entry.path === path);
    return found ? { bytes: found.bytes, hash: `sha256:${found.sha256}` } : {};
  };
  const first = facts.fiscalYears[0];
  const last = facts.fiscalYears[facts.fiscalYears.length - 1];
  return {
    profile: 'fiscal-data-package',
    name: 'disclosure-export',
    title: 'Chinese government budget-disclosure notices (部门/单位预算、决算公开), converted by disclosure',
    description: `${facts.documents} notice(s). Money is in yuan (CNY), exact to the fen, whatever unit the notice printed.`,
    currency: 'CNY',
    fiscalYears: facts.fiscalYears,
    ...(first !== undefined ? { fiscalPeriod: { start: `${first}-01-01`, end: `${last}-12-31` } } : {}),
    resources: [
      ...tables.map((table) => ({
        profile: 'tabular-data-resource',
        name: table.name.replace(/_/gu, '-'),
        path: csvPath(table),
        title: table.title,
        description: table.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        ...file(csvPath(table)),
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: table.fields.map(describeField),
          missingValues: [''],
          ...(table.name === 'documents'
            ? { primaryKey: 'document_id' }
            : { foreignKeys: [{ fields: 'document_id', reference: { resource: 'documents', fields: 'document_id' } }] }),
        },
      })),
      {
        profile: 'data-resource',
        name: 'documents-json',
        path: NDJSON_FILE,
        title: 'Canonical documents',
        description: 'Every notice as its full canonical JSON, one per line (schemas/disclosure.schema.json).',
        format: 'ndjson',
        mediatype: 'application/x-ndjson',
        encoding: 'utf-8',
        ...file(NDJSON_FILE),
      },
    ],
  };
}

function describeField(field: Field): object {
  return {
    name: field.name,
    type: field.type,
    description: field.description,
    ...(field.type === 'number' ? { bareNumber: true } : {}),
    ...(field.currency ? { currency: field.currency, unit: 'yuan' } : {}),
    ...(field.unit ? { unit: field.unit } : {}),
    ...(field.columnType ? { columnType: field.columnType } : {}),
    ...(field.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
  };
}
