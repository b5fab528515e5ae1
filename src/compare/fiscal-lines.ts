// Fiscal table lines of two documents paired: by the table they sit in (its kind,
// and which table of that kind), side, sub-unit and classification code first; lines
// without a code by name, and a line renamed between the two (一般公共预算 →
// 一般公共预算资金) recognised as the same line. And how a final-accounts line's
// actuals (决算数) read against a budget's columns.
import type { Disclosure, FiscalLine, FiscalTable } from '../schema/canonical.js';
import { pairBy, pairRenamed, type Paired } from './keyed.js';

export interface LocatedLine {
  table: FiscalTable;
  tableKey: string;
  line: FiscalLine;
  /** The name of the line one level up (the 款 of a 项) in the same table, for a reader to place the line. */
  parentName: string | null;
}

const compact = (text: string) => text.replace(/\s+/gu, '');

/** The nearest line above whose code the line's code extends. */
function parentOf(line: FiscalLine, lines: readonly FiscalLine[]): FiscalLine | null {
  if (!line.code) return null;
  let best: FiscalLine | null = null;
  for (const other of lines) {
    if (other.code && other.code.length < line.code.length && line.code.startsWith(other.code) && other.side === line.side) {
      if (!best || other.code.length > best.code!.length) best = other;
    }
  }
  return best;
}

export function locatedLines(d: Disclosure): LocatedLine[] {
  const kinds = new Map<string, number>();
  return d.fiscalTables.flatMap((table) => {
    const n = (kinds.get(table.kind) ?? 0) + 1;
    kinds.set(table.kind, n);
    return table.lines.map((line) => ({ table, tableKey: `${table.kind}#${n}`, line, parentName: parentOf(line, table.lines)?.name ?? null }));
  });
}

const groupOf = ({ tableKey, line }: LocatedLine) => [tableKey, line.side ?? '', line.unit ?? '', line.code ? `coded:${line.scheme ?? ''}` : 'uncoded'].join('|');

/**
 * One line printed differently in the two years. Without codes: the same name once spaces are gone, or one
 * wholly inside the other (一般公共预算 / 一般公共预算资金). With codes: a line recoded at the same level under
 * a parent of the same name, keeping its own name (一般行政管理事务 is a name under many 款, so the parent counts).
 */
function renamed(a: LocatedLine, b: LocatedLine): boolean {
  if (a.line.code && b.line.code) {
    return a.line.code.length === b.line.code.length && compact(a.line.name) === compact(b.line.name) && a.parentName !== null && a.parentName === b.parentName;
  }
  const [x, y] = [compact(a.line.name), compact(b.line.name)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 2 && long.includes(short);
}

export function pairFiscalLines(base: Disclosure, target: Disclosure): Paired<LocatedLine>[] {
  const keyOf = (located: LocatedLine) => `${groupOf(located)}|${located.line.code ? `${located.line.scheme ?? ''}:${located.line.code}` : compact(located.line.name)}`;
  return pairRenamed(pairBy(locatedLines(base), locatedLines(target), keyOf), groupOf, renamed);
}

/** The value columns of a line, in the table's order. */
export const measureKeys = ({ table, line }: LocatedLine): string[] => table.measures.map((m) => m.key).filter((key) => key in line.values);

/** The printed header of a measure, for keys the label table does not know. */
export const printedMeasure = ({ table }: LocatedLine, key: string): string | null => table.measures.find((m) => m.key === key)?.label ?? null;

/** How the base year printed a line the target year prints under another name or code (null where the same). */
export function renaming(a: LocatedLine | null, b: LocatedLine | null): { renamedFrom: string | null; recodedFrom: string | null } {
  if (!a || !b) return { renamedFrom: null, recodedFrom: null };
  return { renamedFrom: compact(a.line.name) !== compact(b.line.name) ? a.line.name : null, recodedFrom: a.line.code !== b.line.code ? a.line.code : null };
}

/**
 * A final-accounts line's actual for a budget column: its `actual.<key>` where the table
 * prints 决算数 columns (a lone 决算数 column is `actual.total`), else the column itself.
 */
export function actualOf(values: Record<string, number | null>, key: string): number | null {
  const hasBlocks = Object.keys(values).some((k) => k.startsWith('actual.'));
  return hasBlocks ? (values[`actual.${key}`] ?? null) : (values[key] ?? null);
}

/** The budget columns a final-accounts line's actuals stand for: `actual.k` → k, or its plain columns. */
export function actualColumns(located: LocatedLine): string[] {
  const keys = measureKeys(located);
  const blocks = keys.filter((key) => key.startsWith('actual.')).map((key) => key.slice('actual.'.length));
  return blocks.length > 0 ? blocks : keys.filter((key) => !key.includes('.'));
}
