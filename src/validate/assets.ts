// Asset figures that must agree: the items vs the 资产总额 row, and the table
// vs the narrative's 上年末固定资产金额. `其中：` rows are parts of the item
// above them, not addends of the total.
import { sumYuan } from '../money/amount.js';
import type { Disclosure, Finding } from '../schema/canonical.js';
import { mismatch, sumMismatch } from './mismatch.js';
import { agreesWithinRounding } from '../money/rounding.js';

const subItem = /^其中[:：]/u;

export function validateAssets(disclosure: Disclosure): Finding[] {
  const { assets } = disclosure;
  const addendItems = assets.items.filter((item) => !subItem.test(item.item));
  const addends = addendItems.flatMap((item) => item.value ?? []);
  const against = addendItems.filter((item) => item.value !== null).map((item) => `/assets/items/${assets.items.indexOf(item)}/value`);
  const itemsSum = addends.length > 0 ? sumYuan(addends) : null;
  const findings: Finding[] = [];
  if (assets.total !== null && itemsSum !== null && itemsSum !== assets.total) {
    const unit = disclosure.tables[addendItems[0].source.table]?.unitOfMeasure ?? null;
    findings.push(sumMismatch('/assets/total', 'asset total is not the sum of its items', itemsSum, assets.total, unit, against));
  }
  const narrative = disclosure.budgetSummary.fixedAssets.priorYearEnd;
  const table = assets.total ?? itemsSum;
  if (narrative !== null && table !== null && !agreesWithinRounding(narrative, table)) {
    const [code, what] = assets.total === null ? (['SUM_MISMATCH', 'the sum of the asset items'] as const) : (['CROSS_TABLE_MISMATCH', 'the asset table total'] as const);
    findings.push(mismatch(code, '/budgetSummary/fixedAssets/priorYearEnd', `上年末固定资产金额 differs from ${what}`, table, narrative, assets.total === null ? against : ['/assets/total']));
  }
  return findings;
}
