// The caption of a table read once: the body it is for, the currency unit of its
// amounts and the date it is drawn up to, from the lines printed before it and the
// caption rows printed inside it. Captions are never rows.
import { unitFromCaption, type CurrencyUnit } from '../money/amount.js';
import { bodyCaption, datedCaption, yearEndCaption } from './caption-words.js';

export interface TableCaption {
  /** The body the caption names (`编制部门：某局`), or null. */
  body: string | null;
  /** The currency unit of the table's amounts (`单位：万元`), or null where none is printed. */
  unit: CurrencyUnit | null;
  /** The date the table is drawn up to, `YYYY-MM-DD` (`截至2022年底` → `2022-12-31`), or null. */
  date: string | null;
}

/** The caption read from texts in order of authority: each part from the first text stating it. */
export function readCaption(texts: readonly string[]): TableCaption {
  return {
    body: first(texts, (text) => bodyCaption.exec(text)?.[1] ?? null),
    unit: first(texts, unitFromCaption),
    date: first(texts, dateOf),
  };
}

function first<T>(texts: readonly string[], read: (text: string) => T | null): T | null {
  for (const text of texts) {
    const found = read(text);
    if (found !== null) return found;
  }
  return null;
}

function dateOf(text: string): string | null {
  const day = datedCaption.exec(text);
  if (day) return `${day[1]}-${day[2].padStart(2, '0')}-${day[3].padStart(2, '0')}`;
  const end = yearEndCaption.exec(text);
  return end ? `${end[1]}-12-31` : null;
}
