// What a column is, from the words of its header path, before any domain reads it:
// a row-number column (序号, 行次, 栏次) is never money, and a column under a year
// earlier than the table's latest year (`2025年预算数` beside `2026年预算数`, a
// `2021年` block beside `2022年`) reports the prior year, never this year's figure.
import { foldWidth } from '../text/clean.js';

/** Header words of a column that numbers the rows (a running number, or the 行次 of 决算 tables). */
const rowNumberWords = /^(?:序号|行次|栏次|行号|编号[(（]?序号[)）]?)$/u;

/** A segment that opens with a year names the year its column reports (`2026年预算数`, `2021年`). */
const yearSegment = /^((?:19|20)\d{2})年/u;

/** A comparison names two years (`2026年预算数比2025年执行数`): it reports no year of its own. */
const comparison = /比|较|增减|变动|差额/u;

function segmentsOf(path: string): string[] {
  return path === '' ? [] : path.split('/').map((segment) => foldWidth(segment).replace(/\s+/gu, ''));
}

export function isRowNumberColumn(path: string): boolean {
  const leaf = segmentsOf(path).at(-1);
  return leaf !== undefined && rowNumberWords.test(leaf);
}

/** The year a column's header path names for it (the innermost year segment), or null. */
export function yearOfColumn(path: string): number | null {
  let year: number | null = null;
  for (const segment of segmentsOf(path)) {
    if (comparison.test(segment)) return null;
    const match = yearSegment.exec(segment);
    if (match) year = Number(match[1]);
  }
  return year;
}

/**
 * The columns that report an earlier year than the table's latest: where a header
 * names two or more years, the latest is the table's own year and every column
 * under an earlier one is the prior year's.
 */
export function priorYearColumns(paths: readonly string[]): Set<number> {
  const years = paths.map(yearOfColumn);
  const latest = Math.max(...years.filter((year): year is number => year !== null));
  const prior = new Set<number>();
  years.forEach((year, column) => {
    if (year !== null && year < latest) prior.add(column);
  });
  return prior;
}
