import { describe, expect, it } from 'vitest';
import { convertSample } from '../../tests/support/samples.js';
import type { Disclosure, ProcurementLine } from '../schema/canonical.js';
import { validateProcurement } from './procurement.js';

const langfang = await convertSample('langfang-org-2023.docx');
/** The document with another narrative 政府采购预算 figure (it prints "安排政府采购预算367.8万元"). */
const withNarrative = (procurementTotal: number | null, procurement = langfang.procurement): Disclosure => ({
  ...langfang,
  procurement,
  budgetSummary: { ...langfang.budgetSummary, procurementTotal },
});

const finding = (path: string, expected: number, actual: number) =>
  expect.objectContaining({ code: 'SUM_MISMATCH', severity: 'error', path, expected, actual });

describe('validateProcurement on langfang-org-2023.docx', () => {
  it('reports the lines (260 + 52.80 = 312.80万元) against the 合计 and the 小计 (367.80万元), in every column that prints 367.80', () => {
    expect(langfang.budgetSummary.procurementTotal).toBe(3678000);
    expect(validateProcurement(langfang)).toEqual([
      finding('/procurement/total/amount', 3128000, 3678000),
      finding('/procurement/total/funding/generalPublicBudget', 3128000, 3678000),
      finding('/procurement/total/smeReserved', 3128000, 3678000),
      finding('/procurement/subtotals/0/amount', 3128000, 3678000),
      finding('/procurement/subtotals/0/funding/generalPublicBudget', 3128000, 3678000),
      finding('/procurement/subtotals/0/smeReserved', 3128000, 3678000),
    ]);
  });

  it('finds the narrative 367.8万元 in agreement with the 合计 367.80', () => {
    const paths = validateProcurement(langfang).map((f) => f.path);
    expect(paths).not.toContain('/budgetSummary/procurementTotal');
  });

  it('reports a narrative total that differs from the 合计 as a cross-table mismatch', () => {
    expect(validateProcurement(withNarrative(3128000))).toContainEqual(
      expect.objectContaining({ code: 'CROSS_TABLE_MISMATCH', path: '/budgetSummary/procurementTotal', expected: 3678000, actual: 3128000 }),
    );
  });
});

describe('validateProcurement on other table shapes', () => {
  const [first, second] = langfang.procurement.lines;
  const at = (line: ProcurementLine, row: number, amount: number, generalPublicBudget = amount): ProcurementLine => ({
    ...line,
    amount,
    smeReserved: null,
    funding: { ...line.funding, generalPublicBudget },
    source: { table: 0, row },
  });

  it('sums 小计 rows printed at the foot of their groups over the lines above them', () => {
    const procurement = {
      total: null,
      subtotals: [at(first, 3, 300), at(first, 6, 50)],
      lines: [at(first, 1, 100), at(second, 2, 200), at(first, 4, 20), at(second, 5, 20)],
    };
    const findings = validateProcurement(withNarrative(null, procurement));
    expect(findings).toEqual([finding('/procurement/subtotals/1/amount', 40, 50), finding('/procurement/subtotals/1/funding/generalPublicBudget', 40, 50)]);
    // The other side of the sum: the two lines of the second group.
    expect(findings[0].against?.toSorted()).toEqual(['/procurement/lines/2/amount', '/procurement/lines/3/amount']);
  });

  it('leaves a group row heading other group rows alone and sums each innermost group', () => {
    const procurement = {
      total: null,
      subtotals: [at(first, 1, 300), at(first, 2, 100), at(first, 4, 200)],
      lines: [at(first, 3, 100), at(second, 5, 200)],
    };
    expect(validateProcurement(withNarrative(null, procurement))).toEqual([]);
  });

  it('checks each row\'s funding columns against its amount', () => {
    const procurement = { total: null, subtotals: [], lines: [at(first, 1, 100, 90)] };
    expect(validateProcurement(withNarrative(null, procurement))).toEqual([finding('/procurement/lines/0/amount', 90, 100)]);
  });

  it('compares the narrative with the sum of the lines when the table prints no 合计', () => {
    const procurement = { total: null, subtotals: [], lines: [at(first, 1, 100), at(second, 2, 200)] };
    expect(validateProcurement(withNarrative(400, procurement))).toEqual([finding('/budgetSummary/procurementTotal', 300, 400)]);
  });

  it('reports a difference within the rounding of the printed 万元 figures as a warning', () => {
    const third = (row: number) => ({ ...at(first, row, 333300), source: { table: 12, row } });
    const procurement = { total: { ...third(1), amount: 1000000, funding: { ...first.funding, generalPublicBudget: 1000000 } }, subtotals: [], lines: [third(2), third(3), third(4)] };
    expect(validateProcurement(withNarrative(null, procurement))).toEqual([
      expect.objectContaining({ code: 'SUM_MISMATCH', severity: 'warning', path: '/procurement/total/amount', expected: 999900, actual: 1000000 }),
      expect.objectContaining({ code: 'SUM_MISMATCH', severity: 'warning', path: '/procurement/total/funding/generalPublicBudget', expected: 999900, actual: 1000000 }),
    ]);
  });
});
