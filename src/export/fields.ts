// Table field descriptions shared by the CSV header and datapackage.json.

export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

export interface Field {
  name: string;
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

export const text = (name: string, description: string, columnType?: string): Field => ({ name, type: 'string', description, ...(columnType ? { columnType } : {}) });
export const integer = (name: string, description: string, columnType?: string): Field => ({ name, type: 'integer', description, ...(columnType ? { columnType } : {}) });
export const number = (name: string, description: string, unit?: string): Field => ({ name, type: 'number', description, ...(unit ? { unit } : {}) });
export const yuan = (name: string, description: string, columnType?: string): Field => ({
  name,
  type: 'number',
  description: `${description} (yuan)`,
  currency: 'CNY',
  ...(columnType ? { columnType } : {}),
});
export const flag = (name: string, description: string): Field => ({ name, type: 'boolean', description });

/** `revenue.currentYear` → `revenue_current_year`. */
export function snakeCase(path: string): string {
  return path.replace(/\./gu, '_').replace(/([a-z0-9])([A-Z])/gu, '$1_$2').toLowerCase();
}
