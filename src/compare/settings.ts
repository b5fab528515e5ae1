// Every threshold of the comparison reports, with its default, in one place.

export interface CompareSettings {
  /** Budget execution: an actual more than this fraction over or under its budget is called out (0.1 = 10%). */
  executionThreshold: number;
  /** The headline names this many of the largest changes among the lowest-level spending lines. */
  headlineLines: number;
  /** The chart shows this many of the largest changes. */
  chartBars: number;
}

export const defaultCompareSettings: CompareSettings = {
  executionThreshold: 0.1,
  headlineLines: 3,
  chartBars: 12,
};

/**
 * Amounts in whole multiples of this many 元 (whole 万元, as budgets are often set) recur by chance:
 * one such amount found in two places does not by itself show the two are the same money.
 */
export const roundAmount = 10_000;
