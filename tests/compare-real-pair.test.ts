// The corpus's real year-over-year pair: 上海市普陀区人民政府万里街道办事处 2023 and 2024
// department budgets, converted from the published PDFs and compared through the CLI.
// Asserts what holds whatever the section normalizers extract: the pairing, and that
// every delta is exactly target − base.
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
    expect(readFileSync(join(dir, 'report', 'compare.md'), 'utf8')).toContain(': 2023 → 2024');
  });
});
