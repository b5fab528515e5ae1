// CSV text for portals and Excel: UTF-8 with a BOM (Excel otherwise reads GBK),
// CRLF line ends (RFC 4180), numbers plain and unquoted, empty cell for null.
import { stringify } from 'csv-stringify/sync';
import { Decimal } from 'decimal.js';
import type { Cell, Field } from './fields.js';

export const BOM = '\uFEFF';

/** Plain decimal notation, never an exponent: 1e21 → "1000000000000000000000", 1e-7 → "0.0000001". */
export function formatNumber(value: number): string {
  return new Decimal(value).toFixed();
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return cell;
}

export function csvRows(rows: readonly Cell[][]): string {
  return stringify(
    rows.map((row) => row.map(cellText)),
    // A bare line break inside a cell (a wrapped project name) must be quoted too, or readers split the row.
    { record_delimiter: 'windows', quoted_match: /[\r\n]/u },
  );
}

/** The start of a CSV file: the BOM and the header row of field names. */
export function csvHeader(fields: readonly Field[]): string {
  return BOM + csvRows([fields.map((field) => field.name)]);
}
