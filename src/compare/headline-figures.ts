// What the headline summary speaks of, in order (data): each topic names the first of its
// figures that both notices print, and the parts its change is made of.

export interface HeadlineTopic {
  topic: string;
  /** budgetSummary paths, the first printed in both notices is taken. */
  figures: readonly string[];
}

export const headlineTopics: readonly HeadlineTopic[] = [
  { topic: '支出', figures: ['expenditure.total', 'expenditure.currentYear'] },
  { topic: '“三公”经费', figures: ['threePublic.total'] },
  { topic: '机关运行经费', figures: ['operatingExpenses'] },
  { topic: '政府采购', figures: ['procurementTotal'] },
];

/** A figure's parts: a change in the whole is told through the parts that moved. */
export const figureParts: Record<string, readonly string[]> = {
  'expenditure.total': ['expenditure.basic', 'expenditure.project', 'expenditure.reserve'],
  'expenditure.currentYear': ['expenditure.basic', 'expenditure.project', 'expenditure.reserve'],
  'expenditure.basic': ['expenditure.personnel', 'expenditure.publicOperation'],
  'threePublic.total': ['threePublic.overseasTravel', 'threePublic.vehicles', 'threePublic.reception'],
  'threePublic.vehicles': ['threePublic.vehiclePurchase', 'threePublic.vehicleOperation'],
};

/** Fiscal tables in the order their lines are preferred as the one source of a change: spending by function first. */
export const tablePreference: readonly string[] = [
  'general_public_expenditure',
  'expenditure',
  'government_fund_expenditure',
  'state_capital_expenditure',
  'basic_expenditure',
  'project_expenditure',
  'three_public',
  'purchased_services',
  'operating_expenses',
  'carryover_expenditure',
  'appropriation_summary',
  'income',
  'income_expenditure_summary',
  'other',
];

/** Spending is what the reports speak of: a total printed as both 收入总计 and 支出总计 is shown as 支出总计. */
export const spendingFirst = <T>(items: readonly T[], figureOf: (item: T) => string): T[] =>
  [...items].sort((x, y) => Number(!figureOf(x).startsWith('expenditure.')) - Number(!figureOf(y).startsWith('expenditure.')));

/**
 * Summary figures that may restate one another (a balanced budget's 收入总计 and 支出总计; the “三公” total
 * and its only category). Where the amounts did not move, only figures of one family are taken as one
 * figure: an amount printed twice unchanged is too common to tell the same money from a coincidence.
 */
export const figureFamilies: readonly (readonly string[])[] = [
  ['revenue.total', 'revenue.currentYear', 'revenue.generalPublicBudget', 'expenditure.total', 'expenditure.currentYear'],
  ['expenditure.basic', 'expenditure.personnel', 'expenditure.publicOperation', 'operatingExpenses'],
  ['threePublic.total', 'threePublic.overseasTravel', 'threePublic.vehicles', 'threePublic.vehiclePurchase', 'threePublic.vehicleOperation', 'threePublic.reception'],
];
