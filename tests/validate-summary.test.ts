import { describe, expect, it } from 'vitest';
import { convertSample } from './support/samples.js';
import { shanghai2024Tables } from './support/shanghai-2024-tables.js';
import { readBudgetSummary } from '../src/normalize/budget-summary.js';
import type { Disclosure } from '../src/schema/canonical.js';
import { validateSections } from '../src/validate/sections.js';
import { validateSummary } from '../src/validate/summary.js';
import { validateYears } from '../src/validate/years.js';

const narrativeFindings = (disclosure: Disclosure) => [...validateSummary(disclosure), ...validateYears(disclosure), ...validateSections(disclosure)];

describe('narrative-level findings of the Langfang 2023 notice', async () => {
  const disclosure = await convertSample('langfang-org-2023.docx');

  it('are exactly: the 2022 column of the procurement table, and the two comparisons with 2021 in its “三公” section', () => {
    // The sums hold: revenue 4196.63 = 4196.63 + 0 + 0 + 0 + 0; basic 1712.98 = 1516.98 + 196;
    // basic + project 1712.98 + 2483.65 = 4196.63 = expenditure = revenue; “三公” 20.02 = 0 + 20.02 + 0.
    // 较2022年预算 is the legitimate comparison, 截止时间：2022年12月31日 an as-of date.
    expect(narrativeFindings(disclosure)).toEqual([
      {
        code: 'YEAR_MISMATCH',
        severity: 'warning',
        path: '/tables/12/rows/0/7',
        message: 'table 12 header "2022年预留中小微企业份额" names 2022, the notice is for 2023',
        expected: 2023,
        actual: 2022,
      },
      expect.objectContaining({ code: 'STALE_REFERENCE', severity: 'info', path: '/sections/3/text', expected: 2022, actual: 2021 }),
      expect.objectContaining({ code: 'STALE_REFERENCE', severity: 'info', path: '/sections/3/text', expected: 2022, actual: 2021 }),
    ]);
  });

  it('are in the converted document', () => {
    expect(disclosure.validation).toEqual(expect.arrayContaining(narrativeFindings(disclosure)));
  });
});

/** The Langfang notice with its figures edited, to see each check fire. */
async function edited(edit: (d: Disclosure) => void): Promise<Disclosure> {
  const copy = structuredClone(await convertSample('langfang-org-2023.docx'));
  edit(copy);
  return copy;
}

describe('summary checks', () => {
  it('SUM_MISMATCH when basic ≠ personnel + public operation, with expected and actual', async () => {
    const findings = validateSummary(await edited((d) => (d.budgetSummary.expenditure.publicOperation = 1970000)));
    expect(findings).toEqual([
      expect.objectContaining({ code: 'SUM_MISMATCH', path: '/budgetSummary/expenditure/basic', expected: 17139800, actual: 17129800 }),
    ]);
  });

  it('SUM_MISMATCH for “三公” categories and for vehicle purchase + operation', async () => {
    const findings = validateSummary(await edited((d) => (d.budgetSummary.threePublic.vehicleOperation = 190200)));
    expect(findings).toEqual([expect.objectContaining({ code: 'SUM_MISMATCH', path: '/budgetSummary/threePublic/vehicles', expected: 190200, actual: 200200 })]);
    const total = validateSummary(await edited((d) => (d.budgetSummary.threePublic.reception = 10000)));
    expect(total).toEqual([expect.objectContaining({ code: 'SUM_MISMATCH', path: '/budgetSummary/threePublic/total', expected: 210200, actual: 200200 })]);
  });

  it('SUM_MISMATCH for revenue sources vs the total, and basic + project vs expenditure', async () => {
    const findings = validateSummary(
      await edited((d) => {
        d.budgetSummary.revenue.other = 1000000;
        d.budgetSummary.expenditure.project = 24826500;
      }),
    );
    expect(findings.map((f) => [f.code, f.path, f.expected, f.actual])).toEqual([
      ['SUM_MISMATCH', '/budgetSummary/revenue/total', 42966300, 41966300],
      ['SUM_MISMATCH', '/budgetSummary/expenditure/currentYear', 41956300, 41966300],
    ]);
  });

  it("takes a revenue figure its sources add up to for this year's, with a carryover stated beside it (xian-fagaiwei 2019)", async () => {
    // “2019年部门预算收入203091.65万元，其中一般公共预算拨款收入203091.65万元 … 上年结转财政拨款16.49万元。”
    const revenueFigures = (d: Disclosure) =>
      Object.assign(d.budgetSummary.revenue, {
        total: 2030916500, currentYear: 2030751600, generalPublicBudget: 2030916500, governmentFund: null, specialAccount: null, other: null, carryover: 164900,
      });
    const findings = validateSummary(await edited((d) => { revenueFigures(d); Object.assign(d.budgetSummary.expenditure, { total: 2030916500, currentYear: null, basic: null, project: null }); }));
    expect(findings.filter((f) => f.path === '/budgetSummary/revenue/total')).toEqual([]);
  });

  it('tolerates the printed rounding of 万元 parts (chongqing-shangwu-2026: sources add to 174,900.63, total 174,900.64)', async () => {
    const findings = validateSummary(
      await edited((d) => {
        Object.assign(d.budgetSummary.revenue, {
          total: 1749006400, currentYear: null, carryover: null, generalPublicBudget: 1018338400, governmentFund: 415347300,
          specialAccount: 220708200, business: 24612500, businessOperation: 62829800, other: 7170100,
        });
        d.budgetSummary.expenditure.total = 1749006400;
        d.budgetSummary.expenditure.currentYear = null;
        d.budgetSummary.expenditure.basic = null;
      }),
    );
    expect(findings).toEqual([]);
  });

  it('UNBALANCED when revenue ≠ expenditure beyond rounding', async () => {
    const findings = validateSummary(await edited((d) => (d.budgetSummary.expenditure.total = 41956300)));
    expect(findings).toContainEqual(expect.objectContaining({ code: 'UNBALANCED', path: '/budgetSummary/expenditure/total', expected: 41966300, actual: 41956300 }));
  });

  it('CROSS_TABLE_MISMATCH when the narrative disagrees with a table beyond its rounding (shanghai-putuo-wanli-2024 tables)', async () => {
    const findings = validateSummary(
      await edited((d) => {
        d.fiscalTables = shanghai2024Tables();
        // The Shanghai narrative: 收入预算15621.11万元 agrees with 156,211,123元 (rounding); say 15621.21万元 instead.
        d.sections[1].text = '2024年，收入预算15621.21万元，其中：财政拨款收入15621.11万元。';
        d.sections[3].text = '2024年“三公”经费预算数为47.91万元。其中：（一）因公出国（境）费0万元。';
        // budgetSummary as the normalizer reads it from these tables and paragraphs (the tables' figures win).
        d.budgetSummary = readBudgetSummary({ items: [], tables: [], paragraphs: d.sections.map((section) => section.text) }, d.fiscalTables);
      }),
    );
    // (The Langfang sentences left in the other sections disagree with the Shanghai tables too: 机关运行经费.)
    expect(findings.filter((f) => f.code === 'CROSS_TABLE_MISMATCH' && f.path.startsWith('/budgetSummary/revenue'))).toEqual([
      expect.objectContaining({ path: '/budgetSummary/revenue/total', expected: 156211123, actual: 156212100 }),
    ]);
  });
});

describe('year and section checks', () => {
  it('YEAR_MISMATCH for a table title naming another year; an as-of date is not one', async () => {
    const findings = validateYears(
      await edited((d) => {
        d.tables[12].title = '2022年单位政府采购预算';
        d.tables[12].rows[0][7].text = '预留中小微企业份额';
      }),
    );
    expect(findings.filter((f) => f.code === 'YEAR_MISMATCH')).toEqual([expect.objectContaining({ path: '/tables/12/title', expected: 2023, actual: 2022 })]);
  });

  it('YEAR_MISMATCH for a summary figure dated to another year', async () => {
    const findings = validateYears(await edited((d) => (d.budgetSummary.evidence['procurementTotal'] = '2022年，中共廊坊市委组织部安排政府采购预算367.8万元。')));
    expect(findings).toContainEqual(expect.objectContaining({ code: 'YEAR_MISMATCH', path: '/budgetSummary/evidence/procurementTotal', actual: 2022 }));
  });

  it('MISSING_SECTION when a notice has no “三公” part at all', async () => {
    const findings = validateSections(
      await edited((d) => {
        d.budgetSummary.threePublic.total = null;
        d.sections = d.sections.filter((section) => !section.title.includes('三公'));
      }),
    );
    expect(findings).toEqual([expect.objectContaining({ code: 'MISSING_SECTION', path: '/budgetSummary/threePublic' })]);
  });
});
