// `disclosure compare` beyond two years: a budget with its final accounts (budget execution)
// and three years of one body (a series). Built on the real Langfang 2023 notice
// (samples/langfang-org-2023.docx, figures as printed); the corpus has no same-body
// budget/final pair nor three years of one body, so the other documents are derived from
// it: its final accounts with the actuals set below, and two later years.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Disclosure } from '../src/schema/canonical.js';
import { langfang2023 } from './support/canonical-fixtures.js';
import { runCli } from './support/cli.js';

const clone = (d: Disclosure): Disclosure => JSON.parse(JSON.stringify(d));

function finalAccounts(budget: Disclosure): Disclosure {
  const d = clone(budget);
  d.source = { ...d.source, file: 'langfang-org-2023-final.json', sha256: 'c'.repeat(64) };
  d.document = { ...d.document, title: '中共廊坊市委组织部2023年单位决算公开', stage: 'final_accounts' };
  // 项目支出 2483.65万元 budgeted, 2100万元 spent (84.55%); 公务用车运行费 20.02万元 → 23万元 (114.89%).
  Object.assign(d.budgetSummary.expenditure, { total: 38129800, currentYear: 38129800, project: 21000000 });
  Object.assign(d.budgetSummary.revenue, { total: 38129800, currentYear: 38129800, generalPublicBudget: 38129800 });
  Object.assign(d.budgetSummary.threePublic, { total: 230000, vehicles: 230000, vehicleOperation: 230000 });
  return d;
}

function laterYear(base: Disclosure, year: number, total: number): Disclosure {
  const d = clone(base);
  d.source = { ...d.source, file: `langfang-org-${year}.json`, sha256: String(year).repeat(16) };
  d.document = { ...d.document, title: `中共廊坊市委组织部${year}年单位预算信息公开情况说明`, fiscalYear: year };
  Object.assign(d.budgetSummary.expenditure, { total, currentYear: total });
  Object.assign(d.budgetSummary.revenue, { total, currentYear: total, generalPublicBudget: total });
  return d;
}

describe('compare: budget execution and series', () => {
  let dir: string;
  const path = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'compare-modes-'));
    const budget = await langfang2023();
    writeFileSync(path('budget.json'), JSON.stringify(budget));
    writeFileSync(path('final.json'), JSON.stringify(finalAccounts(budget)));
    writeFileSync(path('2024.json'), JSON.stringify(laterYear(budget, 2024, 43521800)));
    writeFileSync(path('2025.json'), JSON.stringify(laterYear(budget, 2025, 45000000)));
  });

  it('reports budget, actual, difference and rate, and what ran over or under by more than the threshold', () => {
    const result = runCli(['compare', path('final.json'), path('budget.json'), '-o', path('execution')]);
    expect(result.status).toBe(0);
    const e = JSON.parse(readFileSync(path('execution/compare.json'), 'utf8'));
    expect([e.mode, e.budget.stage, e.finalAccounts.stage, e.threshold]).toEqual(['execution', 'budget', 'final_accounts', 0.1]);
    expect(e.figures.find((f: { figure: string }) => f.figure === 'expenditure.project')).toMatchObject({ budget: 24836500, actual: 21000000, difference: -3836500, rate: 84.55, verdict: 'under' });
    const markdown = readFileSync(path('execution/compare.md'), 'utf8');
    expect(markdown).toContain('# 中共廊坊市委组织部：2023年预算执行情况');
    expect(markdown).toContain('- 项目支出：预算 24,836,500 元，决算 21,000,000 元，未达预算 3,836,500 元（执行率 84.55%）。');
    // The “三公” total, 公务用车购置及运行费 and 公务用车运行费 are the same 29,800 over: said once.
    expect(markdown).toContain('- “三公”经费合计：预算 200,200 元，决算 230,000 元，超预算 29,800 元（执行率 114.89%）。');
    expect(markdown).toContain('| 预算总览 | “三公”经费合计 | 200,200 | 230,000 | +29,800 | 114.89% | 超预算 | — | 公务用车购置及运行费；公务用车运行费 |');
    expect(readFileSync(path('execution/compare.csv'), 'utf8')).toContain('\r\n预算总览,,项目支出,,24836500,21000000,-3836500,84.55,未达预算,,\r\n');

    const wider = runCli(['compare', path('budget.json'), path('final.json'), '--threshold', '20']);
    const figures = JSON.parse(wider.stdout).figures;
    expect(figures.filter((f: { verdict: string }) => f.verdict === 'over' || f.verdict === 'under')).toEqual([]);
    expect(runCli(['compare', path('budget.json'), path('final.json'), '--threshold', 'ten']).status).toBe(2);
    const alone = runCli(['compare', path('budget.json')]);
    expect([alone.status, alone.stderr]).toEqual([2, expect.stringContaining('compare needs at least two files')]);
  });

  it('shows three years of one body side by side', () => {
    const result = runCli(['compare', path('2025.json'), path('budget.json'), path('2024.json'), '-o', path('series')]);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('warning');
    const s = JSON.parse(readFileSync(path('series/compare.json'), 'utf8'));
    expect(s.documents.map((d: { fiscalYear: number }) => d.fiscalYear)).toEqual([2023, 2024, 2025]);
    const total = s.rows.find((r: { figure: string }) => r.figure === 'expenditure.total');
    expect(total).toMatchObject({ values: [41966300, 43521800, 45000000], overall: { delta: 3033700, percent: 7.23 } });
    expect(total.alsoIn).toEqual(expect.arrayContaining(['收入总计', '本年支出合计']));
    expect(s.rows.filter((r: { values: number[] }) => r.values.join() === '41966300,43521800,45000000')).toHaveLength(1);
    const markdown = readFileSync(path('series/compare.md'), 'utf8');
    expect(markdown).toContain('| 来源 | 编码 | 名称 | 2023年 | 2024年 | 2025年 | 增减（2023年→2025年） | 增减率 | 同见 |');
    expect(markdown).toContain('| 预算总览 | — | “三公”经费合计 | 200,200 | 200,200 | 200,200 | 0 | 0.00% | 公务用车购置及运行费；公务用车运行费 |');
    expect(readFileSync(path('series/compare.csv'), 'utf8')).toContain('\r\n预算总览,,支出总计,41966300,43521800,45000000,3033700,7.23,');
  });
});
