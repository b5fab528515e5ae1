// Three or more years of one body side by side: every summary figure and every fiscal
// line's total per year (lines keyed by table kind, side, sub-unit and code, else name),
// with the change from the first year to the last. A figure printed in several places
// with the same values in every year is one row, its other places named beside it.
import { budgetSummaryPaths, figureAt } from '../export/summary-figures.js';
import type { Disclosure } from '../schema/canonical.js';
import { change, type Change } from './change.js';
import { refOf, type ComparisonWarning, type DocumentRef } from './compare.js';
import { figureLabels } from './figure-labels.js';
import { locatedLines } from './fiscal-lines.js';
import { spendingFirst, tablePreference } from './headline-figures.js';
import { tableKindLabels } from './labels.js';

export interface SeriesRow {
  source: string;
  figure: string | null;
  code: string | null;
  name: string;
  /** One value per document, in year order. */
  values: (number | null)[];
  /** From the first year to the last. */
  overall: Change;
  alsoIn: string[];
}

export interface Series {
  mode: 'series';
  documents: DocumentRef[];
  warnings: ComparisonWarning[];
  rows: SeriesRow[];
}

function warningsFor(documents: readonly Disclosure[]): ComparisonWarning[] {
  const warnings: ComparisonWarning[] = [];
  const units = new Set(documents.map((d) => d.document.unit.replace(/\s+/gu, '')));
  if (units.size > 1) warnings.push({ code: 'DIFFERENT_UNIT', message: `the documents are from different bodies: ${[...units].join(', ')}` });
  const years = documents.map((d) => d.document.fiscalYear);
  if (years.some((year, i) => i > 0 && year - years[i - 1] !== 1)) {
    warnings.push({ code: 'YEARS_NOT_CONSECUTIVE', message: `the fiscal years are ${years.join(', ')}, not consecutive` });
  }
  return warnings;
}

/** The documents in year order (stable for equal years). */
export function compareSeries(inputs: readonly Disclosure[]): Series {
  const documents = [...inputs].sort((a, b) => a.document.fiscalYear - b.document.fiscalYear);
  const rows: SeriesRow[] = [];
  const add = (row: Omit<SeriesRow, 'overall' | 'alsoIn'>, sameAs: (other: SeriesRow) => boolean, where: string) => {
    if (row.values.every((v) => (v ?? 0) === 0)) return;
    const twin = rows.find((other) => other.values.every((v, i) => (v ?? 0) === (row.values[i] ?? 0)) && sameAs(other));
    if (twin) {
      if (!twin.alsoIn.includes(where)) twin.alsoIn.push(where);
      return;
    }
    rows.push({ ...row, overall: change(row.values[0], row.values.at(-1) ?? null), alsoIn: [] });
  };
  for (const figure of spendingFirst(budgetSummaryPaths, (path) => path)) {
    if (figure.startsWith('changeFromPriorYear.')) continue;
    const values = documents.map((d) => figureAt(d.budgetSummary, figure));
    add({ source: 'budgetSummary', figure, code: null, name: figureLabels[figure], values }, (other) => other.figure !== null, figureLabels[figure]);
  }
  const keyed = documents.map((d) => {
    const byKey = new Map<string, number | null>();
    const about = new Map<string, { kind: string; code: string | null; name: string }>();
    for (const { tableKey, table, line } of locatedLines(d)) {
      const key = [tableKey, line.side ?? '', line.unit ?? '', line.code ? `${line.scheme ?? ''}:${line.code}` : line.name.replace(/\s+/gu, '')].join('|');
      if (byKey.has(key)) continue;
      byKey.set(key, line.values.total ?? null);
      about.set(key, { kind: table.kind, code: line.code, name: line.name });
    }
    return { byKey, about };
  });
  const keys = [...new Map(keyed.flatMap(({ about }) => [...about])).entries()].sort(
    ([, a], [, b]) => tablePreference.indexOf(a.kind) - tablePreference.indexOf(b.kind),
  );
  for (const [key, line] of keys) {
    const values = keyed.map(({ byKey }) => byKey.get(key) ?? null);
    const label = tableKindLabels[line.kind as keyof typeof tableKindLabels];
    add(
      { source: line.kind, figure: null, code: line.code, name: line.name, values },
      (other) => other.figure === null && (line.code ? other.code === line.code : other.code === null && other.name === line.name),
      label,
    );
  }
  return { mode: 'series', documents: documents.map(refOf), warnings: warningsFor(documents), rows };
}
