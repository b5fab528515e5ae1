// What a fiscal table is: its kind (from the alias catalogue) and whether it
// reports a budget or final accounts (its number label is the table stage's).
import type { FiscalTable, FiscalTableKind } from '../../schema/canonical.js';
import { foldTitle } from '../../tables/table-label.js';
import { tableCatalogue } from './table-catalogue.js';

/** The catalogue kind a title names, or null when no alias occurs in it. */
export function kindFromTitle(title: string): FiscalTableKind | null {
  const folded = foldTitle(title);
  for (const entry of tableCatalogue) {
    if (entry.aliases.some((alias) => folded.includes(alias))) return entry.kind;
  }
  return null;
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
