// Looking up fiscal tables and lines of a converted real notice in tests.
import { expect } from 'vitest';
import type { FiscalLine, FiscalTable } from '../../src/schema/canonical.js';
import { convertSample } from './samples.js';

export async function fiscalTables(file: string): Promise<FiscalTable[]> {
  return (await convertSample(`real/${file}`)).fiscalTables;
}

/** The one table printed with this label (or, for unlabelled sets, this title). */
export async function fiscalTable(file: string, labelOrTitle: string): Promise<FiscalTable> {
  const found = (await fiscalTables(file)).filter((table) => table.label === labelOrTitle || table.title === labelOrTitle);
  expect(found, labelOrTitle).toHaveLength(1);
  return found[0];
}

export function lineCoded(table: FiscalTable, code: string, side: FiscalLine['side'] = null): FiscalLine | undefined {
  return table.lines.find((line) => line.code === code && line.side === side);
}

export function lineNamed(table: FiscalTable, name: string, side: FiscalLine['side'] = null): FiscalLine | undefined {
  return table.lines.find((line) => line.name === name && line.side === side);
}
