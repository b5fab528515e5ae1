// Table field descriptions shared by the CSV header, the workbook, the SQLite
// tables and datapackage.json.

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface Field {
  name: string;
  /** Chinese column header for readers of the workbook (Table Schema `title`). */
  title: string;
  type: FieldType;
  description: string;
  /** Money columns: yuan (元), exact to the fen. */
  currency?: 'CNY';
  /** Unit of a non-money number, e.g. `%`. */
  unit?: string;
  /** The Fiscal Data Package role of the column (classifications, fiscal year, value). */
  columnType?: string;
}

export type Cell = string | number | boolean | null;

const field = (type: FieldType) => (name: string, title: string, description: string, columnType?: string): Field => ({
  name,
  title,
  type,
  description,
  ...(columnType ? { columnType } : {}),
});

export const text = field('string');
export const integer = field('integer');
export const date = field('date');
export const flag = (name: string, title: string, description: string): Field => field('boolean')(name, title, description);
export const number = (name: string, title: string, description: string, unit?: string): Field => ({
  ...field('number')(name, title, description),
  ...(unit ? { unit } : {}),
});
export const yuan = (name: string, title: string, description: string, columnType?: string): Field => ({
  ...field('number')(name, title, `${description} (yuan)`, columnType),
  currency: 'CNY',
});

/** `revenue.currentYear` → `revenue_current_year`. */
export function snakeCase(path: string): string {
  return path.replace(/\./gu, '_').replace(/([a-z0-9])([A-Z])/gu, '$1_$2').toLowerCase();
}
