// What a fiscal table is: its kind (from the alias catalogue), its number
// label and whether it reports a budget or final accounts.
import type { FiscalTable, FiscalTableKind } from '../../schema/canonical.js';
import { foldWidth } from '../../text/clean.js';
import { labelPatterns } from '../../tables/table-label.js';
import { tableCatalogue } from './table-catalogue.js';

/** A title as the catalogue compares it: no spaces, no quotation marks, ASCII digits. */
export function foldTitle(text: string): string {
  return foldWidth(text).replace(/[\s"'“”‘’〝〞「」]/gu, '');
}

/** The catalogue kind a title names, or null when no alias occurs in it. */
export function kindFromTitle(title: string): FiscalTableKind | null {
  const folded = foldTitle(title);
  for (const entry of tableCatalogue) {
    if (entry.aliases.some((alias) => folded.includes(alias))) return entry.kind;
  }
  return null;
}

/** The first number label (部门公开表3, 预算05表, 表一) found in the texts, as printed without spaces. */
export function labelFrom(texts: readonly string[]): string | null {
  for (const text of texts) {
    const folded = foldTitle(text);
    for (const pattern of labelPatterns) {
      const match = pattern.exec(folded);
      if (match) return match[0];
    }
  }
  return null;
}

/**
 * A title without its number label (`预算01表 收支总表` → `收支总表`) and without
 * its list number (`二、收入预算总表` → `收入预算总表`). A part heading the layout
 * ran into the title (`第二部分…预算表一、收支预算总表`) is dropped: the table's own
 * title is the one after the last list number.
 */
export function titleWithoutLabel(printed: string, label: string | null): string {
  const numbered = /(?:^|表|部分)\s*[一二三四五六七八九十]+[、．.]\s*(?=.*表)/gu;
  const last = [...printed.matchAll(numbered)].at(-1);
  const title = last ? printed.slice(last.index + last[0].length) : printed;
  if (!label) return title;
  const folded = foldTitle(title);
  const at = folded.indexOf(label);
  if (at !== 0) return title;
  const rest = folded.slice(label.length).replace(/^[:：.．、]/u, '');
  return rest === '' ? title : rest;
}

/**
 * 决算 in the title (not the hedged 预（决）算 of templates that serve both) or a
 * 决算数 column makes a final-accounts table; anything else reports a budget.
 */
export function phaseOf(title: string, headerTexts: readonly string[]): FiscalTable['phase'] {
  const hedged = /预[(（]决[)）]算/gu;
  if (foldTitle(title).replace(hedged, '').includes('决算')) return 'final_accounts';
  if (headerTexts.some((text) => foldTitle(text).replace(hedged, '').includes('决算数'))) return 'final_accounts';
  return 'budget';
}
