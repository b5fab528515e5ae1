// The budget summary checked against itself and against the tables: parts
// that do not add up to their total, revenue ≠ expenditure, and narrative
// figures that a table states differently. Exact decimal arithmetic; a
// narrative figure may differ from an exact one by its own rounding.
import { sumYuan } from '../money/amount.js';
import type { Disclosure, Finding } from '../schema/canonical.js';
import { revenueSources } from './revenue-sources.js';
import { sumTolerance, withinTolerance } from '../money/rounding.js';

/** What the revenue total holds beside this year's revenue: the carryover and the balances brought forward. */
const broughtForward = ['carryover', 'nonFiscalSurplus', 'priorYearAccountBalance'] as const;
const revenueParts = [...revenueSources, ...broughtForward] as const;

export function validateSummary(disclosure: Disclosure): Finding[] {
  return [...checkSums(disclosure), ...checkBalance(disclosure), ...checkAgainstTables(disclosure)];
}

function checkSums(disclosure: Disclosure): Finding[] {
  const summary = disclosure.budgetSummary;
  const { revenue, expenditure, threePublic } = summary;
  const findings: Finding[] = [];
  const check = (path: string, total: number | null, parts: readonly (number | null)[], what: string) => {
    if (total === null || parts.some((part) => part === null)) return;
    const sum = sumYuan(parts as number[]);
    if (!withinTolerance(sum, total, sumTolerance(disclosure.document.currencyUnit, parts.length + 1))) {
      findings.push({ code: 'SUM_MISMATCH', severity: 'error', path, message: `${what}: the parts add up to ${sum} yuan, the total states ${total}`, expected: sum, actual: total });
    }
  };
  // Revenue sources are checked only when the main one (一般公共预算) is stated: a notice
  // that lists only 财政拨款收入 as a group gives no parts to add.
  if (revenue.generalPublicBudget !== null) {
    const stated = revenueParts.map((key) => revenue[key]).filter((value) => value !== null);
    // Sources adding up to the total without what was brought forward: the figure is this year's revenue,
    // and a carryover the notice states beside it is outside it (`收入203091.65万元，其中一般公共预算拨款收入
    // 203091.65万元 … 上年结转财政拨款16.49万元`).
    const thisYear = revenueSources.map((key) => revenue[key]).filter((value) => value !== null);
    const thisYearOnly = revenue.total !== null && sumYuan(thisYear as number[]) === revenue.total;
    if (!thisYearOnly) check('/budgetSummary/revenue/total', revenue.total, stated, 'revenue by source vs revenue total');
  }
  if (revenue.currentYear !== null && revenue.carryover !== null) {
    const forward = broughtForward.map((key) => revenue[key]).filter((value) => value !== null);
    check('/budgetSummary/revenue/total', revenue.total, [revenue.currentYear, ...forward], 'this year\'s revenue + carryover vs revenue total');
  }
  const spent = expenditure.currentYear ?? expenditure.total;
  const spentPath = expenditure.currentYear !== null ? '/budgetSummary/expenditure/currentYear' : '/budgetSummary/expenditure/total';
  // 单位预留机动经费, where a notice sets it aside, is a third part of this year's spending.
  const spentParts = expenditure.reserve === null ? [expenditure.basic, expenditure.project] : [expenditure.basic, expenditure.project, expenditure.reserve];
  check(spentPath, spent, spentParts, `basic + project${expenditure.reserve === null ? '' : ' + reserve'} expenditure vs total`);
  check('/budgetSummary/expenditure/basic', expenditure.basic, [expenditure.personnel, expenditure.publicOperation], 'personnel + public operation vs basic expenditure');
  check('/budgetSummary/threePublic/total', threePublic.total, [threePublic.overseasTravel, threePublic.vehicles, threePublic.reception], '“三公” categories vs “三公” total');
  check('/budgetSummary/threePublic/vehicles', threePublic.vehicles, [threePublic.vehiclePurchase, threePublic.vehicleOperation], 'vehicle purchase + operation vs vehicle total');
  return findings;
}

function checkBalance(disclosure: Disclosure): Finding[] {
  const { revenue, expenditure } = disclosure.budgetSummary;
  if (revenue.total === null || expenditure.total === null) return [];
  if (withinTolerance(revenue.total, expenditure.total, sumTolerance(disclosure.document.currencyUnit, 2))) return [];
  return [
    {
      code: 'UNBALANCED',
      severity: 'error',
      path: '/budgetSummary/expenditure/total',
      message: `revenue total ${revenue.total} yuan ≠ expenditure total ${expenditure.total} yuan`,
      expected: revenue.total,
      actual: expenditure.total,
    },
  ];
}

/** Rule 2: where budgetSummary took a table's figure, the narrative must agree with it up to the narrative's rounding. */
function checkAgainstTables(disclosure: Disclosure): Finding[] {
  const summary = disclosure.budgetSummary;
  const findings: Finding[] = [];
  for (const [path, printed] of Object.entries(summary.narrative)) {
    const evidence = summary.evidence[path];
    const told = { yuan: printed.value, tolerance: printed.tolerance, evidence: printed.sentence };
    const stated = valueAt(summary, path);
    if (stated === null || withinTolerance(told.yuan, stated, told.tolerance)) continue;
    // A total the narrative states as this year's (本年支出, no carry-forward) agrees with this year's figure.
    const thisYear = totalsOfThisYear[path] ? valueAt(summary, totalsOfThisYear[path]) : null;
    if (thisYear !== null && withinTolerance(told.yuan, thisYear, told.tolerance)) continue;
    // Off by no more than one unit of its last printed digit: the narrative rounded a sum of rounded parts.
    const rounding = withinTolerance(told.yuan, stated, told.tolerance * 2);
    findings.push({
      code: 'CROSS_TABLE_MISMATCH',
      severity: rounding ? 'warning' : 'error',
      path: `/budgetSummary/${path.replace('.', '/')}`,
      message: `the narrative states ${told.yuan} yuan ("${told.evidence}"), ${evidence} states ${stated} yuan${rounding ? ' (within one unit of the narrative\'s last printed digit)' : ''}`,
      expected: stated,
      actual: told.yuan,
    });
  }
  return findings;
}


/** The whole (this year's and carried over) and its this-year part: a narrative total may state either. */
const totalsOfThisYear: Record<string, string> = { 'revenue.total': 'revenue.currentYear', 'expenditure.total': 'expenditure.currentYear' };

function valueAt(summary: Disclosure['budgetSummary'], path: string): number | null {
  const [group, field] = path.split('.');
  const value = (summary as unknown as Record<string, unknown>)[group];
  const figure = field === undefined ? value : (value as Record<string, unknown>)[field];
  return typeof figure === 'number' ? figure : null;
}
