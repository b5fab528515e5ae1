// The corpus-wide invariant: on the real notices, the fiscal tables' own sums balance. Every
// SUM_MISMATCH / UNBALANCED / CROSS_TABLE_MISMATCH the fiscal validator reports must be listed here
// as a mistake the document really makes (read on the page named in the comment); any other is an
// extraction error and fails this test.
import { describe, expect, it } from 'vitest';
import { validateFiscal } from '../src/validate/fiscal.js';
import { convertSample } from './support/samples.js';

const allowed: Record<string, string[]> = {
  'beijing-fgw-2026-dept-budget-part2-tables.pdf': [],
  'central-guojia-xinfangju-2026-dept-budget.pdf': [
    // 部门公开表5 prints 2025年执行数 and the changes rounded line by line: each 类/款 and the 合计 is
    // 0.01万元 off the sum of its rounded items (read on the page; within rounding, hence warnings).
    // pp. 10–11 部门公开表5 一般公共预算支出表
    'warning SUM_MISMATCH /fiscalTables/4/totals/0/values/priorYear.total', // 372414100 vs 372414200
    'warning SUM_MISMATCH /fiscalTables/4/totals/0/values/priorYear.excludingCapitalConstruction', // 136992100 vs 136992200
    'warning SUM_MISMATCH /fiscalTables/4/totals/0/values/change', // -207665900 vs -207666000
    'warning SUM_MISMATCH /fiscalTables/4/totals/0/values/excludingCapitalConstruction.change', // 27756100 vs 27756000
    'warning SUM_MISMATCH /fiscalTables/4/lines/1/values/priorYear.total', // 335866800 vs 335866700
    'warning SUM_MISMATCH /fiscalTables/4/lines/1/values/priorYear.excludingCapitalConstruction', // 100444800 vs 100444700
    'warning SUM_MISMATCH /fiscalTables/4/lines/1/values/change', // -204423100 vs -204423000
    'warning SUM_MISMATCH /fiscalTables/4/lines/1/values/excludingCapitalConstruction.change', // 30998900 vs 30999000
    'warning SUM_MISMATCH /fiscalTables/4/lines/12/values/priorYear.total', // 22757700 vs 22757600
    'warning SUM_MISMATCH /fiscalTables/4/lines/12/values/priorYear.excludingCapitalConstruction', // 22757700 vs 22757600
    'warning SUM_MISMATCH /fiscalTables/4/lines/12/values/change', // -1189100 vs -1189000
    'warning SUM_MISMATCH /fiscalTables/4/lines/12/values/excludingCapitalConstruction.change', // -1189100 vs -1189000
  ],
  'chongqing-shangwu-2026-dept-budget.pdf': [
    // 万元 figures rounded line by line: totals 0.01–0.02万元 off the sum of their rounded items (read on
    // p. 9: 20113 商贸事务 23,103.76 vs 6,231.54 + 3,065.17 + 1,546.14 + 8,945.61 + 3,315.31 = 23,103.77).
    // pp. 9–11 表二 2026年部门收入总体情况表
    'warning SUM_MISMATCH /fiscalTables/1/totals/0/values/total', // 1749006300 vs 1749006400
    'warning SUM_MISMATCH /fiscalTables/1/totals/0/values/generalPublicBudget', // 1018338500 vs 1018338400
    'warning SUM_MISMATCH /fiscalTables/1/totals/0/values/specialAccount', // 220708300 vs 220708200
    'warning SUM_MISMATCH /fiscalTables/1/lines/1/values/total', // 231037700 vs 231037600
    'warning SUM_MISMATCH /fiscalTables/1/lines/1/values/generalPublicBudget', // 166042400 vs 166042300
    'warning SUM_MISMATCH /fiscalTables/1/lines/13/values/total', // 76866900 vs 76866800
    'warning SUM_MISMATCH /fiscalTables/1/lines/20/values/total', // 18725100 vs 18725200
    'warning SUM_MISMATCH /fiscalTables/1/lines/12/values/total', // 76866900 vs 76866800
    'warning SUM_MISMATCH /fiscalTables/1/lines/13/values/total', // 76866900 vs 76866800
    'warning SUM_MISMATCH /fiscalTables/1/lines/22/values/total', // 11290100 vs 11290000
    'warning SUM_MISMATCH /fiscalTables/1/lines/34/values/total', // 19479500 vs 19479400
    'warning SUM_MISMATCH /fiscalTables/1/lines/35/values/total', // 19479500 vs 19479400
    'warning SUM_MISMATCH /fiscalTables/1/lines/36/values/total', // 19479500 vs 19479400
    'warning SUM_MISMATCH /fiscalTables/1/totals/0/values/total', // 1749006300 vs 1749006400
    // pp. 12–14 表三 2026年部门支出总体情况表
    'warning SUM_MISMATCH /fiscalTables/2/totals/0/values/total', // 1749006300 vs 1749006400
    'warning SUM_MISMATCH /fiscalTables/2/totals/0/values/project', // 1182671500 vs 1182671400
    'warning SUM_MISMATCH /fiscalTables/2/lines/1/values/total', // 231037700 vs 231037600
    'warning SUM_MISMATCH /fiscalTables/2/lines/1/values/project', // 79266200 vs 79266100
    'warning SUM_MISMATCH /fiscalTables/2/lines/13/values/total', // 76866900 vs 76866800
    'warning SUM_MISMATCH /fiscalTables/2/lines/13/values/basic', // 76866900 vs 76866800
    'warning SUM_MISMATCH /fiscalTables/2/lines/20/values/total', // 18725100 vs 18725200
    'warning SUM_MISMATCH /fiscalTables/2/lines/20/values/basic', // 18725100 vs 18725200
    'warning SUM_MISMATCH /fiscalTables/2/lines/7/values/total', // 556703300 vs 556703200
    'warning SUM_MISMATCH /fiscalTables/2/lines/8/values/total', // 556536900 vs 556536800
    'warning SUM_MISMATCH /fiscalTables/2/lines/9/values/total', // 556536900 vs 556536800
    'warning SUM_MISMATCH /fiscalTables/2/totals/0/values/total', // 1749006300 vs 1749006400
    // pp. 16–18 表五 2026年一般公共预算支出情况表
    'warning SUM_MISMATCH /fiscalTables/4/totals/0/values/total', // 1018338500 vs 1018338400
    'warning SUM_MISMATCH /fiscalTables/4/totals/0/values/basic', // 434361000 vs 434360900
    'warning SUM_MISMATCH /fiscalTables/4/totals/0/values/personnel', // 344111100 vs 344111200
    'warning SUM_MISMATCH /fiscalTables/4/lines/1/values/total', // 166042400 vs 166042300
    'warning SUM_MISMATCH /fiscalTables/4/lines/1/values/personnel', // 70385500 vs 70385400
    'warning SUM_MISMATCH /fiscalTables/4/lines/1/values/project', // 76401100 vs 76401000
    'warning SUM_MISMATCH /fiscalTables/4/lines/0/values/basic', // 89641200 vs 89641300
    'warning SUM_MISMATCH /fiscalTables/4/lines/1/values/basic', // 89641200 vs 89641300
    'warning SUM_MISMATCH /fiscalTables/4/totals/0/values/basic', // 434361000 vs 434360900
    // pp. 19–21 表六 2026年一般公共预算基本支出情况表
    'warning SUM_MISMATCH /fiscalTables/5/totals/0/values/personnel', // 344111100 vs 344111200
    'warning SUM_MISMATCH /fiscalTables/5/lines/0/values/basic', // 329598100 vs 329597900
    'warning SUM_MISMATCH /fiscalTables/5/lines/0/values/personnel', // 329598100 vs 329597900
    'warning SUM_MISMATCH /fiscalTables/5/lines/17/values/basic', // 88762100 vs 88762300
    'warning SUM_MISMATCH /fiscalTables/5/lines/17/values/publicOperation', // 88762100 vs 88762300
    'warning SUM_MISMATCH /fiscalTables/5/lines/41/values/basic', // 1742900 vs 1742800
    'warning SUM_MISMATCH /fiscalTables/5/lines/41/values/personnel', // 1742900 vs 1742800
    'warning SUM_MISMATCH /fiscalTables/5/totals/0/values/basic', // 434361000 vs 434360900
  ],
  'changsha-xinfang-2026-dept-budget.pdf': [],
  'fuzhou-yibao-2026-dept-budget.pdf': [],
  'jiangsu-jcy-2017-dept-budget.pdf': [],
  'shanghai-putuo-wanli-2023-dept-budget.pdf': [],
  'shanghai-putuo-wanli-2024-dept-budget.pdf': [],
  'xian-bangongting-2026-dept-budget.pdf': [],
};

const sumFindings = new Set(['SUM_MISMATCH', 'UNBALANCED', 'CROSS_TABLE_MISMATCH']);

describe.each(Object.entries(allowed))('%s: fiscal sums balance', (file, expected) => {
  it('reports only the genuine fiscal findings', async () => {
    const findings = validateFiscal(await convertSample(`real/${file}`))
      .filter((finding) => sumFindings.has(finding.code))
      .map((finding) => `${finding.severity} ${finding.code} ${finding.path}`);
    expect(findings.sort()).toEqual([...expected].sort());
  });
});
