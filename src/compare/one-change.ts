// One change, one source: the same movement of money printed in several places (a
// summary figure and the 收支总表 line restating it, a 类 and its only 项, one line in
// four tables, a line's 合计 and its 项目支出 column) is shown once, at the place that
// says most, with the other places named beside it.
import { movement, type Change } from './change.js';
import { figureFamilies } from './headline-figures.js';
import { roundAmount } from './settings.js';

export interface Candidate extends Change {
  /** A budgetSummary figure's dotted path, or null for a fiscal line. */
  figure: string | null;
  code: string | null;
  /** The line's classification scheme (functional, economic…), null for a summary figure. */
  scheme: string | null;
  name: string;
  /** The table's name as the report gives it, null for a summary figure. */
  table: string | null;
  /** Where it is printed, as the report names it (`收入总表 · 201 一般公共服务支出 · 财政拨款`). */
  where: string;
}

const compact = (text: string) => text.replace(/\s+/gu, '');

/** Whether two candidates with the same pair of amounts are one movement of money rather than a coincidence. */
function sameMoney(a: Candidate, b: Candidate): boolean {
  // Two different non-zero amounts matching in two places tell the same money; one amount alone (it did not move) only when it is not round.
  const telling = (a.base ?? 0) !== 0 && (a.target ?? 0) !== 0 && (a.base !== a.target || (a.base ?? 0) % roundAmount !== 0);
  if (a.figure && b.figure) return telling || figureFamilies.some((family) => family.includes(a.figure!) && family.includes(b.figure!));
  // A summary figure restated by a line.
  if (a.figure || b.figure) return telling;
  // The same money by function and by economic purpose (2080505 养老保险缴费支出 / 30108 养老保险缴费).
  if (a.scheme && b.scheme && a.scheme !== b.scheme) return telling;
  if (a.code && b.code) return a.code.startsWith(b.code) || b.code.startsWith(a.code);
  return compact(a.name) === compact(b.name);
}

/** How a place printing the same change is named beside the one shown: the same line in another table by its table alone. */
function alsoWhere(member: Candidate, shown: Candidate): string | null {
  if (member.figure || !member.table) return member.where;
  if (member.code !== null && member.code === shown.code) return member.table === shown.table ? null : member.table;
  if (member.code === null && compact(member.name) === compact(shown.name)) return member.table === shown.table ? null : member.table;
  // Another line by its code alone (its name is in the table the reader is pointed to), a codeless one by name.
  return `${member.table} · ${member.code ?? member.name}`;
}

export interface Grouped<T extends Candidate> {
  shown: T;
  alsoIn: string[];
}

/**
 * Each movement once: `candidates` come in order of preference (the first of a group is
 * the one shown), grouped when their amounts are the same on both sides and `sameMoney`
 * says they are one; largest movement first. Candidates printing nothing (null or 0 on
 * both sides) say nothing and are left out.
 */
export function oneChangeEach<T extends Candidate>(candidates: readonly T[]): Grouped<T>[] {
  const changed = candidates.filter((c) => (c.base ?? 0) !== 0 || (c.target ?? 0) !== 0);
  const byAmounts = new Map<string, (Grouped<T> & { members: T[] })[]>();
  const groups: Grouped<T>[] = [];
  for (const candidate of changed) {
    const amounts = `${candidate.base ?? 0}|${candidate.target ?? 0}`;
    const sameAmounts = byAmounts.get(amounts) ?? [];
    const group = sameAmounts.find((g) => g.members.some((member) => sameMoney(member, candidate)));
    if (group) {
      group.members.push(candidate);
      const where = alsoWhere(candidate, group.shown);
      if (where && !group.alsoIn.includes(where)) group.alsoIn.push(where);
      continue;
    }
    const fresh = { shown: candidate, alsoIn: [], members: [candidate] };
    sameAmounts.push(fresh);
    byAmounts.set(amounts, sameAmounts);
    groups.push(fresh);
  }
  return groups.map(({ shown, alsoIn }) => ({ shown, alsoIn })).sort((a, b) => Math.abs(movement(b.shown)) - Math.abs(movement(a.shown)));
}
