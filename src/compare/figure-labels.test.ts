import { describe, expect, it } from 'vitest';
import { budgetSummaryPaths } from '../export/summary-figures.js';
import { figureLabels } from './figure-labels.js';

describe('figureLabels', () => {
  it('names every budgetSummary figure, so reports never fall back to a raw key', () => {
    expect(budgetSummaryPaths.filter((path) => !(path in figureLabels))).toEqual([]);
  });
});
