// `disclosure compare` on two years of one body: the DOCX conversion with the
// figures the notice prints (2023), and the same notice with figures changed the
// way a next year's notice changes them (2024). The HTML report is rendered in Chromium.
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetSummaryPaths } from '../src/export/summary-figures.js';
import type { Disclosure } from '../src/schema/canonical.js';
import { langfang2023 } from './support/canonical-fixtures.js';
import { renderInChromium } from './support/chromium.js';
import { runCli } from './support/cli.js';

async function nextYear(base: Disclosure): Promise<Disclosure> {
  const d: Disclosure = JSON.parse(JSON.stringify(base));
  d.source = { ...d.source, file: 'langfang-org-2024.docx', sha256: 'b'.repeat(64) };
  d.document = { ...d.document, title: '中共廊坊市委组织部2024年单位预算信息公开情况说明', fiscalYear: 2024 };
  Object.assign(d.budgetSummary.revenue, { total: 43521800, currentYear: 43521800, generalPublicBudget: 43521800 });
  Object.assign(d.budgetSummary.expenditure, { total: 43521800, currentYear: 43521800, basic: 18000000, project: 25521800 });
  Object.assign(d.budgetSummary.threePublic, { total: 180000, vehicles: 180000, vehicleOperation: 180000 });
  d.budgetSummary.procurementTotal = 3050000;
  const overall = d.performance.overall!;
  overall.indicators.find((i) => i.name === '干部教育培训次数')!.target = { raw: '≥18次', operator: '>=', value: 18, unit: '次', text: null };
  overall.indicators = overall.indicators.filter((i) => i.name !== '查档人员满意度');
  overall.indicators.push({ ...overall.indicators[0], name: '干部档案数字化率', target: { raw: '≥80%', operator: '>=', value: 80, unit: '%', text: null } });
  const [printing] = d.procurement.lines;
  d.procurement.lines = [
    { ...printing, unitPrice: 2400000, amount: 2400000, funding: { ...printing.funding, generalPublicBudget: 2400000 }, smeReserved: 2400000 },
    { ...printing, project: '干部教育经费', projectBudget: 3000000, item: '会议服务', catalogCode: 'C22020000', unitPrice: 650000, amount: 650000 },
  ];
  return d;
}

describe('compare two years of one body', () => {
  let dir: string;
  let basePath: string;
  let targetPath: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'compare-'));
    const base = await langfang2023();
    basePath = join(dir, '2023.json');
    targetPath = join(dir, '2024.json');
    writeFileSync(basePath, JSON.stringify(base, null, 2));
    writeFileSync(targetPath, JSON.stringify(await nextYear(base), null, 2));
  });

  it('prints the comparison JSON with exact deltas and no warning', () => {
    const result = runCli(['compare', basePath, targetPath]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const c = JSON.parse(result.stdout);
    expect(c.warnings).toEqual([]);
    const figure = (name: string) => c.budgetSummary.find((f: { figure: string }) => f.figure === name);
    expect(figure('revenue.total')).toEqual({ figure: 'revenue.total', base: 41966300, target: 43521800, delta: 1555500, percent: 3.71 });
    expect(figure('expenditure.basic')).toMatchObject({ delta: 870200, percent: 5.08 });
    expect(figure('expenditure.project')).toMatchObject({ delta: 685300, percent: 2.76 });
    expect(figure('threePublic.vehicleOperation')).toMatchObject({ base: 200200, target: 180000, delta: -20200, percent: -10.09 });
    expect(figure('procurementTotal')).toMatchObject({ delta: -628000, percent: -17.07 });
    expect(figure('expenditure.personnel')).toMatchObject({ delta: 0, percent: 0 });
    expect(figure('revenue.stateCapital')).toEqual({ figure: 'revenue.stateCapital', base: null, target: null, delta: null, percent: null });
    expect(c.budgetSummary).toHaveLength(budgetSummaryPaths.length);

    expect(c.indicators.changed).toEqual([
      { project: '中共廊坊市委组织部', overall: true, level1: '部门产出', level2: '数量指标', name: '干部教育培训次数', baseTarget: '≥15次', targetTarget: '≥18次' },
    ]);
    expect(c.indicators.removed.map((i: { name: string; target: string }) => [i.name, i.target])).toEqual([['查档人员满意度', '≥95%']]);
    expect(c.indicators.added.map((i: { name: string; target: string }) => [i.name, i.target])).toEqual([['干部档案数字化率', '≥80%']]);

    expect(c.procurement.removed).toEqual([{ project: '人才管理经费', item: '旅游服务', catalogCode: 'C23270000', amount: 528000 }]);
    expect(c.procurement.added).toEqual([{ project: '干部教育经费', item: '会议服务', catalogCode: 'C22020000', amount: 650000 }]);
    expect(c.procurement.changed).toHaveLength(1);
    expect(c.procurement.changed[0].changes.map((ch: { field: string; delta: number; percent: number }) => [ch.field, ch.delta, ch.percent])).toEqual([
      ['unitPrice', -200000, -7.69],
      ['amount', -200000, -7.69],
      ['funding.generalPublicBudget', -200000, -7.69],
      ['smeReserved', -200000, -7.69],
    ]);
  });

  it('warns about a different body and years that are not consecutive', () => {
    const other = JSON.parse(readFileSync(targetPath, 'utf8'));
    other.document = { ...other.document, unit: '中共廊坊市委宣传部', fiscalYear: 2026 };
    const otherPath = join(dir, 'other.json');
    writeFileSync(otherPath, JSON.stringify(other));
    const result = runCli(['compare', basePath, otherPath]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).warnings.map((w: { code: string }) => w.code)).toEqual(['DIFFERENT_UNIT', 'YEARS_NOT_CONSECUTIVE']);
    expect(result.stderr).toContain('warning: DIFFERENT_UNIT: the documents are from different bodies: 中共廊坊市委组织部 and 中共廊坊市委宣传部');
  });

  it('refuses a file that is not a canonical document with exit 2', () => {
    const bogus = join(dir, 'bogus.json');
    writeFileSync(bogus, '{"hello": 1}');
    const result = runCli(['compare', basePath, bogus]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not a canonical disclosure document');
    expect(runCli(['compare', basePath, join(dir, 'missing.json')]).status).toBe(2);
  });

  it('writes compare.json, a Markdown report and an HTML page that renders in Chromium', () => {
    const out = join(dir, 'report');
    const result = runCli(['compare', basePath, targetPath, '-o', out]);
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8')).base.fiscalYear).toBe(2023);

    const markdown = readFileSync(join(out, 'compare.md'), 'utf8');
    expect(markdown).toContain('# 中共廊坊市委组织部：2023年 → 2024年');
    expect(markdown).toContain('| 支出总计 | 41,966,300 | 43,521,800 | +1,555,500 | +3.71% | 变化 | — | 本年支出合计；收入总计；本年收入合计；一般公共预算拨款收入 |');
    expect(markdown).toContain('- 支出总计：41,966,300 元 → 43,521,800 元，增加 1,555,500 元（+3.71%）；其中基本支出增加 870,200 元（+5.08%）');
    expect(markdown).toContain('| 中共廊坊市委组织部 | 干部教育培训次数 | ≥15次 | ≥18次 | 变化 |');
    expect(markdown).toContain('| 人才管理经费 | 旅游服务 | C23270000 | 采购金额 | 528,000 | — |  | 取消 |');
    // “三公”经费 −20,200 is printed as its total, 公务用车购置及运行费 and 公务用车运行费: one change.
    expect(markdown.match(/−20,200 \|/gu)).toHaveLength(1);

    const csv = readFileSync(join(out, 'compare.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF部分,表,编码,名称,栏目,2023年,2024年,增减,增减率(%),状态,公告所述原因,同见\r\n')).toBe(true);
    expect(csv).toContain('\r\n预算总览,,,支出总计,,41966300,43521800,1555500,3.71,变化,,本年支出合计；收入总计；本年收入合计；一般公共预算拨款收入\r\n');

    const html = join(out, 'compare.html');
    expect(readFileSync(html, 'utf8')).not.toMatch(/<script|<link|src="http|href="http/iu);
    const dom = renderInChromium(html, '--dump-dom');
    expect(dom).toContain('<title>中共廊坊市委组织部：2023年 → 2024年</title>');
    expect(dom).toContain('<td class="num">+1,555,500</td>');
    expect(dom).toContain('干部档案数字化率');
    const bars = [...dom.matchAll(/<rect class="(increase|decrease)"/gu)].map((m) => m[1]);
    // Five movements of money: the total, basic, project, “三公” and procurement — each bar once.
    expect(bars).toHaveLength(5);
    expect(bars[0]).toBe('increase');
    expect(bars).toContain('decrease');
    expect(dom).toMatch(/<title>支出总计: \+1,555,500 元<\/title>/u);

    const png = join(out, 'compare.png');
    renderInChromium(html, `--screenshot=${png}`);
    expect(existsSync(png)).toBe(true);
    expect(statSync(png).size).toBeGreaterThan(10_000);
  });
});
