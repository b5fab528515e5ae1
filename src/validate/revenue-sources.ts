/**
 * Where a year's revenue comes from, as budgetSummary fields and fiscal measure
 * keys alike. The first three are the fiscal appropriations (财政拨款), which some
 * tables print as one 财政拨款 column instead.
 */
export const revenueSources = [
  'generalPublicBudget',
  'governmentFund',
  'stateCapital',
  'specialAccount',
  'business',
  'businessOperation',
  'superiorSubsidy',
  'subordinateRemit',
  'other',
] as const;

export const FISCAL_APPROPRIATION_SOURCES = 3;
