// The corpus's real year-over-year pair: 上海市普陀区人民政府万里街道办事处 2023 and 2024
// department budgets, converted from the published PDFs and compared through the CLI.
// Asserts the pairing, that every delta is exactly target − base, and the acceptance case
// of the report: each real change once, with the reason the 2024 notice prints for it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { samplePath } from './support/samples.js';

interface Change {
  base: number | null;
  target: number | null;
  delta: number | null;
  percent: number | null;
}

const checkExact = (c: Change) => {
  if (c.base === null || c.target === null) return expect(c.delta).toBeNull();
  expect(c.delta).toBe(new Decimal(c.target).minus(c.base).toNumber());
  if (c.base !== 0) expect(c.percent).toBe(new Decimal(c.delta!).div(Math.abs(c.base)).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber());
};

describe('compare on the real Wanli 2023/2024 pair', () => {
  it('pairs the two years of one body without warnings, every delta exact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compare-real-'));
    const pdfs = ['2023', '2024'].map((year) => samplePath(`real/shanghai-putuo-wanli-${year}-dept-budget.pdf`));
    expect(runCli(['extract', ...pdfs, '-o', join(dir, 'json'), '--quiet']).status).toBe(0);
    const jsons = ['2023', '2024'].map((year) => join(dir, 'json', `shanghai-putuo-wanli-${year}-dept-budget.pdf.json`));
    const result = runCli(['compare', ...jsons, '-o', join(dir, 'report')]);
    expect(result.status).toBe(0);
    const c = JSON.parse(readFileSync(join(dir, 'report', 'compare.json'), 'utf8'));
    expect(c.warnings).toEqual([]);
    expect([c.base.fiscalYear, c.target.fiscalYear]).toEqual([2023, 2024]);
    expect(c.base.unit).toBe(c.target.unit);
    expect(c.base.unit).toContain('万里街道办事处');
    for (const figure of c.budgetSummary) checkExact(figure);
    for (const line of c.fiscalLines) checkExact(line);
    const markdown = readFileSync(join(dir, 'report', 'compare.md'), 'utf8');
    expect(markdown).toContain('# 上海市普陀区人民政府万里街道办事处：2023年 → 2024年');

    // 16497.86万元 → 15621.11万元 (the 收支总表's 收入总计/支出总计 in 元), printed as several summary
    // figures and 收支总表 lines: one change, with “财政拨款收入支出减少的主要原因是项目调整” (p. 4 of 2024).
    const total = c.changes.filter((ch: Change) => ch.delta === -8767517);
    expect(total).toHaveLength(1);
    expect(total[0]).toMatchObject({ base: 164978640, target: 156211123, reason: '项目调整' });
    // “（二）公务用车购置及运行费46.56万元，比2023年预算增加25万元，主要原因是购置公务用车。”
    expect(c.changes.find((ch: { figure: string }) => ch.figure === 'threePublic.vehicles')).toMatchObject({ base: 215600, target: 465600, reason: '购置公务用车' });
    // “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）” 60.13万元 → 25.77万元, “主要原因是：项目调整”.
    const census = c.changes.filter((ch: { code: string }) => ch.code === '2010507');
    expect(census).toHaveLength(1);
    expect(census[0]).toMatchObject({ source: 'general_public_expenditure', base: 601300, target: 257700, reason: '项目调整' });
    // Nothing is shown that is null or 0 in both years, and no change is shown twice under one code.
    expect(c.changes.filter((ch: Change) => (ch.base ?? 0) === 0 && (ch.target ?? 0) === 0)).toEqual([]);
    const shown = c.changes.map((ch: Change & { code: string | null; measure: string | null }) => `${ch.code}|${ch.base ?? 0}|${ch.target ?? 0}`);
    expect(new Set(shown).size).toBe(shown.length);
    // The 收支总表's 一般公共预算 (2023) is 一般公共预算资金 in 2024: one line.
    expect(c.fiscalLines.find((l: { renamedFrom: string | null }) => l.renamedFrom === '一般公共预算')).toMatchObject({ tableKind: 'income_expenditure_summary', name: '一般公共预算资金' });
    // 2024 prints its performance goals as prose only: said once, no indicator listed as removed.
    expect(c.indicators.removed).toEqual([]);
    expect(c.absent).toContainEqual({ part: '绩效指标', printedIn: 2023, missingIn: 2024, proseIn: '其他相关情况说明' });
    expect(markdown).toContain('“三公”经费合计：229,100 元 → 479,100 元，增加 250,000 元（+109.12%）；其中公务用车购置及运行费增加 250,000 元（+115.96%）（公告所述原因：购置公务用车）');
    expect(readFileSync(join(dir, 'report', 'compare.csv'), 'utf8')).toContain('预算表科目,一般公共预算支出表,2010507,统计信息事务 › 专项普查活动,合计,601300,257700,-343600,-57.14,变化,项目调整,');
  });
});
