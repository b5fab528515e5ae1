// The words by which a row label says its row sums other rows: the genre prints a
// table's whole as 合计 or 总计, and a group's part-sum as 小计, alone or after the
// group's name (一般公共预算资金小计). Data, in order; the table stage, the readers
// and the validator take total rows from here alone.

export type TotalRole = 'total' | 'subtotal';

interface TotalWord {
  word: string;
  role: TotalRole;
  /** The word may follow the name of what it sums (`一般公共预算资金小计`), not only stand alone. */
  afterName: boolean;
}

export const totalWords: readonly TotalWord[] = [
  { word: '合计', role: 'total', afterName: false },
  { word: '总计', role: 'total', afterName: false },
  { word: '小计', role: 'subtotal', afterName: true },
];

/**
 * The role a row label gives its row: `total` for 合计/总计 standing alone, `subtotal`
 * for 小计 alone or after a name; null for any other label. Labels are cleaned text
 * (`合  计` is `合计` already).
 */
export function totalRole(label: string): TotalRole | null {
  const entry = totalWords.find(({ word, afterName }) => label === word || (afterName && label.endsWith(word)));
  return entry?.role ?? null;
}

/** A label that is a total word of the whole table standing alone (合计, 总计), as a pattern for tables of row patterns. */
export const wholeLabel = new RegExp(`^(?:${totalWords.filter(({ role }) => role === 'total').map(({ word }) => word).join('|')})$`, 'u');

/** Whether a name closes with a total word (收入合计, 本年支出合计, 支出总计, 一般公共预算资金小计): a sum, not a line. */
export function closesWithTotalWord(name: string): boolean {
  return totalWords.some(({ word }) => name.endsWith(word));
}
